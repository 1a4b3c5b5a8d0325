/**
 * The effective settings: managed ▷ user ▷ defaults (docs/architecture.md, Rooms).
 *
 * - managed: `storage.managed` (Chrome/Edge policy `3rdparty.extensions.<id>`, Firefox
 *   `3rdparty.Extensions.<id>`). Chromium may first answer `{}` and deliver the values
 *   seconds later through `storage.onChanged` (area "managed"), or block 1.5–2.5 s at
 *   start-up (docs/browser-facts.md): an early empty answer is never taken as final.
 * - user: storage.local "userSettings", written by the options page through setUser().
 * - the last managed policy read is kept in storage.local (MANAGED_CACHE_KEY, out of pages'
 *   reach): at start-up `ready` answers from it at once instead of waiting for a slow live read
 *   (seconds right after the browser starts, docs/browser-facts.md). The live read replaces it
 *   when it lands, and a difference re-checks open drafts like any policy change (policy.ts):
 *   a stale cache lasts one live read at most. With no cache (first run ever) `ready` waits,
 *   bounded, for the live read: an organization's policy is not skipped on first install.
 * Both layers are validated with the one schema (rules/settings); an invalid managed
 * value is reported (problems()) and falls back to its default, still locked.
 */
import { validatePolicy, type PolicyProblem } from '../../rules/settings';
import { DEFAULT_SETTINGS, type ManagedPolicy, type SettingKey, type Settings } from '../../rules/schema';

export const USER_SETTINGS_KEY = 'userSettings';
/** How long `ready` waits for a slow first `managed.get()` before going on (late values still apply). */
export const MANAGED_WAIT_MS = 3_000;
/** storage.local key of the last managed policy read (see the module comment). */
export const MANAGED_CACHE_KEY = 'managedPolicyCache';
/** The cached record; `v` changes if its shape ever does (another shape is ignored, not guessed at). */
export interface ManagedCache {
  v: 1;
  /** The raw managed values, as read (validated like a live read when used). */
  values: Record<string, unknown>;
  /** Epoch ms of the read or change event that produced them. */
  savedAt: number;
}

export interface StorageAreaLike {
  get(key?: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}
export interface StorageLike {
  local: StorageAreaLike;
  /** Absent or throwing where the browser has no managed storage (or no policy, in Firefox). */
  managed?: Pick<StorageAreaLike, 'get'>;
  onChanged: { addListener(cb: (changes: Record<string, StorageChangeLike>, area: string) => void): void };
}

export interface SettingsStore {
  /** Resolved once the first reads are done; later reads are synchronous. */
  ready: Promise<void>;
  get(): Settings;
  /** Called with the new settings whenever any layer changes. Returns an unsubscribe function. */
  subscribe(cb: (s: Settings) => void): () => void;
  /** Throws when the organization locked a key the patch changes, or all settings. `cityPolicy: null` removes the person's imported policy. */
  setUser(patch: Omit<Partial<Settings>, 'cityPolicy'> & { cityPolicy?: Settings['cityPolicy'] | null }): Promise<void>;
  /** Keys the organization set (valid or not): read-only for the user. */
  managedKeys(): SettingKey[];
  /** What was wrong with the managed policy, and the default used instead. */
  problems(): PolicyProblem[];
}

export interface SettingsOptions {
  managedWaitMs?: number;
  /** Where invalid managed values are logged (the background console). */
  log?: (message: string) => void;
  now?: () => number;
}

/** JSON text, or null for a value JSON cannot hold (a cycle, nesting deeper than the stack). */
const textOf = (x: unknown): string | null => {
  try {
    return JSON.stringify(x);
  } catch {
    return null;
  }
};
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The cached managed values, or why they cannot be used. Absent is not damaged: it is a first run. */
export function readManagedCache(raw: unknown): { values: Record<string, unknown> } | { damaged: string } | null {
  if (raw === undefined) return null;
  if (!isRecord(raw)) return { damaged: `expected an object, got ${Array.isArray(raw) ? 'a list' : typeof raw}` };
  if (raw.v !== 1) return { damaged: `unknown version ${JSON.stringify(raw.v)}` };
  if (!isRecord(raw.values)) return { damaged: 'values is not an object' };
  return { values: raw.values };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createSettingsStore(storage: StorageLike, options: SettingsOptions = {}): SettingsStore {
  const log = options.log ?? ((m) => console.warn(`[Ask First] ${m}`));
  const now = options.now ?? Date.now;
  let user: ManagedPolicy = {};
  let rawManaged: Record<string, unknown> = {};
  let managed = validatePolicy({});
  let effective: Settings = DEFAULT_SETTINGS;
  const listeners = new Set<(s: Settings) => void>();

  let logged = '[]';
  const recompute = () => {
    managed = validatePolicy(rawManaged);
    // Log each new set of problems once, not on every user change.
    const problems = JSON.stringify(managed.problems);
    if (problems !== logged) for (const p of managed.problems) log(`managed policy "${p.key}": ${p.reason}; using ${p.fallback}`);
    logged = problems;
    const orgDefaults = Object.fromEntries(managed.keys.map((k) => [k, DEFAULT_SETTINGS[k]]));
    const locked = managed.policy.userMayChange === false;
    // An invalid managed key falls back to its DEFAULT, not to the user's value: the org set it.
    const next: Settings = { ...DEFAULT_SETTINGS, ...(locked ? {} : user), ...orgDefaults, ...managed.policy };
    if (same(next, effective)) return;
    effective = next;
    for (const l of listeners) l(effective);
  };

  const readUser = async () => {
    const raw = (await storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];
    const checked = validatePolicy(raw ?? {});
    for (const p of checked.problems) log(`user setting "${p.key}": ${p.reason}; using ${p.fallback}`);
    user = checked.policy;
    recompute();
  };

  // Set once the live managed area has answered or changed: from then on the cache is never used.
  let managedLive = false;
  let reads = 0;
  let cached = '';
  // Keeps what the live area said for the next start (only when it changed: a write wakes listeners).
  const saveCache = () => {
    const text = textOf(rawManaged);
    if (text === null) return log('managed policy not kept for the next start: it cannot be written as JSON');
    if (text === cached) return;
    cached = text;
    const record: ManagedCache = { v: 1, values: rawManaged, savedAt: now() };
    void Promise.resolve(storage.local.set({ [MANAGED_CACHE_KEY]: record })).catch((e: unknown) => log(`could not keep the managed policy for the next start: ${String(e)}`));
  };
  /** Reads the whole managed area; the newest read started decides (a change event starts one). */
  const readManaged = async () => {
    const read = ++reads;
    let values: Record<string, unknown> = {};
    try {
      values = (await storage.managed?.get(null)) ?? {};
    } catch {
      // Firefox rejects when no policy names this extension: that is "no policy".
    }
    if (read !== reads) return;
    managedLive = true;
    rawManaged = values;
    recompute();
    saveCache();
  };
  /** Applies the cached policy unless the live area already answered; true when there was one to use. */
  const readCache = async (): Promise<boolean> => {
    let raw: unknown;
    try {
      raw = (await storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY];
    } catch (e) {
      log(`managed policy cache ignored: could not read it (${String(e)})`);
      return false;
    }
    const found = readManagedCache(raw);
    if (found && 'damaged' in found) log(`managed policy cache ignored: ${found.damaged}`);
    if (!found || 'damaged' in found) return false;
    if (!managedLive) {
      cached = textOf(found.values) ?? '';
      rawManaged = found.values;
      recompute();
    }
    return true;
  };

  storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_SETTINGS_KEY in changes) void readUser();
    if (area === 'managed') {
      // Chromium's change lists only the keys that differ from what IT gave this profile last
      // time (kept by the browser, like our cache), and at start-up may come before the first
      // read answers: applied at once onto what we hold, then the whole area is read again,
      // and that read decides (a key removed with no event of its own goes then).
      const next = { ...rawManaged };
      for (const [key, change] of Object.entries(changes)) {
        // A removed key has no newValue (some fakes say null; a policy value is never null).
        if (change.newValue === undefined || change.newValue === null) delete next[key];
        else next[key] = change.newValue;
      }
      managedLive = true;
      rawManaged = next;
      recompute();
      void readManaged();
    }
  });

  const waitMs = options.managedWaitMs ?? MANAGED_WAIT_MS;
  const managedRead = readManaged();
  // The managed layer is ready at the first of: the live read, a usable cache, the bounded wait.
  const managedReady = new Promise<void>((resolve) => {
    void managedRead.then(resolve);
    void readCache().then((usable) => usable && resolve());
    setTimeout(resolve, waitMs);
  });
  const ready = Promise.all([readUser(), managedReady]).then(() => undefined);

  return {
    ready,
    get: () => effective,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    managedKeys: () => [...managed.keys],
    problems: () => managed.problems.map((p) => ({ ...p })),
    async setUser({ cityPolicy, ...rest }) {
      const remove = cityPolicy === null;
      const patch: Partial<Settings> = cityPolicy ? { ...rest, cityPolicy } : rest;
      const changed = (Object.keys(patch) as SettingKey[]).filter((k) => !same(patch[k], effective[k]));
      if (remove && effective.cityPolicy) changed.push('cityPolicy');
      if (changed.length && !effective.userMayChange) {
        throw new Error('Your organization does not allow changing Ask First settings.');
      }
      const locked = changed.filter((k) => managed.keys.includes(k));
      if (locked.length) throw new Error(`Set by your organization, cannot be changed: ${locked.join(', ')}`);
      const checked = validatePolicy(patch);
      if (checked.problems.length) {
        throw new Error(checked.problems.map((p) => `${p.key}: ${p.reason}`).join('; '));
      }
      const next = { ...user, ...checked.policy };
      if (remove) delete next.cityPolicy;
      // Answer from the new settings at once: a page that asks between the write and our read of
      // it back (its own change event, a reload) would otherwise get the old ones, and no later
      // event would correct it. A failed write puts the old ones back.
      const before = user;
      user = next;
      recompute();
      try {
        await storage.local.set({ [USER_SETTINGS_KEY]: next });
      } catch (e) {
        user = before;
        recompute();
        throw e;
      }
      await readUser();
    },
  };
}
