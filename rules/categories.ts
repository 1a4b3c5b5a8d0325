/**
 * The category registry: every category the engine knows, once. Its default severity (shown
 * while no active pack has a rule for it), whether a user may wave its findings through for
 * good (words and phrases: yes; numbers, addresses and secrets are about the particular text),
 * and the locale key of its label (public/_locales/{en,es}: every UI string lives there).
 * Used by the engine (order), the options page, the card and the city policy parser.
 * Adding a category: one line here, its locale keys, and rules or frames that use it.
 */

export const SEVERITIES = ['info', 'caution', 'violation'] as const;
/** `info` never interrupts; `caution` and `violation` are highlighted and asked about at submit. */
export type Severity = (typeof SEVERITIES)[number];
/** Severities in order of weight, as numbers (comparisons in the engine, the card and the options page). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, caution: 1, violation: 2 };

export interface CategoryInfo<Id extends string = string> {
  id: Id;
  severity: Severity;
  userMayAllow: boolean;
  /** Locale key of the category's name (its description is categoryDesc_<id>). */
  label: `category_${Id}`;
}

export const CATEGORY_REGISTRY = [
  { id: 'profanity', severity: 'violation', userMayAllow: true, label: 'category_profanity' },
  { id: 'slur', severity: 'violation', userMayAllow: true, label: 'category_slur' },
  { id: 'harassment', severity: 'violation', userMayAllow: true, label: 'category_harassment' },
  { id: 'sexual', severity: 'violation', userMayAllow: true, label: 'category_sexual' },
  { id: 'violence', severity: 'violation', userMayAllow: true, label: 'category_violence' },
  { id: 'commercial', severity: 'caution', userMayAllow: true, label: 'category_commercial' },
  { id: 'political', severity: 'caution', userMayAllow: true, label: 'category_political' },
  { id: 'religious', severity: 'caution', userMayAllow: true, label: 'category_religious' },
  { id: 'confidential', severity: 'violation', userMayAllow: true, label: 'category_confidential' },
  { id: 'personal_info', severity: 'violation', userMayAllow: false, label: 'category_personal_info' },
  { id: 'credentials', severity: 'violation', userMayAllow: false, label: 'category_credentials' },
  { id: 'security', severity: 'violation', userMayAllow: false, label: 'category_security' },
  { id: 'official_voice', severity: 'caution', userMayAllow: true, label: 'category_official_voice' },
  { id: 'illegal', severity: 'violation', userMayAllow: true, label: 'category_illegal' },
  { id: 'defamation', severity: 'caution', userMayAllow: true, label: 'category_defamation' },
] as const satisfies readonly CategoryInfo[];

/** The fixed category vocabulary, in registry order. */
export const CATEGORIES = CATEGORY_REGISTRY.map((c) => c.id);
export type Category = (typeof CATEGORY_REGISTRY)[number]['id'];

const BY_ID = new Map<string, CategoryInfo<Category>>(CATEGORY_REGISTRY.map((c) => [c.id, c]));
/** A category's registry entry (undefined for an id that is not a category). */
export const categoryInfo = (id: string): CategoryInfo<Category> | undefined => BY_ID.get(id);
