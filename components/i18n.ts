/**
 * Typed UI strings from public/_locales (the same files the browser uses for the manifest).
 * We read the JSON ourselves instead of `browser.i18n.getMessage` so that the user's
 * language choice (options page) can differ from the browser's, and so components
 * stay pure and testable without a browser.
 */
import enMessages from '../public/_locales/en/messages.json';
import esMessages from '../public/_locales/es/messages.json';
import { localizedIn, type AttachmentCategory, type Category, type Citation, type LocalizableText, type Locale, type Severity } from '../rules/schema';
import { sectionFor } from '../rules/policy/cited';

export type MessageKey = keyof typeof enMessages;
type Catalog = Record<MessageKey, { message: string }>;

/**
 * A count string is two keys, `base_one` and `base_other` (the CLDR plural categories
 * English and Spanish use for whole numbers), since messages.json has no plural syntax.
 */
type PluralBase<K> = K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never;
export type PluralKey = PluralBase<MessageKey>;

// A compile error here means es/messages.json lacks a key that en has.
const CATALOGS: Record<Locale, Catalog> = { en: enMessages, es: esMessages satisfies Catalog };

/**
 * The Intl locale for numbers, dates and plural rules. Our Spanish readers are on the
 * US–Mexico border: "20,000" and "6:15 p.m." (es-US), not "20.000" and "18:15" (es).
 */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

export interface Translate {
  /** Translate a key; `$1`…`$9` are replaced by the substitutions, as in browser.i18n. */
  (key: MessageKey, ...subs: (string | number)[]): string;
  /** A count string: `base_one` or `base_other` by the count; `$1` is the count, formatted; `$2`… the rest. */
  plural(base: PluralKey, count: number, ...subs: (string | number)[]): string;
  /** An organization's own text (a string, or `{ "en": …, "es": … }`) in the UI language. */
  text(value: LocalizableText): string;
  readonly locale: Locale;
}

export function createTranslate(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  const rules = new Intl.PluralRules(INTL_LOCALES[locale]);
  const numbers = new Intl.NumberFormat(INTL_LOCALES[locale]);
  const translate = (key: MessageKey, ...subs: (string | number)[]) =>
    (catalog[key]?.message ?? key).replace(/\$(\d)/g, (whole, n: string) => {
      const sub = subs[Number(n) - 1];
      return sub === undefined ? whole : String(sub);
    });
  // The language travels with the function, for text that comes with both (a city's own policy).
  return Object.assign(translate, {
    plural(base: PluralKey, count: number, ...subs: (string | number)[]) {
      // Spanish also has "many" (un millón de…), for numbers we never show; "other" covers it.
      const category = rules.select(count) === 'one' ? 'one' : 'other';
      return translate(`${base}_${category}` as MessageKey, numbers.format(count), ...subs);
    },
    text: (value: LocalizableText) => localizedIn(value, locale),
    locale,
  });
}

/** The language a Translate speaks (English for a stand-in without one). */
export const localeOf = (t: Translate): Locale => (t as Translate & { locale?: Locale }).locale ?? 'en';

/** The UI language for a preference and the browser's UI language (e.g. "es-MX"). */
export function resolveLocale(preference: Locale | 'auto', uiLanguage: string): Locale {
  if (preference !== 'auto') return preference;
  return uiLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export const categoryKey = (c: Category | AttachmentCategory) => `category_${c}` as MessageKey;
export const severityKey = (s: Severity) => `severity_${s}` as MessageKey;
export const packKey = (pack: string) => `pack_${pack.replace(/-/g, '_')}` as MessageKey;

/**
 * "El Paso policy, section III.A.5.a: title": a built-in pack by its locale key; a city's
 * own policy by the name and title it gives in each language, or as a whole when it names
 * no section for the category.
 */
export function citationText(c: Citation, t: Translate): string {
  if (!c.policy) {
    // A built-in section's Spanish title (the pack's gloss; the quote beside it stays in English).
    const es = localeOf(t) === 'es' ? sectionFor(c)?.es : undefined;
    return t('citation', t(packKey(c.pack)), es?.section ?? c.section, es?.title ?? c.title);
  }
  const locale = localeOf(t);
  return c.section ? t('citation', c.policy.name[locale], c.section, c.policy.title[locale]) : t('citationWhole', c.policy.name[locale]);
}

/** A policy's name: a built-in pack by its locale key, a city's own by the name it gives. */
export function policyName(pack: string, t: Translate, city?: { id: string; name: Record<Locale, string> }): string {
  return city && city.id === pack ? city.name[localeOf(t)] : t(packKey(pack));
}
