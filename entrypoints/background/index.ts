import { browser } from 'wxt/browser';
import { listen, type RuntimeLike } from '../../rules/protocol';
import { evaluateHandlers } from './evaluate';
import { createSettingsStore, type StorageLike } from './settings';

export default defineBackground(() => {
  const settings = createSettingsStore(browser.storage as unknown as StorageLike);

  // Registered synchronously so a message that wakes the service worker is not missed.
  // Each feature contributes its handlers from its own module.
  listen(
    browser.runtime as unknown as RuntimeLike,
    {
      ...evaluateHandlers(settings),
    },
    (why) => console.warn('[Ask First] message rejected:', why),
  );
});
