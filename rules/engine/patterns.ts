/**
 * Phrase patterns (PatternRule) compiled against the normalized word stream.
 * `{name}` expands to a word class from rules/lexicons/{en,es}/macros.ts (or a template
 * below), `{~N}` to "up to N words". Patterns only use bounded repetition, so each
 * runs in time linear in the stream.
 */
import { EN_MACROS } from '../lexicons/en/macros';
import { ES_MACROS } from '../lexicons/es/macros';
import { foldTerm } from './fold';

/** Composite classes built from the word lists. */
const TEMPLATES: Record<string, string> = {
  group: '(?:(?:{group_adj}) (?:{group_head})|{group_noun})',
  target: '(?:(?:{group_adj}) (?:{group_head})|{group_noun}|{pronoun}|(?:these|those|all|the|such|the next) [a-z]+(?:ers|ists|ians|ants|ents|ors|ics|ist|er|ian))',
  objetivo: '(?:{grupo}|{pronombre})',
};

const MACROS: Record<string, string[]> = { ...EN_MACROS, ...ES_MACROS };
const expanded = new Map<string, string>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function macro(name: string): string {
  const cached = expanded.get(name);
  if (cached) return cached;
  let out: string;
  if (TEMPLATES[name]) out = expand(TEMPLATES[name]);
  else {
    const words = MACROS[name];
    if (!words) throw new Error(`Unknown word class {${name}}`);
    const folded = [...new Set(words.map((w) => foldTerm(w).join(' ')).filter(Boolean))].sort((a, b) => b.length - a.length);
    out = `(?:${folded.map(escape).join('|')})`;
  }
  expanded.set(name, out);
  return out;
}

function expand(src: string): string {
  return src
    .replace(/\{~(\d)\}/g, (_m, n: string) => `(?:[^ .]+ ){0,${n}}`)
    .replace(/\{([a-z_]+)\}/g, (_m, name: string) => macro(name));
}

/** A pattern as a global regular expression over the word stream, anchored at word edges. */
export function compilePattern(src: string): RegExp {
  return new RegExp(`(?<![^ .])(?:${expand(src)})(?![^ .])`, 'g');
}

const NEGATION = new RegExp(`(?<![^ ])(?:${macro('negator')}|${macro('negacion')})(?![^ ])`);
// "nothing but", "no better than", "no son más que" intensify rather than negate.
const NOT_NEGATION = /\b(?:nothing but|nothing more than|no better than|no more than|no different (?:than|from)|no (?:es|son|eres|sois) mas que|no (?:es|son) otra cosa que|not even|not only|no doubt)\b/g;

/** Whether a negation precedes stream index `start` (or sits inside the match) in the same sentence. */
export function negated(stream: string, start: number, end: number): boolean {
  let from = stream.lastIndexOf(' . ', start);
  from = from < 0 ? 0 : from + 3;
  from = Math.max(from, start - 60);
  const window = stream.slice(from, end).replace(NOT_NEGATION, ' ');
  return NEGATION.test(window);
}
