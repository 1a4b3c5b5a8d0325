/**
 * Types shared by every part of Ask First (DESIGN.md §2–3). Defined once, here.
 * Nothing in rules/ may use a browser API.
 */

/** The fixed category vocabulary (DESIGN.md §2). */
export const CATEGORIES = [
  'profanity',
  'slur',
  'harassment',
  'sexual',
  'violence',
  'commercial',
  'political',
  'religious',
  'confidential',
  'personal_info',
  'credentials',
  'security',
  'official_voice',
  'illegal',
  'defamation',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'caution', 'violation'] as const;
/** `info` never interrupts; `caution` and `violation` are highlighted and asked about at submit. */
export type Severity = (typeof SEVERITIES)[number];

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = Record<Locale, string>;

export const PACK_IDS = ['el-paso', 'harlingen'] as const;
export type PackId = (typeof PACK_IDS)[number];

/** Where a rule comes from: a section of one of the source policies. */
export interface Citation {
  pack: string;
  section: string;
  title: string;
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

/** Whole words or phrases, matched on normalized text at word boundaries. */
export interface TermRule extends RuleBase {
  kind: 'terms';
  terms: string[];
}

/** A built-in detector that validates what it finds (not a bare regex). */
export interface DetectorRule extends RuleBase {
  kind: 'detector';
  detector: DetectorId;
}

export type DetectorId = 'us_phone' | 'ssn';

export type Rule = TermRule | DetectorRule;

export interface PolicyPack {
  id: PackId;
  name: LocalizedText;
  /** The document the citations come from. */
  source: string;
  rules: Rule[];
}

/** The effective policy the engine compiles (managed ▷ user ▷ defaults, already merged). */
export interface Policy {
  packs: PackId[];
  categories?: Partial<Record<Category, { enabled?: boolean; severity?: Severity }>>;
  /** Terms never flagged (IT's and the user's allow-lists, merged). */
  allowTerms?: string[];
}

export const DEFAULT_POLICY: Policy = { packs: ['el-paso', 'harlingen'] };

/** The policy's own advice, shown with every finding (El Paso III.B.1). */
export const ASK_FIRST_CITATION: Citation = {
  pack: 'el-paso',
  section: 'III.B.1',
  title: 'Process: ask Human Resources or management before posting',
};
