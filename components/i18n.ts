/**
 * Typed UI strings from public/_locales (the same files the browser uses for the manifest).
 * We read the JSON ourselves instead of `browser.i18n.getMessage` so that the user's
 * language choice (options page) can differ from the browser's, and so components
 * stay pure and testable without a browser.
 */
import enMessages from '../public/_locales/en/messages.json';
import esMessages from '../public/_locales/es/messages.json';
import type { AttachmentCategory, Category, Locale, Severity } from '../rules/schema';

export type MessageKey = keyof typeof enMessages;
type Catalog = Record<MessageKey, { message: string }>;

// A compile error here means es/messages.json lacks a key that en has.
const CATALOGS: Record<Locale, Catalog> = { en: enMessages, es: esMessages satisfies Catalog };

/** Translate a key; `$1`…`$9` are replaced by the substitutions, as in browser.i18n. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function createTranslate(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, ...subs) =>
    (catalog[key]?.message ?? key).replace(/\$(\d)/g, (whole, n: string) => {
      const sub = subs[Number(n) - 1];
      return sub === undefined ? whole : String(sub);
    });
}

/** The UI language for a preference and the browser's UI language (e.g. "es-MX"). */
export function resolveLocale(preference: Locale | 'auto', uiLanguage: string): Locale {
  if (preference !== 'auto') return preference;
  return uiLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export const categoryKey = (c: Category | AttachmentCategory) => `category_${c}` as MessageKey;
export const severityKey = (s: Severity) => `severity_${s}` as MessageKey;
export const packKey = (pack: string) => `pack_${pack.replace(/-/g, '_')}` as MessageKey;
