/**
 * Every setting IT may set (managed policy) and a person may set on the options page: ONE
 * description per key (type, limits, default, what it does), from which come the runtime
 * validator (validate.ts), public/managed_schema.json and the admin templates' documentation
 * (documents.ts). Add a setting here, with its type in rules/schema.ts (`Settings`). Pure: no browser API.
 */
import { RE2JS } from 're2js';
import { DEFAULT_POLITICAL_DOMAINS } from '../engine/links';
import { imageDataUrlProblem } from '../images/dataUrl';
import { signatureHexProblem } from '../images/signature';
import { CITY_POLICY_SPEC } from '../policy/city';
import type { StringSpec, LocalizableSpec, SpecFor } from './spec';
import { CATEGORIES, ENFORCEMENTS, LOCALES, EXTRA_SITE_ADAPTERS, PACK_IDS, SEVERITIES, WEEKDAYS, type CustomRule, type DutyHours, type SettingKey, type Settings } from '../schema';

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

export const categorySetting = {
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

/** Every setting's key, in the spec's order. */
export const SETTING_KEYS = Object.keys(MANAGED_SPEC.properties) as SettingKey[];
