/**
 * A city's own social media policy, brought by IT (managed key `cityPolicy`) or imported as a
 * file on the options or welcome page: which categories its policy covers, the section each
 * is cited by, and optionally a severity and a message. Detection stays the built-in engine's:
 * a city policy becomes one more pack (cityPack) whose rules are the built-in rules, cited by
 * the city. Contract: docs/deployment.md "cityPolicy"; example: docs/examples/springfield.policy.json.
 *
 * Every text field takes a string or { "en": …, "es": … }; normalizeCityPolicy turns strings
 * into both languages before the managed-policy validator (rules/settings) checks the shape
 * against CITY_POLICY_SPEC, so the two agree on one contract.
 */
import { CATEGORIES, CATEGORY_REGISTRY, SEVERITIES, type Category, type Severity } from '../categories';
import type { SpecFor } from '../settings';
import { PACK_IDS } from '../packs';
import type { Citation, LocalizedText, PolicyPack, Rule } from '../schema';

export interface CityCategory {
  section: string;
  title: LocalizedText;
  severity?: Severity;
  message?: LocalizedText;
}

export interface CityPolicy {
  /** Lower-case letters, digits and dashes; cited as the pack of every finding. */
  id: string;
  name: LocalizedText;
  /** The document the citations come from ("Administrative Regulation 4.12 (2021)"). */
  source: LocalizedText;
  /** The policy's advice to ask before posting, shown with every finding. */
  askFirst?: { section: string; title: LocalizedText; text?: LocalizedText };
  categories: Partial<Record<Category, CityCategory>>;
  /** Categories the policy does not name: still warn, citing the policy as a whole (default), or off. */
  otherCategories?: 'uncited' | 'off';
}

export const OTHER_CATEGORIES = ['uncited', 'off'] as const;

const LIMIT = { id: 40, text: 200, message: 500 } as const;

const localized = (description: string, maxLength: number = LIMIT.text): SpecFor<LocalizedText> => ({
  type: 'object',
  description: `${description} { "en": ..., "es": ... } (an imported file or the CLI may also give one string for both).`,
  required: ['en', 'es'],
  properties: {
    en: { type: 'string', description: 'English.', maxLength, minLength: 1 },
    es: { type: 'string', description: 'Spanish.', maxLength, minLength: 1 },
  },
});
const section = (description: string): SpecFor<string> => ({ type: 'string', description, maxLength: 60, minLength: 1 });

const CATEGORY_SPEC: SpecFor<CityCategory> = {
  type: 'object',
  description: 'The section of the city policy this category is cited by.',
  required: ['section', 'title'],
  properties: {
    section: section('Section number or name, e.g. "4.12.3(a)".'),
    title: localized('The section title.'),
    severity: { type: 'string', enum: SEVERITIES, maxLength: 16, description: 'info, caution or violation (default: the built-in rules\' severity).' },
    message: localized('What the card says about a finding of this category (default: the built-in message).', LIMIT.message),
  },
};

/** The managed-policy spec of `cityPolicy` (rules/settings uses it for validation, the Chrome schema and the docs). */
export const CITY_POLICY_SPEC: SpecFor<CityPolicy> = {
  type: 'object',
  description:
    "Your city's own social media policy: the categories it covers and the section each is cited by. When set and packs is not, only this policy applies (no built-in city is cited). See docs/deployment.md.",
  required: ['id', 'name', 'source', 'categories'],
  properties: {
    id: {
      type: 'string',
      description: 'Short id, lower-case letters, digits and dashes, e.g. "springfield".',
      maxLength: LIMIT.id,
      minLength: 1,
      check: (v) => (/^[a-z][a-z0-9-]*$/.test(v) ? (RESERVED.has(v) ? `"${v}" is reserved` : undefined) : 'use lower-case letters, digits and dashes, starting with a letter'),
    },
    name: localized('The name of the policy, e.g. "City of Springfield Social Media Policy".'),
    source: localized('The document, e.g. "Administrative Regulation 4.12 (2021)".'),
    askFirst: {
      type: 'object',
      description: "The policy's advice to ask before posting, shown with every finding.",
      required: ['section', 'title'],
      properties: { section: section('Section.'), title: localized('Section title.'), text: localized('What it says.', LIMIT.message) },
    },
    categories: {
      type: 'object',
      description: `The categories the policy covers: ${CATEGORIES.join(', ')}.`,
      required: [],
      properties: Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_SPEC])) as unknown as SpecFor<CityPolicy['categories']>['properties'],
    },
    otherCategories: {
      type: 'string',
      enum: OTHER_CATEGORIES,
      maxLength: 16,
      description: '"uncited" (default): categories not named still warn, citing the policy as a whole; "off": they are not checked.',
    },
  },
};

/** Ids a city may not take: the built-in packs', and the organization's own rules'. */
const RESERVED = new Set<string>([...PACK_IDS, 'organization']);

const TEXT_FIELDS = new Set(['name', 'source', 'title', 'text', 'message']);

/**
 * The raw value with every text field given as a string turned into { en, es } (the same
 * text in both). Anything else is left as it is, for the validator to report.
 */
export function normalizeCityPolicy(raw: unknown): unknown {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return TEXT_FIELDS.has(key) ? { en: v, es: v } : v;
    if (Array.isArray(v) || typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
  };
  return walk(raw, '');
}

const citationOf = (city: CityPolicy, section: string, title: LocalizedText): Citation => ({
  pack: city.id,
  section,
  title: title.en,
  // The card knows the city only from its findings: each carries the name and where it says "ask first".
  policy: { name: city.name, title, ...(city.askFirst ? { askFirst: { section: city.askFirst.section, title: city.askFirst.title, ...(city.askFirst.text ? { text: city.askFirst.text } : {}) } } : {}) },
});

/** The city's advice to ask first, as a citation (null when its policy has none). */
export function cityAskFirst(city: CityPolicy): Citation | null {
  return city.askFirst ? citationOf(city, city.askFirst.section, city.askFirst.title) : null;
}

/** Where the city's policy is cited for a category: its section, else (uncited) the policy as a whole, else null (off). */
export function cityCitation(city: CityPolicy, category: Category): Citation | null {
  const named = city.categories[category];
  if (named) return citationOf(city, named.section, named.title);
  return city.otherCategories === 'off' ? null : citationOf(city, '', city.name);
}

/**
 * The city's policy as a pack: for each category it applies, the built-in rules of the first
 * built-in pack that has that category (detection is the engine's), with the city's id,
 * citation, severity (an `info` rule, such as mild words, stays a note) and message.
 */
export function cityPack(city: CityPolicy, builtIn: readonly PolicyPack[]): PolicyPack {
  const rules: Rule[] = [];
  for (const { id: category } of CATEGORY_REGISTRY) {
    const citation = cityCitation(city, category);
    if (!citation) continue;
    const named = city.categories[category];
    const source = builtIn.find((p) => p.rules.some((r) => r.category === category));
    for (const r of source?.rules ?? []) {
      if (r.category !== category) continue;
      rules.push({
        ...r,
        id: `${city.id}.${r.id.slice(r.id.indexOf('.') + 1)}`,
        citation,
        ...(named?.severity && r.severity !== 'info' ? { severity: named.severity } : {}),
        ...(named?.message ? { message: named.message } : {}),
      });
    }
  }
  const political = cityCitation(city, 'political');
  const askFirst = cityAskFirst(city);
  // Reminders (a City account's posts are public records; personal posting on duty) and a City
  // logo or seal in a personal post (managed cityMarks) cite the policy as a whole.
  const whole = citationOf(city, '', city.name);
  return {
    id: city.id,
    name: city.name,
    source: city.source.en,
    rules,
    ...(askFirst ? { askFirst } : {}),
    ...(political ? { links: { political } } : {}),
    reminders: { official_record: whole, duty_hours: whole },
    cityMarks: whole,
  };
}
