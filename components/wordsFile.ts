import { MAX_TERM_LENGTH } from '../rules/messages';
import { CATEGORIES, type Category, type CustomRule } from '../rules/schema';

/** The file "My words" exports and imports: plain JSON a person can read and edit. */
export interface WordsFile {
  askFirstWords: 1;
  allowTerms: string[];
  extraTerms: { term: string; category: Category }[];
}

const MAX_TERMS = 500;

export function userRuleFor(term: string, category: Category, message: string): CustomRule {
  // The id is derived from the term so importing the same file twice adds nothing.
  const slug = term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40);
  return { id: `user.${category}.${slug}`, category, severity: 'caution', terms: [term], message };
}

export function toWordsFile(allowTerms: string[], userRules: CustomRule[]): string {
  const file: WordsFile = {
    askFirstWords: 1,
    allowTerms,
    extraTerms: userRules.flatMap((r) => (r.terms ?? []).map((term) => ({ term, category: r.category }))),
  };
  return JSON.stringify(file, null, 2);
}

/** Why an imported file was refused (each has a message key `wordsError_<code>`). */
export type WordsFileError = 'notJson' | 'notWordsFile' | 'badAllowTerms' | 'badExtraTerms';

/** Parses an imported file; a string result says what is wrong with it. */
export function parseWordsFile(text: string): Omit<WordsFile, 'askFirstWords'> | WordsFileError {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'notJson';
  }
  if (typeof data !== 'object' || data === null || (data as WordsFile).askFirstWords !== 1) return 'notWordsFile';
  const { allowTerms, extraTerms } = data as Partial<WordsFile>;
  const okTerm = (t: unknown): t is string => typeof t === 'string' && t.trim() !== '' && t.length <= MAX_TERM_LENGTH;
  if (!Array.isArray(allowTerms) || allowTerms.length > MAX_TERMS || !allowTerms.every(okTerm)) return 'badAllowTerms';
  if (
    !Array.isArray(extraTerms) ||
    extraTerms.length > MAX_TERMS ||
    !extraTerms.every((e) => typeof e === 'object' && e !== null && okTerm(e.term) && (CATEGORIES as readonly unknown[]).includes(e.category))
  ) {
    return 'badExtraTerms';
  }
  return { allowTerms: allowTerms.map((t) => t.trim()), extraTerms: extraTerms.map((e) => ({ term: e.term.trim(), category: e.category })) };
}

/** Adds items not already present (case-insensitive), keeping order. */
export function mergeTerms(current: string[], added: string[]): string[] {
  const seen = new Set(current.map((t) => t.toLowerCase()));
  const out = [...current];
  for (const t of added) {
    if (!seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}
