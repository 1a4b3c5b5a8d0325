import './startup'; // first: marks when the bundle began to run
import { browser } from 'wxt/browser';
import { listen, type RuntimeLike } from '../../rules/messages';
import { lazyDatabase } from './lazyDatabase';
import { allowListHandlers } from './allowList';
import { badgeHandlers, type ActionLike } from './badge';
import { createFirstRun } from './install';
import { cityMarksHandlers } from './cityMarks';
import { decisionHandlers } from './decisions';
import { evaluateHandlers } from './evaluate';
import { EXTRA_SITES_SCRIPT_ID, startExtraSites, type PermissionsLike, type ScriptingLike } from './extraSites';
import { historyHandlers, purgeExpired } from './history';
import { officialHandlers } from './official';
import { optionsHandlers, pausable } from './options';
import { broadcastPolicyChanges, type TabsLike } from './policy';
import { createPauseState } from './pause';
import { createReattach, manifestScripts, type ReattachDeps, type ScriptToReattach } from './reattach';
import { afterStartup, mark } from './startup';
import { createSettingsStore, type StorageAreaLike, type StorageLike } from './settings';

export default defineBackground(() => {
  mark('loaded');
  const settings = createSettingsStore(browser.storage as unknown as StorageLike);
  const db = lazyDatabase();
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
  // Open tabs get this version's content script at once, no reload needed (reattach.ts): the
  // supported sites and the IT-listed sites the person allowed (as registered). Not in Firefox,
  // which runs manifest content scripts in open tabs itself.
  const reattach = import.meta.env.FIREFOX
    ? null
    : createReattach({
        session: browser.storage.session as unknown as StorageAreaLike,
        tabs: browser.tabs as unknown as ReattachDeps['tabs'],
        scripting: browser.scripting as unknown as ReattachDeps['scripting'],
        scripts: async () => {
          // Not waiting for extraSites.sync() (it waits for the managed policy, seconds at start-up):
          // the registration kept from before the update is used; a stale file fails harmlessly.
          const registered = await (browser.scripting as unknown as ScriptingLike).getRegisteredContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] }).catch(() => []);
          const extra: ScriptToReattach[] = registered.map((r) => ({
            matches: r.matches ?? [],
            ...(r.excludeMatches?.length ? { excludeMatches: r.excludeMatches } : {}),
            js: r.js ?? [],
            allFrames: r.allFrames === true,
          }));
          return [...manifestScripts(declared), ...extra];
        },
      });
  // Registered at start-up, like the message listener: the install event wakes the worker.
  browser.runtime.onInstalled.addListener((details) => void firstRun.onInstalled(details));
  // Each start of the worker; runs once per install, update, reload or browser session (reattach.ts).
  void reattach?.once();

  // Registered synchronously so a message that wakes the service worker is not missed.
  // Each feature contributes its handlers from its own module.
  listen(
    browser.runtime as unknown as RuntimeLike,
    {
      ...pausable(evaluation, pause),
      wake: evaluation.wake,
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

  // Retention: drop history older than historyDays whenever the worker starts, once the first
  // check is answered and the engine warm (startup.ts): no draft waits for the database.
  afterStartup(() => void settings.ready.then(async () => purgeExpired(await db(), settings.get().historyDays, Date.now())));
});
