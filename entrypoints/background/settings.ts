/**
 * The effective settings: managed ▷ user ▷ defaults (DESIGN.md §3).
 * Today: user settings (storage.local "userSettings") over DEFAULT_SETTINGS.
 * Managed policy (storage.managed, arriving late via onChanged) and validation plug in here.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../rules/schema';

export const USER_SETTINGS_KEY = 'userSettings';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface StorageLike {
  local: StorageAreaLike;
  onChanged: { addListener(cb: (changes: Record<string, unknown>, area: string) => void): void };
}

export interface SettingsStore {
  /** Resolved once the first read is done; later reads are synchronous. */
  ready: Promise<void>;
  get(): Settings;
  /** Called with the new settings whenever any layer changes. Returns an unsubscribe function. */
  subscribe(cb: (s: Settings) => void): () => void;
  setUser(patch: Partial<Settings>): Promise<void>;
}

export function createSettingsStore(storage: StorageLike): SettingsStore {
  let user: Partial<Settings> = {};
  let effective: Settings = DEFAULT_SETTINGS;
  const listeners = new Set<(s: Settings) => void>();

  const recompute = () => {
    effective = { ...DEFAULT_SETTINGS, ...user };
    for (const l of listeners) l(effective);
  };
  const readUser = async () => {
    const raw = (await storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];
    user = raw && typeof raw === 'object' ? (raw as Partial<Settings>) : {};
    recompute();
  };

  storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_SETTINGS_KEY in changes) void readUser();
  });

  return {
    ready: readUser(),
    get: () => effective,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async setUser(patch) {
      await storage.local.set({ [USER_SETTINGS_KEY]: { ...user, ...patch } });
      await readUser();
    },
  };
}
