/**
 * "Not a problem" on a finding: the term goes into the USER's allow-list (storage.local
 * userSettings.allowTerms), never into IT's; refused when IT locks settings (userMayChange false).
 */
import type { Handlers } from '../../rules/messages';
import type { SettingsStore, StorageLike } from './settings';
import { USER_SETTINGS_KEY } from './settings';

export function allowListHandlers(deps: {
  settings: Pick<SettingsStore, 'get' | 'ready' | 'setUser'>;
  storage: Pick<StorageLike, 'local'>;
}): Pick<Handlers, 'allowTerm'> {
  return {
    async allowTerm({ term }) {
      await deps.settings.ready;
      if (!deps.settings.get().userMayChange) throw new Error('allowTerm: your organization does not allow changes to the allow-list');
      // The user's own layer only: copying the effective list would freeze IT's terms into it.
      const raw = (await deps.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY] as { allowTerms?: unknown } | undefined;
      const mine = Array.isArray(raw?.allowTerms) ? raw.allowTerms.filter((t): t is string => typeof t === 'string') : [];
      const next = mine.some((t) => t.toLowerCase() === term.toLowerCase()) ? mine : [...mine, term];
      await deps.settings.setUser({ allowTerms: next });
      return { allowTerms: next };
    },
  };
}
