/**
 * Text an organization writes (a custom rule's message, a contact's role, a city's policy
 * titles): one string for every language, or `{ "en": …, "es": … }` (one of the two may be
 * missing). Helpers without data, so the engine may import them (rules/engine imports no packs).
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = Record<Locale, string>;
export type LocalizableText = string | Partial<LocalizedText>;

/** The text in `locale`, else in the other language: an organization may write only one. */
export function localizedIn(text: LocalizableText, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] || LOCALES.map((l) => text[l]).find((v) => v) || '';
}

/** Whether `v` is usable text: a non-blank string, or `{ en?, es? }` with at least one non-blank. */
export function isLocalizableText(v: unknown): v is LocalizableText {
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const entries = Object.entries(v);
  return (
    entries.every(([k, t]) => (LOCALES as readonly string[]).includes(k) && typeof t === 'string') &&
    entries.some(([, t]) => (t as string).trim() !== '')
  );
}

/** Both languages, each falling back to the other (for the engine's per-locale messages). */
export const toLocalized = (text: LocalizableText): LocalizedText => ({ en: localizedIn(text, 'en'), es: localizedIn(text, 'es') });
