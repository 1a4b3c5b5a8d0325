/**
 * Heavily disguised words ("@$$h073", "G@*k", "ph*kk3d", "a $ s"): a token whose symbols are
 * ambiguous or masked is read against the vocabulary of the policy data's term rules. Normalization
 * gives one reading per symbol (7 → t); here a symbol may stand for any letter it looks like
 * (7 → t or l, @ → a or o, * → one or two letters), "ph" sounds like f and "ck"/"kk"/"q" like k.
 *
 * Like the speller (fuzzy.ts), a disguise can only produce words the rules already use, so
 * ordinary text is left alone; guards keep numbers, codes, addresses and hashtags out, and a
 * token that reads as two words that different rules flag gets no reading.
 */
import { foldChar } from './fold';
import type { Token } from './normalize';
import { rulesOfWord, type TermIndex } from './termIndex';

/** What a symbol may stand for. */
const LOOKS_LIKE: Record<string, string> = {
  '@': 'ao', $: 's', '5': 's', '7': 'tl', '1': 'il', '!': 'il', '|': 'il', '0': 'o', '3': 'e', '4': 'a', '8': 'b', '9': 'g', '+': 't', '€': 'e',
};
const MASKS = '*#_';
/** Endings a root term ("fuck*") takes; whole words may take a plural s where the rules list a plural. */
const ENDINGS = ['', 's', 'es', 'ed', 'er', 'ers', 'ing', 'in', 'y'];
const MAX_LEN = 16;

export interface DisguiseEntry {
  /** Sound key: ph → f, ck/cc/kk/q → k. */
  key: string;
  /** The text the term matcher is given ("pussy" for "pussys", "fucked" for fuck* + ed). */
  out: string;
  /** The term the reading comes from: two readings of one term are not ambiguous. */
  base: string;
}

/** Sound key of a word (ph → f; ck, cc, kk, q → k); readings are spelled the same way. */
export function soundKey(word: string): string {
  return word.replace(/ph/g, 'f').replace(/ck|cc|kk|q/g, 'k');
}

/** What disguised words can read as: built once per policy data (compilePolicy), with its memo. */
export interface Disguises {
  /** Vocabulary by first letter of the key. */
  vocab: Map<string, DisguiseEntry[]>;
  memo: Map<string, string[]>;
}

/** The vocabulary of these term lists (every term rule of every pack the data holds). */
export function buildDisguises(termLists: Iterable<readonly string[]>): Disguises {
  const vocab = new Map<string, DisguiseEntry[]>();
  const seen = new Set<string>();
  const add = (spelled: string, base: string, out = spelled) => {
    if (spelled.length < 3 || seen.has(spelled)) return;
    seen.add(spelled);
    const key = soundKey(spelled);
    const list = vocab.get(key[0]!) ?? [];
    list.push({ key, out, base });
    vocab.set(key[0]!, list);
  };
  const roots: [string, boolean][] = [];
  for (const terms of termLists) {
    for (const raw of terms) {
      const term = raw.replace(/^\^/, '');
      const root = term.replace(/^\*|\*$/g, '');
      // Phrases and non-ASCII terms are not read from symbols.
      if (/^[a-z]+$/.test(root)) roots.push([root, term.endsWith('*')]);
    }
  }
  const words = new Set(roots.map(([r]) => r));
  // Readings of one word are not ambiguous: "pussies" is "pussy", "fuk" sounds like "fuck".
  const baseOf = (root: string) => soundKey([root.replace(/ies$/, 'y'), root.replace(/es$/, ''), root.replace(/s$/, '')].find((w) => w !== root && words.has(w)) ?? root);
  for (const [root, prefix] of roots) {
    if (prefix) for (const e of ENDINGS) add(root + e, baseOf(root));
    else {
      add(root, baseOf(root));
      // Another spelling of a plural the rules list ("pussys" for pussies): only where they list one.
      const listsPlural = words.has(`${root}s`) || words.has(`${root}es`) || (root.endsWith('y') && words.has(`${root.slice(0, -1)}ies`));
      if (listsPlural && !root.endsWith('s')) add(`${root}s`, baseOf(root), root);
    }
  }
  return { vocab, memo: new Map() };
}

type Unit = string | null; // the letters a character may be; null = a mask (one or two unknown letters)

/** Units of one original character sequence, or null when a character has no letter reading. */
function units(chars: string[]): { units: Unit[]; letters: number; masks: number } | null {
  const out: Unit[] = [];
  let letters = 0;
  let masks = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c >= 'a' && c <= 'z') {
      letters++;
      const n = chars[i + 1];
      // Sounds: ph → f, ck/cc/kk → k, q → k (the vocabulary keys are spelled the same way).
      if ((c === 'p' && n === 'h') || ((c === 'c' || c === 'k') && (n === 'k' || n === 'c'))) {
        out.push(c === 'p' ? 'f' : 'k');
        letters++;
        i++;
      } else out.push(c === 'q' ? 'k' : c);
    } else if (MASKS.includes(c)) {
      out.push(null);
      masks++;
    } else if (LOOKS_LIKE[c] !== undefined) out.push(LOOKS_LIKE[c]!);
    else return null;
  }
  return { units: out, letters, masks };
}

/**
 * Whether the units spell `key` (a sound key) letter for letter: a unit matches one letter it
 * may be, a mask one or two letters. Doubled letters are not squeezed: "c00k" is not "cock".
 */
function spells(u: Unit[], key: string, i = 0, j = 0): boolean {
  if (i === u.length) return j === key.length;
  const unit = u[i];
  if (unit === null) {
    if (j < key.length && spells(u, key, i + 1, j + 1)) return true;
    return j + 1 < key.length && spells(u, key, i + 1, j + 2);
  }
  return j < key.length && unit!.includes(key[j]!) && spells(u, key, i + 1, j + 1);
}

/**
 * The vocabulary words a disguised character sequence can read as, one per word (its shortest
 * form); empty when there is no reading. The caller decides whether several are one reading.
 */
export function readDisguise(chars: string[], d: Disguises): string[] {
  const cacheKey = chars.join('');
  const cached = d.memo.get(cacheKey);
  if (cached !== undefined) return cached;
  const result = readUncached(chars, d);
  if (d.memo.size > 20_000) d.memo.clear();
  d.memo.set(cacheKey, result);
  return result;
}

function readUncached(chars: string[], d: Disguises): string[] {
  if (chars.length < 3 || chars.length > MAX_LEN) return [];
  const parsed = units(chars);
  if (!parsed) return [];
  const { units: u, letters, masks } = parsed;
  const evidence = u.length - masks;
  // Enough real letters: at least one, and two unless the word is long; masks never dominate;
  // the first character is a letter or a look-alike, never a mask ("#tag", "*note").
  if (letters === 0 || (letters < 2 && chars.length < 6) || evidence < 3 || masks > Math.max(1, evidence >> 1) || u[0] === null) return [];
  if (letters === chars.length) return []; // no symbol: nothing to read here
  const byBase = new Map<string, DisguiseEntry>();
  for (const first of u[0]!) {
    for (const e of d.vocab.get(first) ?? []) {
      if (e.key.length > evidence + 2 * masks || e.key.length * 2 < evidence) continue;
      if (!spells(u, e.key)) continue;
      const prev = byBase.get(e.base);
      if (!prev || e.out.length < prev.out.length) byBase.set(e.base, e);
      if (byBase.size > 3) return [];
    }
  }
  return [...byBase.values()].map((e) => e.out);
}

/**
 * One reading for the term matcher: the words a disguise can be read as must be flagged by the
 * same rules ("p*t@" is puta or puto: one rule), else the disguise is ambiguous and not read.
 */
function pick(words: string[], terms: TermIndex): string | null {
  if (words.length === 0) return null;
  let rules: string | null = null;
  for (const w of words) {
    const hits = rulesOfWord(terms, { text: w, masked: false });
    const r = hits ? [...new Set(hits)].sort((a, b) => a - b).join(',') : '';
    if (!r || (rules !== null && r !== rules)) return null;
    rules = r;
  }
  return words[0]!;
}

// Code-ish tokens: model numbers ("A55", "F150"), ordinals and units ("5th", "10am").
const CODE = /^(?:[A-Z]{1,3}\d{2,}|\d+(?:st|nd|rd|th|am|pm|s|k|m|x|h|d|yo|yrs?)|\d+[a-z]?)$/i;

/** ASCII characters that may stand for letters (look-alikes and masks). */
const SYMBOL = new Uint8Array(128);
for (const ch of Object.keys(LOOKS_LIKE).join('') + MASKS) if (ch.charCodeAt(0) < 128) SYMBOL[ch.charCodeAt(0)] = 1;

function isSymbolic(c: number): boolean {
  // Not an ASCII letter: digits, symbols, and anything folded (the slow path folds it).
  return !((c >= 97 && c <= 122) || (c >= 65 && c <= 90));
}

/** Folded, lower-case characters of the original span (look-alike letters read as Latin). */
function charsOf(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  for (const ch of text.slice(start, end)) out.push(...foldChar(ch));
  return out;
}

/**
 * Tokens whose original characters read as a term of the rules get that term as their text
 * (same spans, so offsets still point into the original). Returns `norm` itself when nothing
 * changed; costs one character scan per token without symbols.
 */
const LETTERS = /[A-Za-z]*/y;

export function undisguise(tokens: Token[], text: string, terms: TermIndex, d: Disguises, readings: Readings = new Map()): Token[] | null {
  let changed: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.boundary || t.opaque) {
      changed?.push(t);
      continue;
    }
    const len = t.end - t.start;
    // A lone character, or single characters normalization already joined ("a s s h 0 l e").
    if (len === 1 || (len === 2 * t.text.length - 1 && text.charCodeAt(t.start + 1) === 32)) {
      const joined = spacedOut(tokens, k, text, terms, d, readings);
      if (joined) {
        changed ??= tokens.slice(0, k);
        changed.push(joined.token);
        k = joined.last;
        continue;
      }
    } else if (len >= 2 && len <= MAX_LEN) {
      // One pass over the token: a letter, and a symbol that may stand for a letter (else nothing to read).
      let letters = 0;
      let symbols = 0;
      let other = 0;
      // Most words are plain letters: one native scan tells (then letters = len, no symbols).
      LETTERS.lastIndex = t.start;
      LETTERS.test(text);
      if (LETTERS.lastIndex === t.end) letters = len;
      else for (let i = t.start; i < t.end; i++) {
        const c = text.charCodeAt(i);
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters++;
        else if (c >= 128 || SYMBOL[c] === 1) symbols++;
        else other++; // "2", "%", "-": no letter reading
      }
      // Normalization leaves a trailing symbol out of the word ("n!gg@", "p*t@"): read it back in.
      let end = t.end;
      while (end < text.length && end - t.start < MAX_LEN && SYMBOL[text.charCodeAt(end)] === 1 && text[end] !== '!') end++;
      if (other === 0 && (letters >= 2 || end - t.start >= 6) && (symbols > 0 || end > t.end)) {
        const reading = readToken(t, text, terms, t.end, d, readings) ?? (end > t.end ? readToken(t, text, terms, end, d, readings) : null);
        if (reading) {
          changed ??= tokens.slice(0, k);
          changed.push({ ...t, text: reading.text, end: reading.end, masked: false });
          continue;
        }
      }
    }
    changed?.push(t);
  }
  return changed;
}

/** Readings by source characters, for one term index (the compiled policy's): drafts repeat their words, and readings are pure. */
export type Readings = Map<string, string | null>;
function cachedFor(cache: Readings, key: string, read: () => string | null): string | null {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = read();
  if (cache.size > 20_000) cache.clear();
  cache.set(key, value);
  return value;
}

/** An emphasis opened earlier on the line: "*word" or "_word" at a word start ("#" is never emphasis). */
const OPENS: Record<string, RegExp> = { '*': /(?:^|\s)\*\p{L}/u, '#': /(?!)/, _: /(?:^|\s)_\p{L}/u };

function readToken(t: Token, text: string, terms: TermIndex, end: number, d: Disguises, readings: Readings): { text: string; end: number } | null {
  const src = text.slice(t.start, end);
  if (src.length < 3 || CODE.test(src)) return null;
  // Addresses, paths, code and handles: "j@ne.doe", "a$s.txt", "x=a*b", "user_n4me".
  const before = text[t.start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (/[\p{L}\p{N}_/\\=<>.@:&%~^]/u.test(before) || /[\p{L}\p{N}_/\\=<>@&%~^(]/u.test(after) || (/[.:]/.test(after) && /\w/.test(text[end + 1] ?? ''))) return null;
  // A closing emphasis or a footnote mark is not a masked letter: "*fanny pack*", "free*".
  const last = src[src.length - 1]!;
  if (MASKS.includes(last)) {
    const line = text.slice(Math.max(0, t.start - 200), t.start);
    if (terms.common.has(t.text) || OPENS[last]!.test(line.slice(line.lastIndexOf('\n') + 1))) return null;
  }
  const reading = cachedFor(readings, src, () => {
    // A known word as normalized, or one the term matcher already finds: nothing to do.
    if (terms.common.has(t.text) || rulesOfWord(terms, t)) return null;
    return pick(readDisguise(charsOf(text, t.start, end), d), terms);
  });
  return reading ? { text: reading, end } : null;
}

/**
 * Single characters spaced out with symbols among them ("a $ s", "s h ! t", "a s s h 0 l e"):
 * normalization drops a lone symbol between spaces or keeps a digit as it is, so the run is
 * read again from the original text.
 */
function spacedOut(tokens: Token[], k: number, text: string, terms: TermIndex, d: Disguises, readings: Readings): { token: Token; last: number } | null {
  const first = tokens[k]!;
  const next = tokens[k + 1];
  const lone = first.end - first.start === 1;
  const prev = tokens[k - 1];
  // Cheap exits for a lone character: the next token is not a single character a few characters
  // on, or this one continues a run read from its start (each run is walked once: linear).
  if (lone && (!next || next.end - next.start !== 1 || next.start - first.end > 5)) return null;
  if (lone && prev && !prev.boundary && prev.end - prev.start === 1 && first.start - prev.end <= 5) return null;
  const chars: string[] = [];
  let pos = first.start;
  let last = k;
  let symbols = 0;
  let endChar = pos;
  // Walk the original: one visible character, one separator, and so on.
  while (pos < text.length && chars.length < MAX_LEN) {
    const c = foldChar(text[pos]!);
    if (c.length !== 1 || /\s/.test(c)) break;
    if (isSymbolic(c.charCodeAt(0))) symbols++;
    chars.push(c);
    endChar = pos + 1;
    // Go on over one space to another lone character (followed by a space, punctuation or the end).
    const after = text[pos + 3];
    if (text[pos + 1] !== ' ' || !text[pos + 2] || /\s/.test(text[pos + 2]!) || (after !== undefined && !/[\s,.!?;:)"'’]/.test(after))) {
      pos++;
      break;
    }
    pos += 2;
  }
  if (symbols === 0 || chars.length < 3 || /\w/.test(text[first.start - 1] ?? ' ')) return null;
  // The run ends at the last token inside it.
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= pos) last++;
  while (last > k && tokens[last]!.boundary) last--;
  if (last === k && lone) return null;
  // A run normalization joined may already be a listed word ("f u c k"): nothing to do.
  const reading = cachedFor(readings, ` ${chars.join('')}`, () => (!lone && rulesOfWord(terms, first) ? null : pick(readDisguise(chars, d), terms)));
  if (!reading || terms.common.has(reading)) return null;
  // The span ends at the last character read, a trailing symbol included ("s h i $").
  return { token: { ...first, text: reading, end: Math.max(endChar, tokens[last]!.end), masked: false }, last };
}
