import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore, USER_SETTINGS_KEY, type StorageLike } from '../../entrypoints/background/settings';
import { DEFAULT_SETTINGS } from '../../rules/schema';

const storage = fakeBrowser.storage as unknown as StorageLike;

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    const store = createSettingsStore(storage);
    await store.ready;
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('lays user settings over the defaults and tells subscribers', async () => {
    const store = createSettingsStore(storage);
    await store.ready;
    const seen = vi.fn();
    store.subscribe(seen);
    await store.setUser({ packs: ['harlingen'], language: 'es' });
    expect(store.get()).toMatchObject({ packs: ['harlingen'], language: 'es', enforcement: 'warn' });
    expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ packs: ['harlingen'] }));
    expect((await fakeBrowser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY]).toEqual({ packs: ['harlingen'], language: 'es' });
  });

  it('picks up user settings written by another context', async () => {
    const store = createSettingsStore(storage);
    await store.ready;
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { historyDays: 7 } });
    await vi.waitFor(() => expect(store.get().historyDays).toBe(7));
  });
});
