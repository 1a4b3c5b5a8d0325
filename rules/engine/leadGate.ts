/**
 * The lead gate: a cheap necessary condition for a pattern's try at one word. Most patterns
 * start with a word class (`{person_ref} … {insult}`), and the first-word index (patterns.ts
 * `first`) tries them at every word that can begin an entry of that class: "the", "la", "que".
 * But most entries are phrases ("the new supervisor", "que los atiendan mas rapido"), and on
 * real drafts most tries then fail inside that first class (measured on policy_dev: 84 % of the
 * failed tries), at the cost of a V8 RegExp attempt through an alternation of thousands of
 * phrases. When the pattern's first part is such a class, its entries are kept by their first
 * two words, and a try goes ahead only when the draft's word there and the next one can begin
 * an entry: two hash lookups (a first version sliced the stream at each word end and looked the
 * slices up: it cost as much as the RegExp attempts it saved).
 *
 * It only ever skips a try that cannot match: every match of `(?:a|b c|…) rest` starts with
 * one of the group's strings, followed by what follows the group in the pattern (a space, or
 * the pattern's end, where the RegExp's `(?![^ .])` asks for a space, a "." or the end), so
 * the entry's first word is the draft's word and its second the next one. Any other shape of
 * pattern (a quantified or nested first group, a top-level alternative, a first group holding
 * regex syntax) has no lead gate and is tried as before.
 */
import { closing, SPECIAL } from './literals';

/**
 * The first part's entries by their first two words: first word → true when an entry is that
 * word alone (or its words are not plain: anything may follow), else the words that can come
 * second. Two hash lookups of words the draft already holds, no slicing.
 */
export interface LeadGate {
  readonly next: ReadonlyMap<string, true | ReadonlySet<string>>;
}

/** The index just past the group that opens at `open` ("(" at src[open]), or -1. */
function pastGroup(src: string, open: number): number {
  const close = closing(src, open + 1);
  return close < 0 ? -1 : close + 1;
}

/** Whether `src` has a "|" outside every group and character class. */
function topLevelAlternative(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The strings of `(?:a|b c|d\.e)`'s body when every alternative is plain text (escapes of punctuation allowed), else null. */
function plainAlternatives(body: string): string[] | null {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const e = body[i + 1];
      if (e === undefined || /[a-zA-Z0-9]/.test(e)) return null;
      cur += e;
      i++;
    } else if (c === '|') {
      out.push(cur);
      cur = '';
    } else if (SPECIAL.has(c)) return null;
    else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * The lead gate of an expanded pattern body (patterns.ts `body`), or null when its first part
 * is not a plain group of phrases followed by a space or the end (then it is tried as before),
 * or when every entry is one word (the first-word index already asks as much).
 */
export function leadGateOf(body: string, memo: Map<string, LeadGate | null> = new Map()): LeadGate | null {
  if (!body.startsWith('(?:') || topLevelAlternative(body)) return null;
  const end = pastGroup(body, 0);
  if (end < 0) return null;
  // Lookarounds right after the group consume nothing; what they stand before must be a space or the end.
  let after = end;
  while (body.startsWith('(?=', after) || body.startsWith('(?!', after) || body.startsWith('(?<=', after) || body.startsWith('(?<!', after)) {
    after = pastGroup(body, after);
    if (after < 0) return null;
  }
  if (after < body.length && body[after] !== ' ') return null;
  const group = body.slice(3, end - 1);
  const known = memo.get(group);
  if (known !== undefined) return known;
  const entries = plainAlternatives(group);
  let gate: LeadGate | null = null;
  if (entries && entries.some((e) => e.includes(' '))) {
    const next = new Map<string, true | Set<string>>();
    for (const e of entries) {
      const words = e.split(' ');
      const first = words[0]!;
      if (words.length === 1 || first.includes('.') || words[1]!.includes('.')) next.set(first, true);
      else {
        const seconds = next.get(first);
        if (seconds === undefined) next.set(first, new Set([words[1]!]));
        else if (seconds !== true) seconds.add(words[1]!);
      }
    }
    gate = { next };
  }
  memo.set(group, gate);
  return gate;
}

/**
 * Whether an entry of the gate's first part can start at a word whose stream text is `word`,
 * followed by the word `second` (undefined: the stream ends after `word`). Either may be a
 * word holding a space or a "." (a corrected "a head"; a word read with a dot): then the
 * entries' word boundaries are not the draft's, and the answer is yes.
 */
export function leadHolds(gate: LeadGate, word: string, second: string | undefined): boolean {
  if (word === '' || word.includes(' ') || word.includes('.')) return true;
  const next = gate.next.get(word);
  if (next === undefined) return false;
  if (next === true) return true;
  if (second === undefined) return false;
  return second === '.' || (!second.includes(' ') && !second.includes('.')) ? next.has(second) : true;
}
