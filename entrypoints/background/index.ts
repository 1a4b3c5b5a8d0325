import { browser } from 'wxt/browser';
import { listen, type RuntimeLike } from '../../rules/protocol';
import { openDatabase } from './db';
import { allowListHandlers } from './allowList';
import { decisionHandlers } from './decisions';
import { evaluateHandlers } from './evaluate';
import { createSettingsStore, type StorageLike } from './settings';

export default defineBackground(() => {
  const settings = createSettingsStore(browser.storage as unknown as StorageLike);
  const db = openDatabase();
  const evaluation = evaluateHandlers(settings);

  // Registered synchronously so a message that wakes the service worker is not missed.
  // Each feature contributes its handlers from its own module.
  listen(
    browser.runtime as unknown as RuntimeLike,
    {
      ...evaluation,
      ...decisionHandlers({
        db,
        settings,
        check: async (text, locale) => (await evaluation.evaluate({ site: 'log', text, ...(locale ? { locale } : {}) }, {})).findings,
      }),
      ...allowListHandlers({ settings, storage: browser.storage as unknown as StorageLike }),
    },
    (why) => console.warn('[Ask First] message rejected:', why),
  );
});
