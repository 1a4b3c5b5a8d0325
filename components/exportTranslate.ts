import type { Translate as ExportTranslate } from '../rules/audit/export';
import type { MessageKey, PluralKey, Translate } from './i18n';

/**
 * The UI's Translate for the audit's export code (rules/audit/export.ts), which takes any
 * key: the options page and the CLI hand it the same catalog lookups and plural rules.
 */
export function exportTranslate(t: Translate): ExportTranslate {
  return Object.assign((key: string, ...subs: (string | number)[]) => t(key as MessageKey, ...subs), {
    plural: (base: string, count: number, ...subs: (string | number)[]) => t.plural(base as PluralKey, count, ...subs),
  });
}
