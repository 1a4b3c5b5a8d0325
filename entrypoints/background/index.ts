import './startup'; // first: marks when the bundle began to run
import { browser } from 'wxt/browser';
import { listen, type RuntimeLike } from '../../rules/messages';
import { openDatabase } from './db';
import { allowListHandlers } from './allowList';
import { badgeHandlers, type ActionLike } from './badge';
import { createFirstRun, reattachContentScripts, type ReattachDeps } from './install';
import { cityMarksHandlers } from './cityMarks';
import { decisionHandlers } from './decisions';
import { evaluateHandlers } from './evaluate';
import { startExtraSites, type PermissionsLike, type ScriptingLike } from './extraSites';
import { historyHandlers, purgeExpired } from './history';
import { officialHandlers } from './official';
import { optionsHandlers, pausable } from './options';
import { broadcastPolicyChanges, type TabsLike } from './policy';
import { createPauseState } from './pause';
import { mark } from './startup';
import { createSettingsStore, type StorageAreaLike, type StorageLike } from './settings';

export default defineBackground(() => {
  mark('loaded');
  const settings = createSettingsStore(browser.storage as unknown as StorageLike);
  const db = openDatabase();
  const extensionOrigin = browser.runtime.getURL('/');
  const pause = createPauseState(browser.storage as unknown as StorageLike);
  const evaluation = evaluateHandlers(settings);
  // Admin-listed sites: the compose script is registered for those the person allowed.
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  const extraSites = startExtraSites({
    settings,
    scripting: browser.scripting as unknown as ScriptingLike,
    permissions: browser.permissions as unknown as PermissionsLike,
    js: declared[0]?.js ?? [],
    exclude: declared.flatMap((c) => c.matches ?? []),
  });
  const firstRun = createFirstRun({
    storage: browser.storage as unknown as StorageLike,
    settings,
    pause,
    openTab: (url) => browser.tabs.create({ url }),
    pageUrl: (path) => browser.runtime.getURL(path as '/welcome.html'),
    version: browser.runtime.getManifest().version,
    extensionOrigin,
  });
  // Registered at start-up, like the message listener: the install event wakes the worker.
  browser.runtime.onInstalled.addListener((details) => {
    void firstRun.onInstalled(details);
    // Open tabs on the supported sites get the new content script at once (no reload needed).
    if (details.reason === 'install' || details.reason === 'update') {
      void reattachContentScripts({
        tabs: browser.tabs as unknown as ReattachDeps['tabs'],
        scripting: browser.scripting as unknown as ReattachDeps['scripting'],
        scripts: declared,
      });
    }
  });

  // Registered synchronously so a message that wakes the service worker is not missed.
  // Each feature contributes its handlers from its own module.
  listen(
    browser.runtime as unknown as RuntimeLike,
    {
      ...pausable(evaluation, pause),
      ...optionsHandlers({ settings, db, pause, extensionOrigin }),
      ...historyHandlers({ db, settings, extensionOrigin, uiLanguage: () => browser.i18n.getUILanguage() }),
      // The log re-checks the draft itself, with the real engine even while paused.
      ...decisionHandlers({
        db,
        settings,
        check: async (text, locale) => (await evaluation.evaluate({ site: 'log', text, ...(locale ? { locale } : {}) }, {})).findings,
      }),
      ...allowListHandlers({ settings, storage: browser.storage as unknown as StorageLike }),
      ...extraSites.handlers,
      ...officialHandlers({ db, settings, session: browser.storage.session as unknown as StorageAreaLike, extensionOrigin, uiLanguage: () => browser.i18n.getUILanguage() }),
      ...firstRun.handlers,
      ...badgeHandlers({
        // Firefox MV2 names the toolbar button browserAction.
        action: (browser.action ?? browser.browserAction) as unknown as ActionLike,
        settings,
        uiLanguage: () => browser.i18n.getUILanguage(),
        extensionOrigin,
      }),
      ...cityMarksHandlers({ settings, pause }),
    },
    (why) => console.warn('[Ask First] message rejected:', why),
  );

  // Open drafts are re-checked when the organization's policy or the user's settings change.
  broadcastPolicyChanges(settings, browser.tabs as unknown as TabsLike);
  // A pause started or ended from the popup changes what open drafts show, too.
  broadcastPolicyChanges(pause, browser.tabs as unknown as TabsLike);

  // Retention: drop history older than historyDays whenever the worker starts.
  void settings.ready.then(() => purgeExpired(db, settings.get().historyDays, Date.now()));
});
