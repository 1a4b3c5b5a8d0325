/**
 * The managed policy (docs/architecture.md, Contracts): ONE description of every setting IT may set,
 * from which come (1) the runtime validator the background, the options page and the
 * CLI use, (2) public/managed_schema.json in Chrome's JSON-schema dialect
 * (scripts/admin-templates.ts writes it) and (3) the documentation in the admin templates.
 *
 * The TypeScript shape stays in rules/schema.ts (`Settings`); `SpecFor<Settings>` below
 * makes the compiler reject a spec that misses a key, has an extra one or gives a key
 * the wrong kind of type. Pure: no browser API.
 */
import { RE2JS } from 're2js';
import { DEFAULT_POLITICAL_DOMAINS } from './engine/links';
import { CATEGORY_MESSAGES } from './categoryMessages';
import { imageDataUrlProblem } from './images/dataUrl';
import { signatureHexProblem } from './images/signature';
import { CITY_POLICY_SPEC, normalizeCityPolicy } from './policy/city'; // cityPolicy (issue #13): contract and checks live there
export type { PolicyProblem } from './schema';
import {
  CATEGORIES,
  DEFAULT_SETTINGS,
  ENFORCEMENTS,
  EXTRA_SITE_ADAPTERS,
  LOCALES,
  PACK_IDS,
  SEVERITIES,
  WEEKDAYS,
  type CustomRule,
  type DutyHours,
  type LocalizableText,
  type ManagedPolicy,
  type PolicyProblem,
  type SettingKey,
  type Settings,
} from './schema';

// ---------------------------------------------------------------------------
// Spec types, derived from the TypeScript types they describe.

interface Described {
  /** English text for chrome://policy, the admin templates and docs/deployment.md. */
  description: string;
}
export interface BooleanSpec extends Described {
  type: 'boolean';
}
export interface IntegerSpec extends Described {
  type: 'integer';
  minimum: number;
  maximum: number;
}
export type StringSpec<T> = Described & { type: 'string'; maxLength: number; minLength?: number } & (string extends T
    ? { enum?: undefined; check?: (value: string) => string | undefined }
    : { enum: readonly T[] });
/** Text IT may write once or per language: a string, or `{ "en": …, "es": … }`. */
export interface LocalizableSpec extends Described {
  type: 'localizable';
  maxLength: number;
}
export interface ArraySpec<U> extends Described {
  type: 'array';
  items: SpecFor<U>;
  maxItems: number;
  /** Drop duplicate items (by JSON) instead of reporting them. */
  unique?: boolean;
}
export type ObjectSpec<T> = Described & {
  type: 'object';
  properties: { [K in keyof T]-?: SpecFor<NonNullable<T[K]>> };
  required: readonly (keyof T)[];
  /** Values for optional keys the policy leaves out (e.g. an organization's contacts: []). */
  defaults?: Partial<T>;
  /**
   * Each property is its own item (categories: one override per category): a bad one is
   * skipped and reported, the others apply, as for the items of a list.
   */
  eachKeyAnItem?: boolean;
  /** Extra rule over the whole object once its properties are valid. */
  check?: (value: T) => string | undefined;
};

/** The spec a value of type T must have: the compiler keeps spec and type in sync. */
export type SpecFor<T> = [T] extends [boolean]
  ? BooleanSpec
  : [T] extends [number]
    ? IntegerSpec
    : [T] extends [string]
      ? StringSpec<T>
      : [LocalizableText] extends [T]
        ? LocalizableSpec
      : [T] extends [readonly (infer U)[]]
        ? ArraySpec<U>
        : [T] extends [object]
          ? ObjectSpec<T>
          : never;

/** Loose view used by the generic walkers below. */
type AnySpec = Described & {
  type: 'boolean' | 'integer' | 'string' | 'localizable' | 'array' | 'object';
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  enum?: readonly string[];
  items?: AnySpec;
  maxItems?: number;
  unique?: boolean;
  properties?: Record<string, AnySpec>;
  required?: readonly string[];
  defaults?: Record<string, unknown>;
  eachKeyAnItem?: boolean;
  check?: (value: never) => string | undefined;
};

// ---------------------------------------------------------------------------
// Limits: generous for real cities, small enough that a pasted mistake (a whole
// dictionary, a novel as a term) cannot slow every keystroke check.

export const LIMITS = {
  text: 200,
  message: 500,
  term: 100,
  pattern: 500,
  customRules: 500,
  termsPerRule: 500,
  allowTerms: 2000,
  contacts: 20,
  extraSites: 50,
  workEmailDomains: 50,
  officialAccounts: 200,
  historyDays: 3650,
  /**
   * All custom rules' terms together. Compiling is about 50 µs per term, and it happens at
   * every worker start and settings change: 500 rules × 500 terms took 12 s (checks waited).
   */
  totalTerms: 20_000,
  politicalDomains: 500,
  politicalAccounts: 500,
  cityMarks: 20,
  /** A mark's image as a data URL (about 300 KB of picture): a logo, not a photo. */
  markImage: 400_000,
} as const;

const text = (description: string, maxLength: number = LIMITS.text): StringSpec<string> => ({
  type: 'string',
  description,
  maxLength,
  minLength: 1,
});
const localizable = (description: string, maxLength: number = LIMITS.text): LocalizableSpec => ({
  type: 'localizable',
  description: `${description} One text, or one per language {"en": "...", "es": "..."} in Firefox policies.json and the CLI (Chrome and Edge policy allow one type per field: text).`,
  maxLength,
});
const optionalText = (description: string, maxLength: number = LIMITS.text): StringSpec<string> => ({
  type: 'string',
  description,
  maxLength,
});

/** Whether RE2 (re2js, linear time) accepts the pattern; the reason if not. */
export function re2Problem(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    return `not a valid RE2 pattern: ${(error as Error).message}`;
  }
}

// A Chrome match pattern: scheme://host/path, host "*", "*.example.org" or a name.
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(\*\.)?[^/*:]+)(:\d+)?\/.*$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const categorySetting = {
  type: 'object',
  description: 'Turn the category on or off, or change how serious its findings are.',
  properties: {
    enabled: { type: 'boolean', description: 'false: this category is never reported.' },
    severity: {
      type: 'string',
      enum: SEVERITIES,
      maxLength: 20,
      description: 'info (shown, never interrupts), caution or violation (asked about before posting).',
    },
  },
  required: [],
} as const satisfies SpecFor<{ enabled?: boolean; severity?: (typeof SEVERITIES)[number] }>;

function customRuleProblem(rule: CustomRule): string | undefined {
  const hasTerms = rule.terms !== undefined;
  const hasPattern = rule.pattern !== undefined;
  if (hasTerms === hasPattern) return 'needs exactly one of "terms" or "pattern"';
  if (hasTerms && rule.terms!.length === 0) return '"terms" is empty';
  if (hasPattern) {
    const why = re2Problem(rule.pattern!);
    if (why) return `"pattern" is ${why}`;
    if (RE2JS.compile(rule.pattern!).matcher('').find()) return '"pattern" matches empty text, so it would flag everything';
  }
  return undefined;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = (description: string): StringSpec<string> => ({
  type: 'string',
  description,
  maxLength: 5,
  check: (v) => (HH_MM.test(v) ? undefined : `"${v}" is not a 24-hour time like 08:00`),
});
const dutyHoursProblem = (v: DutyHours) => (v.start === v.end ? '"start" and "end" are the same time' : undefined);

/** Every setting: type, limits and the text IT reads in the templates. */
export const MANAGED_SPEC: SpecFor<Settings> = {
  type: 'object',
  description: 'Ask First settings managed by your organization.',
  required: [],
  properties: {
    organization: {
      type: 'object',
      description: 'Who employees should ask before posting: shown with every finding.',
      required: ['name'],
      defaults: { contacts: [] },
      properties: {
        name: optionalText('Name of the organization, e.g. "City of El Paso".'),
        contacts: {
          type: 'array',
          description: 'People or offices to ask before posting (El Paso III.B.1: HR or management).',
          maxItems: LIMITS.contacts,
          items: {
            type: 'object',
            description: 'One contact. Only "role" is required.',
            required: ['role'],
            properties: {
              role: localizable('e.g. "Human Resources", "Public Affairs Office".'),
              name: optionalText('Person or office name.'),
              email: optionalText('Email address.'),
              phone: optionalText('Phone number.'),
              url: optionalText('Intranet page, e.g. the policy or a request form.', 500),
            },
          },
        },
      },
    },
    packs: {
      type: 'array',
      description: `Built-in policy packs to check against: ${PACK_IDS.join(', ')}.`,
      maxItems: PACK_IDS.length,
      unique: true,
      items: { type: 'string', enum: PACK_IDS, maxLength: 32, description: 'A policy pack id.' },
    },
    categories: {
      type: 'object',
      description: `Per-category overrides. Categories: ${CATEGORIES.join(', ')}.`,
      required: [],
      eachKeyAnItem: true,
      properties: Object.fromEntries(CATEGORIES.map((c) => [c, categorySetting])) as unknown as SpecFor<
        Settings['categories']
      >['properties'],
    },
    enforcement: {
      type: 'string',
      enum: ENFORCEMENTS,
      maxLength: 16,
      description:
        'What happens on submit with open findings: warn (the user may post anyway), justify (posting anyway needs a reason, kept in the local log), block (no posting until edited, or Ask before posting).',
    },
    customRules: {
      type: 'array',
      description: 'The organization\'s own rules: whole terms, or one RE2-syntax pattern (linear-time, no look-around or back-references).',
      maxItems: LIMITS.customRules,
      items: {
        type: 'object',
        description:
          'One rule: exactly one of "terms" or "pattern". Without "message", the category\'s own message is shown; without "citation", the organization is cited.',
        required: ['id', 'category', 'severity'],
        check: customRuleProblem,
        properties: {
          id: text('Unique id, e.g. "ep-bond-election".', 64),
          category: { type: 'string', enum: CATEGORIES, maxLength: 32, description: 'The category it reports under.' },
          severity: { type: 'string', enum: SEVERITIES, maxLength: 16, description: 'info, caution or violation.' },
          terms: {
            type: 'array',
            description: 'Whole words or phrases, matched case-insensitively at word boundaries.',
            maxItems: LIMITS.termsPerRule,
            unique: true,
            items: text('A word or phrase.', LIMITS.term),
          },
          pattern: text('One RE2-syntax regular expression.', LIMITS.pattern),
          message: localizable('What the user is told, e.g. "Bond election: city staff may not campaign." Default: the category\'s message.', LIMITS.message),
          citation: {
            type: 'object',
            description: 'The policy section the rule enforces. Default: the organization\'s name, "custom", the rule id.',
            required: ['pack', 'section', 'title'],
            properties: {
              pack: text('Policy name or pack id.'),
              section: text('Section, e.g. "III.A.5.a".'),
              title: text('Section title.'),
            },
          },
        },
      },
    },
    allowTerms: {
      type: 'array',
      description: 'Words or phrases never flagged (e.g. a street or program name that looks like a flagged word).',
      maxItems: LIMITS.allowTerms,
      unique: true,
      items: text('A word or phrase.', LIMITS.term),
    },
    extraSites: {
      type: 'array',
      description: 'More sites to check, e.g. an intranet forum: a match pattern and the compose box selector.',
      maxItems: LIMITS.extraSites,
      items: {
        type: 'object',
        description: 'One site.',
        required: ['match'],
        properties: {
          match: {
            type: 'string',
            description: 'Match pattern, e.g. "https://forum.city.example/*".',
            maxLength: 500,
            check: (v) => (MATCH_PATTERN.test(v) ? undefined : `"${v}" is not a match pattern like https://host/*`),
          },
          selector: optionalText('CSS selector of the compose box (default: any text box).', 500),
          adapter: {
            type: 'string',
            description: 'How to find the compose boxes: "generic" (default: any text box, or the selector) or "mastodon" (a Mastodon instance).',
            maxLength: 20,
            enum: EXTRA_SITE_ADAPTERS,
          },
        },
      },
    },
    workEmailDomains: {
      type: 'array',
      description: 'Work email domains: Ask First warns when one is used to sign up on a social site (Harlingen policy).',
      maxItems: LIMITS.workEmailDomains,
      unique: true,
      items: {
        type: 'string',
        description: 'A domain, e.g. "elpasotexas.gov".',
        maxLength: 253,
        check: (v) => (DOMAIN.test(v) ? undefined : `"${v}" is not a domain name`),
      },
    },
    officialAccounts: {
      type: 'array',
      description: 'The city\'s official accounts: posting from them is speaking for the city (El Paso III.A.1).',
      maxItems: LIMITS.officialAccounts,
      items: {
        type: 'object',
        description: 'One account.',
        required: ['site', 'handle'],
        properties: {
          site: text('Site id, e.g. "x", "facebook".', 64),
          handle: text('Account handle, e.g. "@CityofElPasoTX".', 100),
        },
      },
    },
    userMayChange: {
      type: 'boolean',
      description: 'false: employees cannot change any setting (the options page is read-only).',
    },
    keepDraftText: {
      type: 'boolean',
      description: 'true: the local decisions log keeps the draft text; default false keeps only its SHA-256.',
    },
    historyDays: {
      type: 'integer',
      minimum: 1,
      maximum: LIMITS.historyDays,
      description: 'Days the local decisions log is kept.',
    },
    userMayPause: {
      type: 'boolean',
      description: 'false: the toolbar popup offers no "pause for 10 minutes".',
    },
    politicalDomains: {
      type: 'array',
      description:
        `Political and campaign sites, added to the built-in list (${DEFAULT_POLITICAL_DOMAINS.join(', ')}): a link to one in a draft is a political finding. A domain covers its subdomains.`,
      maxItems: LIMITS.politicalDomains,
      unique: true,
      items: {
        type: 'string',
        description: 'A domain, e.g. "votejanedoe.com".',
        maxLength: 253,
        check: (v) => (DOMAIN.test(v) ? undefined : `"${v}" is not a domain name`),
      },
    },
    politicalAccounts: {
      type: 'array',
      description:
        'Political pages and channels: when posting as an official account, a Follow, Like or Subscribe click on them asks first (Harlingen: departments never follow, like or link to political sites).',
      maxItems: LIMITS.politicalAccounts,
      items: {
        type: 'object',
        description: 'One page or channel.',
        required: ['site', 'handle'],
        properties: {
          site: text('Site id, e.g. "x", "youtube".', 64),
          handle: text('Handle of the page or channel, e.g. "@VoteJaneDoe".', 100),
        },
      },
    },
    dutyHours: {
      type: 'object',
      description:
        'Working hours, in the computer\'s local time: posting from a personal account then shows a reminder (El Paso III.A.3.b); it never stops a post. No days: off.',
      required: ['days', 'start', 'end'],
      check: dutyHoursProblem,
      properties: {
        days: {
          type: 'array',
          description: `Working days: ${WEEKDAYS.join(', ')}.`,
          maxItems: WEEKDAYS.length,
          unique: true,
          items: { type: 'string', enum: WEEKDAYS, maxLength: 3, description: 'A day.' },
        },
        start: clock('Start, 24-hour "HH:MM", e.g. "08:00".'),
        end: clock('End, 24-hour "HH:MM", e.g. "17:00"; before start: the shift ends the next day.'),
      },
    },
    keepOfficialPosts: {
      type: 'boolean',
      description:
        'true: a local copy of each post made as an official account is kept (open records, El Paso III.A.5.c.6) and can be exported from the options page.',
    },
    cityPolicy: CITY_POLICY_SPEC, // issue #13: rules/policy/city.ts
    cityMarks: {
      type: 'array',
      description:
        'The City\'s logos and seals: an image attached to a post from a personal account that shows one is flagged (El Paso III.A.1; Harlingen: no City logo on personal social media).',
      maxItems: LIMITS.cityMarks,
      items: {
        type: 'object',
        description: 'One mark: its image, or its hash (npm run mark-hash -- FILE), or both (the image is used).',
        required: ['name'],
        check: (m) => (m.image === undefined && m.hash === undefined ? 'needs "image" or "hash"' : undefined),
        properties: {
          name: text('Shown to the user, e.g. "City seal".', 100),
          image: {
            type: 'string',
            description: 'The mark as a data URL: data:image/png;base64,… (transparent background preferred) or data:image/jpeg;base64,…',
            maxLength: LIMITS.markImage,
            check: (v) => {
              const why = imageDataUrlProblem(v);
              return why ? `the image ${why}` : undefined;
            },
          },
          hash: {
            type: 'string',
            description: 'The mark\'s perceptual hash (hex), from npm run mark-hash -- FILE.',
            maxLength: 400,
            check: (v) => {
              const why = signatureHexProblem(v);
              return why ? `the hash ${why}` : undefined;
            },
          },
        },
      },
    },
    language: {
      type: 'string',
      enum: [...LOCALES, 'auto'],
      maxLength: 8,
      description: 'Interface language: en, es, or auto (the browser\'s).',
    },
  },
};

// ---------------------------------------------------------------------------
// Runtime validation.


export interface ValidatedPolicy {
  /** The keys that were valid (invalid array items dropped). */
  policy: ManagedPolicy;
  /** Every key the organization set, valid or not: all of them are locked for the user. */
  keys: SettingKey[];
  problems: PolicyProblem[];
}

const SETTING_KEYS = Object.keys(MANAGED_SPEC.properties) as SettingKey[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

interface Checked {
  value?: unknown;
  /** Fatal for this value. */
  error?: string;
  /** Non-fatal: items skipped (or unknown fields ignored) inside it. */
  dropped: { path: string; reason: string; fallback: string }[];
}

const ITEM_SKIPPED = 'item skipped';

/** Checks one value against its spec. Invalid list items are dropped and reported, not fatal. */
function check(spec: AnySpec, value: unknown, path: string): Checked {
  const dropped: Checked['dropped'] = [];
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { value, dropped } : { error: `expected true or false, got ${describe(value)}`, dropped };
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return { error: `expected a whole number, got ${describe(value)}`, dropped };
      if (value < spec.minimum! || value > spec.maximum!)
        return { error: `${value} is outside ${spec.minimum}–${spec.maximum}`, dropped };
      return { value, dropped };
    case 'string': {
      if (typeof value !== 'string') return { error: `expected text, got ${describe(value)}`, dropped };
      if (spec.enum && !spec.enum.includes(value)) return { error: `"${value.slice(0, 40)}" is not one of ${spec.enum.join(', ')}`, dropped };
      if (value.length > spec.maxLength!) return { error: `text longer than ${spec.maxLength} characters`, dropped };
      if (value.trim().length < (spec.minLength ?? 0)) return { error: 'empty text', dropped };
      const why = spec.check?.(value as never);
      return why ? { error: why, dropped } : { value, dropped };
    }
    case 'localizable': {
      const texts = typeof value === 'string' ? [value] : isRecord(value) ? Object.values(value) : [];
      if (typeof value !== 'string') {
        if (!isRecord(value)) return { error: `expected text or {"en": …, "es": …}, got ${describe(value)}`, dropped };
        const unknown = Object.keys(value).filter((k) => !(LOCALES as readonly string[]).includes(k));
        if (unknown.length) return { error: `unknown language ${unknown.map((k) => `"${k}"`).join(', ')} (use "en" and "es")`, dropped };
        if (texts.some((t) => typeof t !== 'string')) return { error: 'each language\'s text must be text', dropped };
      }
      if (texts.some((t) => (t as string).length > spec.maxLength!)) return { error: `text longer than ${spec.maxLength} characters`, dropped };
      if (!texts.some((t) => (t as string).trim() !== '')) return { error: 'empty text', dropped };
      return { value, dropped };
    }
    case 'array': {
      if (!Array.isArray(value)) return { error: `expected a list, got ${describe(value)}`, dropped };
      if (value.length > spec.maxItems!) return { error: `${value.length} items, more than the limit of ${spec.maxItems}`, dropped };
      const out: unknown[] = [];
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const r = check(spec.items!, item, `${path}[${i}]`);
        dropped.push(...r.dropped);
        if (r.error !== undefined) return void dropped.push({ path: `${path}[${i}]`, reason: r.error, fallback: ITEM_SKIPPED });
        const k = JSON.stringify(r.value);
        if (spec.unique && seen.has(k)) return;
        seen.add(k);
        out.push(r.value);
      });
      return { value: out, dropped };
    }
    case 'object': {
      if (!isRecord(value)) return { error: `expected an object, got ${describe(value)}`, dropped };
      const props = spec.properties!;
      // A misspelled field ("severty") is named and ignored; what it was meant to set is
      // then reported as missing or left at its default, never silently lost.
      for (const k of Object.keys(value)) {
        if (!Object.hasOwn(props, k)) dropped.push({ path: `${path}.${k}`, reason: 'unknown field', fallback: 'ignored' });
      }
      const missing = spec.required!.filter((k) => value[k] === undefined);
      if (missing.length) return { error: `missing ${missing.map((k) => `"${k}"`).join(', ')}`, dropped };
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined || !Object.hasOwn(props, k)) continue;
        const r = check(props[k]!, v, `${path}.${k}`);
        dropped.push(...r.dropped);
        if (r.error !== undefined) {
          if (spec.eachKeyAnItem) {
            dropped.push({ path: `${path}.${k}`, reason: r.error, fallback: ITEM_SKIPPED });
            continue;
          }
          return { error: `"${k}": ${r.error}`, dropped };
        }
        out[k] = r.value;
      }
      for (const [k, v] of Object.entries(spec.defaults ?? {})) if (!(k in out)) out[k] = structuredClone(v);
      const why = spec.check?.(out as never);
      return why ? { error: why, dropped } : { value: out, dropped };
    }
  }
}

/**
 * Validates a managed (or user) policy. Never throws: an invalid key is reported with
 * its reason and the default that replaces it; an invalid list item is reported and
 * skipped; unknown keys are reported and ignored.
 */
export function validatePolicy(raw: unknown): ValidatedPolicy {
  const problems: PolicyProblem[] = [];
  if (!isRecord(raw)) {
    return raw === undefined || raw === null
      ? { policy: {}, keys: [], problems }
      : { policy: {}, keys: [], problems: [{ key: '(policy)', reason: `expected an object, got ${describe(raw)}`, fallback: 'defaults' }] };
  }
  const policy: Record<string, unknown> = {};
  const keys: SettingKey[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(MANAGED_SPEC.properties, key)) {
      problems.push({ key, reason: 'unknown key', fallback: 'ignored' });
      continue;
    }
    const k = key as SettingKey;
    keys.push(k);
    const r = check(MANAGED_SPEC.properties[k] as AnySpec, k === 'cityPolicy' ? normalizeCityPolicy(value) : value, k);
    for (const d of r.dropped) problems.push({ key: d.path, reason: d.reason, fallback: d.fallback });
    if (r.error !== undefined) {
      problems.push({ key: k, reason: r.error, fallback: JSON.stringify(DEFAULT_SETTINGS[k]) });
      continue;
    }
    policy[k] = r.value;
  }
  if (policy.customRules) {
    // Positions in the policy as written, for the problems: skipped items are not in the checked list.
    const skipped = new Set(problems.map((p) => /^customRules\[(\d+)\]$/.exec(p.key)?.[1]).filter(Boolean).map(Number));
    const positions = (raw.customRules as unknown[]).map((_, i) => i).filter((i) => !skipped.has(i));
    policy.customRules = customRulesWithDefaults(policy.customRules as CustomRule[], positions, (policy as ManagedPolicy).organization?.name, problems);
  }
  // A city's own policy without "packs": only the city's policy applies (issue #13).
  if (policy.cityPolicy && !keys.includes('packs')) (policy.packs = []), keys.push('packs');
  return { policy: policy as ManagedPolicy, keys, problems };
}

/**
 * Rules across the list: duplicate ids and the total term budget. A rule without a
 * message shows its category's; without a citation it cites the organization.
 * `positions`: each rule's index in the policy as written (for the problems).
 */
function customRulesWithDefaults(rules: CustomRule[], positions: number[], organization: string | undefined, problems: PolicyProblem[]): CustomRule[] {
  const ids = new Set<string>();
  let terms = 0;
  return rules
    .filter((rule, j) => {
      const i = positions[j];
      if (ids.has(rule.id)) {
        problems.push({ key: `customRules[${i}]`, reason: `duplicate id "${rule.id}"`, fallback: ITEM_SKIPPED });
        return false;
      }
      const n = rule.terms?.length ?? 0;
      if (n > 0 && terms + n > LIMITS.totalTerms) {
        problems.push({ key: `customRules[${i}]`, reason: `more than ${LIMITS.totalTerms} terms in all custom rules together`, fallback: ITEM_SKIPPED });
        return false;
      }
      terms += n;
      return ids.add(rule.id);
    })
    .map((rule) => ({
      ...rule,
      message: rule.message ?? CATEGORY_MESSAGES[rule.category],
      citation: rule.citation ?? { pack: organization?.trim() || 'organization', section: 'custom', title: rule.id },
    }));
}

// ---------------------------------------------------------------------------
// Chrome's schema dialect (storage.managed_schema).

/**
 * The schema Chrome gets: types and descriptions only. Chromium (156, measured in
 * tests/e2e/managed.e2e.test.ts) erases an extension policy whose value fails any part of
 * its schema, without a word on chrome://policy or to the extension: an `enum` inside one
 * custom rule took the whole list, a `required` field missing from dutyHours took dutyHours.
 * So enum, required, minimum/maximum, lengths and the RE2 check are all validatePolicy's,
 * which skips only the bad item and reports it by name on the options page and in the CLI.
 * A value of the wrong type is still dropped by Chromium; `npm run check -- --policy` names it.
 */
export function chromeSchema(spec: AnySpec = MANAGED_SPEC as unknown as AnySpec): Record<string, unknown> {
  // Chrome allows one type per field: a text IT may localize is declared as a string
  // (what every existing policy holds); the {en, es} form works in Firefox, the CLI and files.
  const out: Record<string, unknown> = { type: spec.type === 'localizable' ? 'string' : spec.type, description: spec.description };
  if (spec.items) out.items = chromeSchema(spec.items);
  if (spec.properties) {
    out.properties = Object.fromEntries(Object.entries(spec.properties).map(([k, s]) => [k, chromeSchema(s)]));
  }
  return out;
}

/** The exact text of public/managed_schema.json. */
export function chromeSchemaJson(): string {
  return `${JSON.stringify(chromeSchema(), null, 2)}\n`;
}

export interface KeyDoc {
  path: string;
  type: string;
  /** Top-level keys: the default (JSON). Fields: "required" or "optional". */
  note: string;
  description: string;
}

/** One line per key (and nested field) for the admin templates and the IT guide. */
export function documentKeys(): KeyDoc[] {
  const rows: KeyDoc[] = [];
  const walk = (spec: AnySpec, path: string, note: string) => {
    let type: string = spec.type;
    if (spec.enum) type = spec.enum.map((e) => `"${e}"`).join(' | ');
    if (spec.type === 'integer') type = `integer ${spec.minimum}–${spec.maximum}`;
    if (spec.type === 'string' && !spec.enum) type = `text ≤ ${spec.maxLength}`;
    if (spec.type === 'localizable') type = `text ≤ ${spec.maxLength}, or {"en", "es"}`;
    if (spec.type === 'array') type = `list ≤ ${spec.maxItems}`;
    rows.push({ path, type, note, description: spec.description });
    if (spec.items) walk(spec.items, `${path}[]`, '');
    if (spec.properties && path !== 'categories') {
      for (const [k, s] of Object.entries(spec.properties)) walk(s, `${path}.${k}`, spec.required?.includes(k) ? 'required' : 'optional');
    }
  };
  for (const k of SETTING_KEYS) walk(MANAGED_SPEC.properties[k] as AnySpec, k, `default ${JSON.stringify(DEFAULT_SETTINGS[k])}`);
  rows.push(
    ...Object.entries(categorySetting.properties).map(([k, s]) => ({
      path: `categories.<category>.${k}`,
      type: s.type === 'string' ? SEVERITIES.map((e) => `"${e}"`).join(' | ') : s.type,
      note: 'optional',
      description: s.description,
    })),
  );
  return rows;
}
