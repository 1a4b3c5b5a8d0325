/**
 * Types shared by every part of Ask First (docs/architecture.md, Contracts). Defined once, here.
 * Nothing in rules/ may use a browser API.
 */

/** Categories and severities: the registry in rules/categories.ts. */
export { CATEGORIES, SEVERITIES, SEVERITY_RANK, type Category, type Severity } from './categories';
import type { Category, Severity } from './categories';

export { LOCALES, isLocalizableText, localizedIn, toLocalized } from './text';
export type { LocalizableText, Locale, LocalizedText } from './text';
import type { LocalizableText, Locale, LocalizedText } from './text';

/** The built-in packs' ids: rules/packs/index.ts lists the packs (adding a city is one line there). */
import { PACK_IDS, PACKS, type PackId } from './packs';
import type { CityPolicy } from './policy/city';
export { PACK_IDS, type PackId };

/** Where a rule comes from: a section of one of the source policies. */
export interface Citation {
  pack: string;
  /** Empty when a city's policy is cited as a whole (its `otherCategories: "uncited"`). */
  section: string;
  /** In the policy's own words (English). */
  title: string;
  /**
   * A city's own policy (rules/policy/city.ts), which has no locale key: its name and the
   * section title in each language, for the card, the options page and the CLI.
   */
  policy?: { name: LocalizedText; title: LocalizedText; askFirst?: { section: string; title: LocalizedText; text?: LocalizedText } };
}

/** One thing the engine found. `start`/`end` are UTF-16 offsets into the ORIGINAL text. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  message: string;
  citation: Citation;
}

/** Sentences every rule must hit and must not hit; a unit test runs them all. */
export interface RuleExamples {
  hit: string[];
  miss: string[];
}

interface RuleBase {
  id: string;
  category: Category;
  severity: Severity;
  message: LocalizedText;
  citation: Citation;
  examples: RuleExamples;
}

/**
 * Whole words or phrases, matched on normalized text at word boundaries.
 * Term syntax ("fuck*", "*shit", "*fuck*", "^dick"): see rules/engine/terms.ts.
 */
export interface TermRule extends RuleBase {
  kind: 'terms';
  terms: string[];
  /** Phrases in which these terms are innocent ("magna cum laude"). */
  except?: string[];
}

/**
 * Phrase patterns for what a word list can't cover (political, commercial, threats,
 * group insults…): JavaScript regular expressions over the normalized word stream
 * (lower case, no accents, words separated by one space, "." between sentences), with
 * `{macro}` word classes and `{~N}` for up to N words. Authored by us, never by admins.
 */
export interface PatternRule extends RuleBase {
  kind: 'pattern';
  patterns: string[];
  /** Skip a match preceded by a negation in the same sentence ("I never said X are scum"). */
  negatable?: boolean;
}

/** A built-in detector that validates what it finds (not a bare regex). */
export interface DetectorRule extends RuleBase {
  kind: 'detector';
  detector: DetectorId;
}

export const DETECTOR_IDS = [
  'us_phone', 'ssn', 'itin', 'payment_card', 'iban', 'aba_routing', 'bank_account', 'email', 'date_of_birth', 'street_address',
  'drivers_license', 'passport', 'employee_id', 'medicare_id', 'spanish_id', 'ip_address', 'mac_address', 'private_key',
  'url_credentials', 'token_format', 'credential_assignment', 'high_entropy_secret', 'access_code', 'crypto_wallet',
] as const;
export type DetectorId = (typeof DETECTOR_IDS)[number];

export type Rule = TermRule | DetectorRule | PatternRule;

/** A customRule or pack id the engine skipped, and why (shown to IT; never a crash). */
export interface RuleProblem {
  ruleId: string;
  reason: string;
}

/**
 * A city's policy as data: its rules (what to look for, each with its citation), and the
 * sections the engine cites for what is not a rule of words. Built-in packs live in
 * rules/packs/; a city's own policy (managed `cityPolicy`) becomes one (rules/policy/city.ts).
 */
export interface PolicyPack<Id extends string = string> {
  id: Id;
  name: LocalizedText;
  /** The document the citations come from. */
  source: string;
  rules: Rule[];
  /** The policy's own advice to ask before posting, shown with every finding. */
  askFirst?: Citation;
  /** Where links to political sites and personal contact addresses on City accounts are cited (rules/engine/links.ts). */
  links?: { political?: Citation; officialPolitical?: Citation; officialContact?: Citation };
  /** Where the card's reminders are cited (rules/reminders.ts). */
  reminders?: Partial<Record<ReminderId, Citation>>;
  /** Where a City logo or seal in a personal post is cited. */
  cityMarks?: Citation;
  /** The sections it cites, with the policy's own words (rules/policy/cited.ts sectionFor). None for a city's own policy. */
  sections?: readonly PolicySection[];
}

/**
 * A section of a city's policy as its pack cites it: number (or heading), title, and the
 * policy's own words, verbatim from the source document in its language (English): the legal
 * text the pages quote beside a citation.
 */
export interface PolicySection {
  section: string;
  title: string;
  quote: string;
  /**
   * For a Spanish reader: the title (and a section that is a heading, not a number) in Spanish,
   * and a faithful Spanish rendering of the quote, always shown as a translation beside the
   * English, which stays the policy's text.
   */
  es: { section?: string; title: string; quote: string };
}

export type CategorySettings = Partial<Record<Category, { enabled?: boolean; severity?: Severity }>>;

/**
 * An organization's own rule (managed policy `customRules`): whole terms, or one
 * RE2-syntax pattern (run with re2js, linear time). Exactly one of terms/pattern.
 */
export interface CustomRule {
  id: string;
  category: Category;
  severity: Severity;
  terms?: string[];
  pattern?: string;
  message: LocalizableText;
  citation?: Pick<Citation, 'pack' | 'section' | 'title'>;
}

/** What the engine compiles: the part of the effective settings that decides findings. */
export interface Policy {
  /** Pack ids (the built-in ones; an unknown id is reported, not fatal). */
  packs: readonly string[];
  /** A city's own policy: compiled as one more pack, before `packs` (rules/policy/compile.ts). */
  city?: CityPolicy;
  categories?: CategorySettings;
  /** Terms never flagged (IT's and the user's allow-lists, merged). */
  allowTerms?: string[];
  customRules?: CustomRule[];
  /** Extra political/campaign domains for links in drafts (beside the built-in list). */
  politicalDomains?: string[];
  /** The organization's work e-mail domains (an official account's contact address must be one). */
  workEmailDomains?: string[];
}

export const DEFAULT_POLICY: Policy = { packs: ['el-paso', 'harlingen'] };

/** What happens when the user submits with open findings (set by IT). */
export const ENFORCEMENTS = ['warn', 'justify', 'block'] as const;
export type Enforcement = (typeof ENFORCEMENTS)[number];

export interface Contact {
  /** e.g. "Human Resources", "Public Affairs Office", "Supervisor"; or `{ "en": …, "es": … }`. */
  role: LocalizableText;
  name?: string;
  email?: string;
  phone?: string;
  url?: string;
}

/**
 * Adapters an admin-listed site can use: `generic` (any text box, or `selector`) or a
 * known site's own adapter on another host (e.g. a Mastodon instance the city uses).
 */
export const EXTRA_SITE_ADAPTERS = ['generic', 'mastodon'] as const;
export type ExtraSiteAdapter = (typeof EXTRA_SITE_ADAPTERS)[number];

/** A site an admin adds: a match pattern and optionally the compose box's selector. */
export interface ExtraSite {
  match: string;
  selector?: string;
  /** Which adapter finds the compose boxes (default "generic"). */
  adapter?: ExtraSiteAdapter;
}

export interface OfficialAccount {
  site: string;
  handle: string;
}

/** A page or channel IT lists as political (same shape as an official account). */
export type PoliticalAccount = OfficialAccount;

/** Who a draft is posted as: a City account (official) or the employee's own (personal). */
export const POSTING_IDENTITIES = ['official', 'personal'] as const;
export type PostingIdentity = (typeof POSTING_IDENTITIES)[number];

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Working hours (El Paso III.A.3.b: personal use only when not required to be performing
 * duties), in the browser's local time, "HH:MM"; end before start spans midnight. No days: off.
 */
export interface DutyHours {
  days: Weekday[];
  start: string;
  end: string;
}

/** A reminder the card shows beside the findings: never a finding, never interrupts. */
export const REMINDER_IDS = ['official_record', 'duty_hours'] as const;
export type ReminderId = (typeof REMINDER_IDS)[number];
export interface Reminder {
  id: ReminderId;
  citation: Citation;
}

/** A post made from an official account, kept when IT sets keepOfficialPosts (Dexie `officialPosts`). */
export interface OfficialPost {
  id?: number;
  time: number;
  site: string;
  /** The account handle when the page showed it. */
  handle?: string;
  text: string;
}

/**
 * A City logo or seal (managed `cityMarks`): found in images attached to a post from a
 * personal account. The image itself, or only its hash (`npm run mark-hash -- FILE`), so a
 * policy need not carry the picture. At least one of the two.
 */
export interface CityMark {
  name: string;
  /** `data:image/png;base64,…` or `data:image/jpeg;base64,…`. */
  image?: string;
  /** The mark's perceptual hash in hex (rules/images/signature.ts). */
  hash?: string;
}

/** Checks of things that are not the draft's words: never in the text engine. */
export const ATTACHMENT_CATEGORIES = ['city_marks'] as const;
export type AttachmentCategory = (typeof ATTACHMENT_CATEGORIES)[number];

/**
 * A finding about a file attached to the draft, not about its text: it has no text range
 * (nothing to highlight); the card lists it and the submit guard asks about it like any
 * caution or violation. The attachment itself is never read again, kept or changed.
 */
export interface AttachmentFinding {
  ruleId: string;
  category: AttachmentCategory;
  severity: Severity;
  /** The file's name as the page gave it ("" for a pasted picture). */
  fileName: string;
  /** The configured mark the picture shows. */
  mark: string;
  message: string;
  /** Every policy section it goes against (City marks: both policies). */
  citations: Citation[];
}

/**
 * Every setting, as the background resolves it: managed ▷ user ▷ defaults
 * (entrypoints/background/settings.ts). The managed policy is a Partial<Settings>; its JSON schema
 * (public/managed_schema.json) is generated from the TypeScript schema.
 */
export interface Settings {
  organization: { name: string; contacts: Contact[] };
  packs: PackId[];
  categories: CategorySettings;
  enforcement: Enforcement;
  customRules: CustomRule[];
  allowTerms: string[];
  extraSites: ExtraSite[];
  workEmailDomains: string[];
  officialAccounts: OfficialAccount[];
  /** false: the options page is read-only ("Set by your organization"). */
  userMayChange: boolean;
  /** Keep the draft's text in the local decisions log (default: hash only). */
  keepDraftText: boolean;
  historyDays: number;
  language: Locale | 'auto';
  /** false: the toolbar popup offers no "pause for 10 minutes" (set by IT). */
  userMayPause: boolean;
  /** Campaign and donation domains, added to the built-in list (rules/engine/links.ts). */
  politicalDomains: string[];
  /** Pages and channels an official account must not follow, like or subscribe to (Harlingen). */
  politicalAccounts: PoliticalAccount[];
  /** Reminder about personal posting during these hours (no days: off). */
  dutyHours: DutyHours;
  /** Keep a local copy of each post made as an official account (records retention). */
  keepOfficialPosts: boolean;
  /** The City's logos and seals, looked for in images attached on personal accounts. */
  cityMarks: CityMark[];
  /** The city's own policy (rules/policy/city.ts); when set and `packs` is not, only it applies. */
  cityPolicy?: CityPolicy;
}
export type SettingKey = keyof Settings;
export type ManagedPolicy = Partial<Settings>;

export const DEFAULT_SETTINGS: Settings = {
  organization: { name: '', contacts: [] },
  packs: [...PACK_IDS],
  categories: {},
  enforcement: 'warn',
  customRules: [],
  allowTerms: [],
  extraSites: [],
  workEmailDomains: [],
  officialAccounts: [],
  userMayChange: true,
  keepDraftText: false,
  historyDays: 90,
  language: 'auto',
  userMayPause: true,
  politicalDomains: [],
  politicalAccounts: [],
  dutyHours: { days: [], start: '08:00', end: '17:00' },
  keepOfficialPosts: false,
  cityMarks: [],
};

/**
 * One thing wrong with a managed policy (rules/settings validatePolicy): the key
 * (with a path for list items, e.g. "customRules[2]"), why, and what is used instead.
 */
export interface PolicyProblem {
  key: string;
  reason: string;
  fallback: string;
}

/** The engine's input from resolved settings. */
export function policyOf(
  s: Pick<Settings, 'packs' | 'categories' | 'allowTerms' | 'customRules'> & Partial<Pick<Settings, 'politicalDomains' | 'workEmailDomains' | 'cityPolicy'>>,
): Policy {
  return {
    packs: s.packs,
    ...(s.cityPolicy ? { city: s.cityPolicy } : {}),
    categories: s.categories,
    allowTerms: s.allowTerms,
    customRules: s.customRules,
    ...(s.politicalDomains?.length ? { politicalDomains: s.politicalDomains } : {}),
    ...(s.workEmailDomains?.length ? { workEmailDomains: s.workEmailDomains } : {}),
  };
}

/** What the user did when Ask First spoke up (the local decisions log). */
export const DECISION_ACTIONS = ['edited', 'cancelled', 'asked', 'posted_anyway', 'justified', 'paused'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** One row of the local decisions log (Dexie `decisions`). */
export interface Decision {
  id?: number;
  /** Epoch milliseconds. */
  time: number;
  site: string;
  categories: Category[];
  ruleIds: string[];
  action: DecisionAction;
  reason?: string;
  /** SHA-256 (hex) of the draft text. */
  textHash: string;
  /** Only when IT sets keepDraftText. */
  text?: string;
}

/** A draft the user kept when choosing "Ask before posting" (Dexie `drafts`). */
export interface SavedDraft {
  id?: number;
  time: number;
  site: string;
  text: string;
  findings: Finding[];
}

/** El Paso's advice to ask first (III.B.1), from its pack; the pages pick the active policy's (rules/policy/cited.ts). */
export const ASK_FIRST_CITATION: Citation = PACKS['el-paso'].askFirst!;
