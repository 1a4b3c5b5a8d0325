/**
 * First run: the welcome page opens once, on install (never on update or browser start);
 * an update leaves a "what's new" line for the popup, for a week. The welcome page asks
 * whether the organization manages Ask First before it offers a setup form, and this
 * module answers only once that is known (see WelcomeState).
 */
import type { Handlers, SenderLike, WelcomeState, WhatsNew } from '../../rules/messages';
import { requireExtensionPage } from './senders';
import { settingsView, type ManagedInfo } from './options';
import type { PauseState } from './pause';
import type { SettingsStore, StorageAreaLike } from './settings';

export const FIRST_RUN_KEY = 'firstRun';
export const WHATS_NEW_DAYS = 7;
/**
 * How long after install an empty managed policy still counts as "not arrived yet".
 * A force-installed extension got its values 2–6 s after install on this machine
 * (docs/browser-facts.md); the welcome page shows a neutral "checking" state meanwhile.
 */
export const MANAGED_SETTLE_MS = 10_000;

/** What storage.local keeps about installs and updates. */
export interface FirstRunRecord {
  /** Epoch ms of the install; absent for installs older than this feature. */
  installedAt?: number;
  welcomeShown?: boolean;
  /** The version that last started (to recognise an update). */
  version?: string;
  whatsNew?: WhatsNew;
}

export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

export interface InstallDeps {
  storage: { local: StorageAreaLike };
  settings: SettingsStore & ManagedInfo;
  pause: PauseState;
  /** Opens an extension page in a new tab (browser.tabs.create). */
  openTab(url: string): Promise<unknown>;
  /** The extension page URL for a path (browser.runtime.getURL). */
  pageUrl(path: string): string;
  version: string;
  extensionOrigin: string;
  now?: () => number;
}

async function readRecord(local: StorageAreaLike): Promise<FirstRunRecord> {
  const raw = (await local.get(FIRST_RUN_KEY))[FIRST_RUN_KEY];
  return typeof raw === 'object' && raw !== null ? (raw as FirstRunRecord) : {};
}

export function createFirstRun({ storage, settings, pause, openTab, pageUrl, version, extensionOrigin, now = Date.now }: InstallDeps) {
  const write = async (patch: Partial<FirstRunRecord>) =>
    storage.local.set({ [FIRST_RUN_KEY]: { ...(await readRecord(storage.local)), ...patch } });

  /**
   * runtime.onInstalled. Chromium reports "install" again each time it starts with an
   * extension loaded from the command line (--load-extension), even after a version change
   * (seen in this project's tests): so the welcome page is guarded by a stored flag, and an
   * update is recognised by the stored version as well as by reason "update".
   */
  async function onInstalled(details: InstalledDetails): Promise<void> {
    const record = await readRecord(storage.local);
    if (details.reason === 'install' && !record.welcomeShown) {
      await write({ installedAt: now(), welcomeShown: true, version });
      await openTab(pageUrl('/welcome.html'));
      return;
    }
    if (details.reason !== 'install' && details.reason !== 'update') return;
    const previous = details.previousVersion ?? record.version;
    await write({
      // Installed before this feature, or a first event seen as "update": never a welcome tab later.
      welcomeShown: true,
      version,
      ...(previous && previous !== version ? { whatsNew: { version, until: now() + WHATS_NEW_DAYS * 86_400_000 } } : {}),
    });
  }

  /** Resolves 'present' as soon as any managed key is set, 'none' once the settle window since install has passed. */
  async function managedState(): Promise<WelcomeState['managed']> {
    await settings.ready;
    const present = () => (settings.managedKeys?.() ?? []).length > 0;
    if (present()) return 'present';
    const { installedAt = 0 } = await readRecord(storage.local);
    const left = installedAt + MANAGED_SETTLE_MS - now();
    if (left <= 0) return 'none';
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stop();
        resolve(present() ? 'present' : 'none');
      }, left);
      const stop = settings.subscribe(() => {
        if (!present()) return;
        clearTimeout(timer);
        stop();
        resolve('present');
      });
    });
  }

  const handlers: Pick<Handlers, 'getWelcomeState' | 'getWhatsNew'> = {
    async getWelcomeState(_data, sender: SenderLike) {
      requireExtensionPage(sender, extensionOrigin);
      const managed = await managedState();
      await pause.ready;
      return { managed, view: settingsView(settings, pause.until(now())) };
    },
    async getWhatsNew(_data, sender: SenderLike) {
      requireExtensionPage(sender, extensionOrigin);
      const { whatsNew } = await readRecord(storage.local);
      return whatsNew && whatsNew.until > now() ? whatsNew : null;
    },
  };
  return { onInstalled, handlers };
}
