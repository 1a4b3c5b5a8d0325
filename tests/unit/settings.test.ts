import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore, USER_SETTINGS_KEY, type StorageLike } from '../../entrypoints/background/settings';
import { readFileSync } from 'node:fs';
import { validatePolicy } from '../../rules/settings';
import { VALIDATORS } from '../../rules/messages';
import { DEFAULT_SETTINGS } from '../../rules/schema';

const storage = fakeBrowser.storage as unknown as StorageLike;
const quiet = { log: () => {} };

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.managedKeys()).toEqual([]);
    expect(store.problems()).toEqual([]);
  });

  it('removes an imported city policy when told cityPolicy: null, keeping the other user settings', async () => {
    const city = validatePolicy(JSON.parse(readFileSync('docs/examples/springfield.policy.json', 'utf8'))).policy.cityPolicy!;
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    await store.setUser({ cityPolicy: city, packs: [], language: 'es' });
    expect(store.get().cityPolicy?.id).toBe('springfield');
    await store.setUser({ cityPolicy: null, packs: ['el-paso', 'harlingen'] });
    expect(store.get().cityPolicy).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY]).toEqual({ packs: ['el-paso', 'harlingen'], language: 'es' });
    expect(VALIDATORS.setUserSettings({ cityPolicy: null })).toEqual({ cityPolicy: null });
    expect(VALIDATORS.setUserSettings({ cityPolicy: 'springfield' })).toMatch(/cityPolicy must be an object or null/);
  });

  it('lays user settings over the defaults and tells subscribers', async () => {
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    const seen = vi.fn();
    store.subscribe(seen);
    await store.setUser({ packs: ['harlingen'], language: 'es' });
    expect(store.get()).toMatchObject({ packs: ['harlingen'], language: 'es', enforcement: 'warn' });
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ packs: ['harlingen'] }));
    expect((await fakeBrowser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY]).toEqual({ packs: ['harlingen'], language: 'es' });
  });

  it('answers from a change as soon as it is asked for, not after the write: a page reloaded meanwhile must not get the old settings', async () => {
    const city = validatePolicy(JSON.parse(readFileSync('docs/examples/springfield.policy.json', 'utf8'))).policy.cityPolicy!;
    let release!: () => void;
    let failNext = false;
    const slow: StorageLike = {
      ...storage,
      local: {
        ...storage.local,
        get: (k: string) => storage.local.get(k),
        set: async (items: Record<string, unknown>) => {
          await new Promise<void>((r) => (release = r));
          if (failNext) throw new Error('disk full');
          return storage.local.set(items);
        },
      },
    } as StorageLike;
    const store = createSettingsStore(slow, quiet);
    await store.ready;
    const importing = store.setUser({ cityPolicy: city, packs: [] });
    expect(store.get().cityPolicy?.id).toBe('springfield');
    release();
    await importing;
    failNext = true;
    const removing = store.setUser({ cityPolicy: null, packs: ['el-paso', 'harlingen'] });
    expect(store.get().cityPolicy).toBeUndefined();
    release();
    // A failed write puts back what is really stored.
    await expect(removing).rejects.toThrow('disk full');
    expect(store.get().cityPolicy?.id).toBe('springfield');
  });

  it('picks up user settings written by another context', async () => {
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { historyDays: 7 } });
    await vi.waitFor(() => expect(store.get().historyDays).toBe(7));
  });

  it('ignores invalid stored user values instead of using them', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { historyDays: 'forever', language: 'es' } });
    const log = vi.fn();
    const store = createSettingsStore(storage, { log });
    await store.ready;
    expect(store.get()).toMatchObject({ historyDays: 90, language: 'es' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('historyDays'));
  });

  it('rejects an invalid user change with the reason', async () => {
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    await expect(store.setUser({ enforcement: 'loud' as never })).rejects.toThrow(/enforcement.*not one of warn, justify, block/);
    expect(store.get().enforcement).toBe('warn');
  });
});

describe('settings store: managed policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('managed ▷ user ▷ defaults, and reports which keys the organization set', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { enforcement: 'warn', language: 'es', historyDays: 30 } });
    await fakeBrowser.storage.managed.set({ enforcement: 'block', historyDays: 365 });
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    expect(store.get()).toMatchObject({ enforcement: 'block', historyDays: 365, language: 'es', packs: DEFAULT_SETTINGS.packs });
    expect(store.managedKeys().sort()).toEqual(['enforcement', 'historyDays']);
  });

  it('does not take an early empty answer as "no policy": values arriving later through onChanged apply', async () => {
    // Chromium's first managed.get() may answer {} and deliver the policy seconds later.
    let calls = 0;
    const lateStorage: StorageLike = { ...storage, managed: { get: async (k) => (calls++ ? fakeBrowser.storage.managed.get(k ?? null) : {}) } };
    const store = createSettingsStore(lateStorage, quiet);
    await store.ready;
    expect(store.get().enforcement).toBe('warn');
    const seen = vi.fn();
    store.subscribe(seen);
    await fakeBrowser.storage.managed.set({ enforcement: 'justify', allowTerms: ['Scunthorpe'] });
    await vi.waitFor(() => expect(store.get()).toMatchObject({ enforcement: 'justify', allowTerms: ['Scunthorpe'] }));
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ enforcement: 'justify' }));
    expect(store.managedKeys().sort()).toEqual(['allowTerms', 'enforcement']);
  });

  it('a slow first managed read does not hold `ready` forever, and its answer applies when it comes', async () => {
    let answer!: (v: Record<string, unknown>) => void;
    const slow: StorageLike = { ...storage, managed: { get: () => new Promise((r) => (answer = r)) } };
    const store = createSettingsStore(slow, { ...quiet, managedWaitMs: 10 });
    await store.ready;
    expect(store.get().enforcement).toBe('warn');
    answer({ enforcement: 'block' });
    await vi.waitFor(() => expect(store.get().enforcement).toBe('block'));
  });

  it('a late stale first answer does not undo a newer change event', async () => {
    let answer!: (v: Record<string, unknown>) => void;
    let calls = 0;
    // The first read hangs; the read a change event starts answers from the (fake) browser.
    const slow: StorageLike = { ...storage, managed: { get: (k) => (calls++ ? fakeBrowser.storage.managed.get(k ?? null) : new Promise((r) => (answer = r))) } };
    const store = createSettingsStore(slow, { ...quiet, managedWaitMs: 10 });
    await store.ready;
    await fakeBrowser.storage.managed.set({ enforcement: 'justify' });
    await vi.waitFor(() => expect(store.get().enforcement).toBe('justify'));
    answer({});
    await new Promise((r) => setTimeout(r, 10));
    expect(store.get().enforcement).toBe('justify');
  });

  it('treats a rejecting managed area (Firefox without a policy) as no policy', async () => {
    const none: StorageLike = { ...storage, managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } };
    const store = createSettingsStore(none, quiet);
    await store.ready;
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('removes a key the policy no longer sets', async () => {
    await fakeBrowser.storage.managed.set({ enforcement: 'block' });
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    expect(store.get().enforcement).toBe('block');
    await fakeBrowser.storage.managed.remove('enforcement');
    await vi.waitFor(() => expect(store.get().enforcement).toBe('warn'));
    expect(store.managedKeys()).toEqual([]);
  });

  it('reports an invalid managed value with key, reason and default, falls back, and keeps it locked', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { historyDays: 30 } });
    await fakeBrowser.storage.managed.set({ historyDays: -5, enforcement: 'block', colour: 'red' });
    const log = vi.fn();
    const store = createSettingsStore(storage, { log });
    await store.ready;
    expect(store.get()).toMatchObject({ historyDays: 90, enforcement: 'block' });
    expect(store.problems()).toEqual([
      { key: 'historyDays', reason: '-5 is outside 1–3650', fallback: '90' },
      { key: 'colour', reason: 'unknown key', fallback: 'ignored' },
    ]);
    expect(log).toHaveBeenCalledWith('managed policy "historyDays": -5 is outside 1–3650; using 90');
    await expect(store.setUser({ historyDays: 10 })).rejects.toThrow('Set by your organization, cannot be changed: historyDays');
    await store.setUser({ language: 'es' });
    expect(log).toHaveBeenCalledTimes(2); // each problem logged once, not again on every change
  });

  it('keys set by the organization cannot be overridden by the user; other keys can', async () => {
    await fakeBrowser.storage.managed.set({ enforcement: 'justify' });
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    await expect(store.setUser({ enforcement: 'warn' })).rejects.toThrow(/Set by your organization.*enforcement/);
    // Re-sending the org's own value (e.g. a whole settings object) is not a change.
    await store.setUser({ ...store.get(), language: 'es' });
    expect(store.get()).toMatchObject({ enforcement: 'justify', language: 'es' });
  });

  it('userMayChange: false locks every setting and ignores stored user values', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { language: 'es', packs: ['harlingen'] } });
    await fakeBrowser.storage.managed.set({ userMayChange: false });
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    expect(store.get()).toMatchObject({ language: 'auto', packs: DEFAULT_SETTINGS.packs, userMayChange: false });
    await expect(store.setUser({ language: 'en' })).rejects.toThrow('Your organization does not allow changing Ask First settings.');
  });

  it('subscribers hear about policy changes only when the effective settings change', async () => {
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    const seen = vi.fn();
    store.subscribe(seen);
    await fakeBrowser.storage.managed.set({ enforcement: 'warn' }); // same as the default
    await fakeBrowser.storage.managed.set({ keepDraftText: true });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ keepDraftText: true }));
  });
});
