import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { broadcastPolicyChanges, type TabsLike } from '../../entrypoints/background/policy';
import { createSettingsStore, MANAGED_CACHE_KEY, type ManagedCache, type StorageLike } from '../../entrypoints/background/settings';
import { POLICY_CHANGED } from '../../rules/messages';

const quiet = { log: () => {} };
const RULE = { id: 'prop-2', category: 'political', severity: 'caution', terms: ['prop 2'], message: 'Ballot measure.' };

/**
 * The fake browser's storage whose first managed read answers only when the test says so
 * (Chromium right after start); later reads (after a change event) answer from the fake's area.
 */
function slowManaged() {
  let answer!: (v: Record<string, unknown>) => void;
  let calls = 0;
  const storage: StorageLike = {
    ...(fakeBrowser.storage as unknown as StorageLike),
    managed: { get: (k) => (calls++ ? fakeBrowser.storage.managed.get(k ?? null) : new Promise((r) => (answer = r))) },
  };
  return { storage, answer: (v: Record<string, unknown>) => answer(v) };
}

/** Whether `p` settles within `ms` (real time: the store's own wait is set far longer). */
const settlesWithin = (p: Promise<unknown>, ms: number) =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

const cache = (values: Record<string, unknown>): ManagedCache => ({ v: 1, values, savedAt: 1 });
const storedCache = async () => (await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY] as ManagedCache | undefined;

describe('settings store: the last managed policy, kept for a slow first read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers from the cached policy at once while the live read is slow', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: cache({ enforcement: 'block', customRules: [RULE] }) });
    const { storage } = slowManaged();
    const store = createSettingsStore(storage, { ...quiet, managedWaitMs: 60_000 });
    expect(await settlesWithin(store.ready, 500)).toBe(true);
    expect(store.get()).toMatchObject({ enforcement: 'block', customRules: [expect.objectContaining({ id: 'prop-2' })] });
    expect(store.managedKeys().sort()).toEqual(['customRules', 'enforcement']);
  });

  it('the live read replaces the cache when it lands: open drafts are re-checked and a rule IT removed is gone', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: cache({ enforcement: 'block', customRules: [RULE] }) });
    const { storage, answer } = slowManaged();
    const store = createSettingsStore(storage, { ...quiet, managedWaitMs: 60_000 });
    await store.ready;
    const sent: unknown[] = [];
    const tabs: TabsLike = { query: async () => [{ id: 7 }], sendMessage: async (_id, m) => void sent.push(m) };
    broadcastPolicyChanges(store, tabs);
    answer({ enforcement: 'justify' }); // IT dropped the custom rule and softened enforcement
    await vi.waitFor(() => expect(sent).toEqual([POLICY_CHANGED]));
    expect(store.get().enforcement).toBe('justify');
    expect(store.get().customRules).toEqual([]);
    expect(store.managedKeys()).toEqual(['enforcement']);
    await vi.waitFor(async () => expect((await storedCache())?.values).toEqual({ enforcement: 'justify' }));
  });

  it('a live read equal to the cache changes nothing: no re-check, no write', async () => {
    const kept = cache({ enforcement: 'block' });
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: kept });
    const { storage, answer } = slowManaged();
    const store = createSettingsStore(storage, { ...quiet, managedWaitMs: 60_000, now: () => 99 });
    await store.ready;
    const seen = vi.fn();
    store.subscribe(seen);
    answer({ enforcement: 'block' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalled();
    expect(await storedCache()).toEqual(kept);
  });

  it('with no cache (first run) it waits for the live read, then keeps it for the next start', async () => {
    const { storage, answer } = slowManaged();
    const store = createSettingsStore(storage, { ...quiet, managedWaitMs: 60_000, now: () => 42 });
    expect(await settlesWithin(store.ready, 100)).toBe(false);
    answer({ enforcement: 'block' });
    expect(await settlesWithin(store.ready, 500)).toBe(true);
    expect(store.get().enforcement).toBe('block');
    await vi.waitFor(async () => expect(await storedCache()).toEqual({ v: 1, values: { enforcement: 'block' }, savedAt: 42 }));
    // The next start of the worker answers from it at once, though the live read is slow again.
    const next = createSettingsStore(slowManaged().storage, { ...quiet, managedWaitMs: 60_000 });
    expect(await settlesWithin(next.ready, 500)).toBe(true);
    expect(next.get().enforcement).toBe('block');
  });

  it('an empty policy is a cache too: an unmanaged install does not wait at every start', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: cache({}) });
    const store = createSettingsStore(slowManaged().storage, { ...quiet, managedWaitMs: 60_000 });
    expect(await settlesWithin(store.ready, 500)).toBe(true);
    expect(store.managedKeys()).toEqual([]);
  });

  it.each([
    ['not an object', 'block', /expected an object, got string/],
    ['a list', [{ enforcement: 'block' }], /expected an object, got a list/],
    ['another version', { v: 2, values: { enforcement: 'block' }, savedAt: 1 }, /unknown version 2/],
    ['values not an object', { v: 1, values: ['block'], savedAt: 1 }, /values is not an object/],
  ])('a damaged cache (%s) is ignored with a logged reason: it waits for the live read', async (_name, damaged, reason) => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: damaged });
    const log = vi.fn();
    const { storage, answer } = slowManaged();
    const store = createSettingsStore(storage, { log, managedWaitMs: 60_000 });
    expect(await settlesWithin(store.ready, 100)).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^managed policy cache ignored: /));
    expect(log).toHaveBeenCalledWith(expect.stringMatching(reason));
    expect(store.get().enforcement).toBe('warn');
    answer({ enforcement: 'justify' });
    await store.ready;
    expect(store.get().enforcement).toBe('justify');
    await vi.waitFor(async () => expect((await storedCache())?.values).toEqual({ enforcement: 'justify' }));
  });

  it('a change event before the live read: the whole area is read again and decides (a key removed with no event goes)', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: cache({ enforcement: 'block', historyDays: 365 }) });
    const { storage } = slowManaged();
    const store = createSettingsStore(storage, { ...quiet, managedWaitMs: 60_000 });
    await store.ready;
    expect(store.get().historyDays).toBe(365);
    // Chromium delivers the policy late through onChanged: only the keys it now has.
    await fakeBrowser.storage.managed.set({ enforcement: 'block' });
    await vi.waitFor(() => expect(store.get().historyDays).toBe(90));
    expect(store.managedKeys()).toEqual(['enforcement']);
  });

  it("Chromium's start-up change lists only what differs from the profile's last policy: the keys it does not name stay", async () => {
    // Seen in real Chromium (managed.e2e): IT removed two keys while the browser was closed; at the
    // next start the change event named only those two, before the first read answered.
    await fakeBrowser.storage.managed.set({ historyDays: 180 });
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: cache({ enforcement: 'block', customRules: [RULE], historyDays: 180 }) });
    const store = createSettingsStore(slowManaged().storage, { ...quiet, managedWaitMs: 60_000 });
    await store.ready;
    await fakeBrowser.storage.onChanged.trigger({ customRules: { oldValue: [RULE] }, enforcement: { oldValue: 'block' } }, 'managed');
    await vi.waitFor(() => expect(store.managedKeys()).toEqual(['historyDays']));
    expect(store.get()).toMatchObject({ historyDays: 180, enforcement: 'warn', customRules: [] });
    await vi.waitFor(async () => expect((await storedCache())?.values).toEqual({ historyDays: 180 }));
  });

  it('a bounded wait still ends a first run whose live read never answers', async () => {
    const store = createSettingsStore(slowManaged().storage, { ...quiet, managedWaitMs: 20 });
    expect(await settlesWithin(store.ready, 500)).toBe(true);
    expect(await storedCache()).toBeUndefined(); // nothing live was read: nothing to keep
  });
});
