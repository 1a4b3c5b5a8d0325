import { describe, expect, it } from 'vitest';
import { allowListHandlers } from '../../entrypoints/background/allowList';
import { createSettingsStore, type StorageLike } from '../../entrypoints/background/settings';

function memoryStorage(initial: Record<string, unknown> = {}): StorageLike {
  const data = { ...initial };
  return {
    local: {
      get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    },
    onChanged: { addListener: () => {} },
  };
}

describe('allowTerm', () => {
  it('adds the term to the user layer once, and the effective settings follow', async () => {
    const storage = memoryStorage({ userSettings: { allowTerms: ['heck'], enforcement: 'justify' } });
    const settings = createSettingsStore(storage);
    const handlers = allowListHandlers({ settings, storage });
    expect(await handlers.allowTerm({ term: 'Scunthorpe' }, {})).toEqual({ allowTerms: ['heck', 'Scunthorpe'] });
    expect(await handlers.allowTerm({ term: 'scunthorpe' }, {})).toEqual({ allowTerms: ['heck', 'Scunthorpe'] });
    expect(settings.get().allowTerms).toEqual(['heck', 'Scunthorpe']);
    expect(settings.get().enforcement).toBe('justify'); // the rest of the user's settings kept
  });

  it('refuses when the organization does not let the user change settings', async () => {
    const storage = memoryStorage({ userSettings: { userMayChange: false } });
    const settings = createSettingsStore(storage);
    const handlers = allowListHandlers({ settings, storage });
    await expect(handlers.allowTerm({ term: 'x' }, {})).rejects.toThrow(/does not allow/);
    expect(settings.get().allowTerms).toEqual([]);
  });
});
