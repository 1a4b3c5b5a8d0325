import { browser } from 'wxt/browser';
import { listen, type RuntimeLike } from '../../rules/protocol';
import { evaluateHandlers } from './evaluate';
import { broadcastPolicyChanges, policyHandlers, type TabsLike } from './policy';
import { createSettingsStore, type StorageLike } from './settings';

export default defineBackground(() => {
  const settings = createSettingsStore(browser.storage as unknown as StorageLike);

  // Registered synchronously so a message that wakes the service worker is not missed.
  // Each feature contributes its handlers from its own module.
  listen(
    browser.runtime as unknown as RuntimeLike,
    {
      ...evaluateHandlers(settings),
      ...policyHandlers(settings, browser.runtime.getURL('/')),
    },
    (why) => console.warn('[Ask First] message rejected:', why),
  );
  // Open drafts are re-checked when the organization's policy or the user's settings change.
  broadcastPolicyChanges(settings, browser.tabs as unknown as TabsLike);
});
