/**
 * Normalization for matching. The user's text is folded (NFKD without accents,
 * lower case, look-alike characters, leetspeak, zero-width characters removed) and
 * cut into word tokens, each of which remembers the UTF-16 span it came from in the
 * ORIGINAL text. Matchers only ever see tokens, so every finding points back into the
 * user's own text, never into the normalized copy.
 *
 * Also produced: `stream`, the tokens joined by single spaces with "." wherever a
 * sentence ends, which phrase patterns run on; `tokenAt[i]` is the token under
 * stream index i.
 */
import { LEET } from './charmaps';
import { foldChar } from './fold';
import { RUN_KIND, type Runs } from './runs';

export interface Token {
  /** Normalized text: lower case, no accents, leetspeak decoded ("sh!t" → "shit"). */
  text: string;
  /** UTF-16 span in the original text. */
  start: number;
  end: number;
  /** The original first character was upper case (names like "Dick Van Dyke"). */
  capital: boolean;
  /** Contains a masking character ("f*ck"): matched by the wildcard lookup. */
  masked: boolean;
  /** A sentence ends before this token. */
  breakBefore: boolean;
  /** The separator before this token was short and in-word-like (" ", ".", "_", "-"…). */
  tightBefore: boolean;
  /** "@handle" or a URL: never matched against word lists. */
  opaque: boolean;
  /** "." tokens in the stream mark sentence ends; never matched. */
  boundary: boolean;
}

export interface Normalized {
  tokens: Token[];
  stream: string;
  tokenAt: Int32Array;
  /** offsets[k] = index in `stream` where token k starts. */
  offsets: Int32Array;
}

// Character classes after folding.
const C_SEP = 0;
const C_LETTER = 1;
const C_DIGIT = 2;
const C_LEET = 3; // symbols that stand for letters inside words: @ $ ! | + €
const C_MASK = 4; // * # stand for any letter inside words
const C_APOS = 5; // apostrophes: dropped inside words ("don't" → "dont")
const C_BREAK = 6; // sentence ends: . ! ? ; and new lines
const C_URL = 7;

/** A code point folded, whether it is upper case, and the class of each folded unit. */
export interface Folded {
  text: string;
  upper: number;
  classes: Uint8Array;
}

/**
 * foldChar() and classOf() for one code point above ASCII, looked up by its number: a draft of
 * emoji or accented words allocates no string and runs no regex per character once seen.
 */
function foldedOf(s: NormalizeScratch, code: number): Folded {
  const cached = s.folded.get(code);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(code);
  const text = foldChar(ch);
  const classes = new Uint8Array(text.length);
  for (let f = 0; f < text.length; f++) classes[f] = text.charCodeAt(f) < 128 ? ASCII_CLASS[text.charCodeAt(f)]! : classOf(text[f]!);
  const out = { text, upper: ch !== ch.toLowerCase() ? 1 : 0, classes };
  if (s.folded.size < 5000) s.folded.set(code, out);
  return out;
}

const ASCII_CLASS: number[] = [];

function classOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code < 128 && ASCII_CLASS[code] !== undefined) return ASCII_CLASS[code]!;
  if (code >= 97 && code <= 122) return C_LETTER;
  if (code >= 48 && code <= 57) return C_DIGIT;
  if (code === 32) return C_SEP;
  if (c === '*' || c === '#') return C_MASK;
  if (c === "'" || c === '’' || c === 'ʼ' || c === '`') return C_APOS;
  if (c === '.' || c === '!' || c === '?' || c === ';' || c === '\n' || c === '…' || c === '¡' || c === '¿') {
    return c === '!' ? C_LEET : C_BREAK;
  }
  if (LEET[c] !== undefined) return C_LEET;
  if (/\p{L}/u.test(c)) return C_LETTER;
  return C_SEP;
}

for (let code = 0; code < 128; code++) ASCII_CLASS[code] = classOfSlow(String.fromCharCode(code));

function classOfSlow(c: string): number {
  return classOf(c);
}

/** `\s` of JavaScript regular expressions, for one UTF-16 code unit (no regex per character). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Whether "http://", "https://" or "www." (any case) starts at i. `| 0x20` lower-cases ASCII letters. */
function urlAt(s: string, i: number): boolean {
  if ((s.charCodeAt(i) | 0x20) === 0x77) {
    return (s.charCodeAt(i + 1) | 0x20) === 0x77 && (s.charCodeAt(i + 2) | 0x20) === 0x77 && s.charCodeAt(i + 3) === 46;
  }
  if ((s.charCodeAt(i + 1) | 0x20) !== 0x74 || (s.charCodeAt(i + 2) | 0x20) !== 0x74 || (s.charCodeAt(i + 3) | 0x20) !== 0x70) return false;
  const j = (s.charCodeAt(i + 4) | 0x20) === 0x73 ? i + 5 : i + 4;
  return s.charCodeAt(j) === 58 && s.charCodeAt(j + 1) === 47 && s.charCodeAt(j + 2) === 47;
}

/**
 * Scratch arrays for the folded characters, reused across calls with the same scratch (a
 * compiled policy holds one: normalize is not re-entrant on it); allocating five typed arrays
 * per keystroke cost more than filling them. code: folded UTF-16 code unit; cls: its class;
 * from/to: its span in the original; upper: the original was upper case; indirect[i]: how many
 * of the first i folded characters are not an ASCII character copied one to one (so a word's
 * span says whether it can be sliced); tokenCodes: one word's characters; folded: code points
 * above ASCII folded (foldedOf).
 */
export interface NormalizeScratch {
  code: Uint16Array;
  cls: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  upper: Uint8Array;
  indirect: Int32Array;
  tokenCodes: Uint16Array;
  folded: Map<number, Folded>;
}

/** A scratch for normalize(); a compiled policy keeps one for its drafts. */
export function normalizeScratch(): NormalizeScratch {
  return {
    code: new Uint16Array(0),
    cls: new Uint8Array(0),
    from: new Int32Array(0),
    to: new Int32Array(0),
    upper: new Uint8Array(0),
    indirect: new Int32Array(1),
    tokenCodes: new Uint16Array(64),
    folded: new Map(),
  };
}

function reserve(s: NormalizeScratch, size: number, keep: number): void {
  if (size <= s.code.length) return;
  const cap = Math.max(size, s.code.length * 2);
  const code = new Uint16Array(cap); code.set(s.code.subarray(0, keep)); s.code = code;
  const cls = new Uint8Array(cap); cls.set(s.cls.subarray(0, keep)); s.cls = cls;
  const from = new Int32Array(cap); from.set(s.from.subarray(0, keep)); s.from = from;
  const to = new Int32Array(cap); to.set(s.to.subarray(0, keep)); s.to = to;
  const upper = new Uint8Array(cap); upper.set(s.upper.subarray(0, keep)); s.upper = upper;
  const indirect = new Int32Array(cap + 1); indirect.set(s.indirect.subarray(0, keep + 1)); s.indirect = indirect;
}

/** Whether a letter or digit follows within three characters, through leet and mask symbols only. */
function wordAhead(s: NormalizeScratch, idx: number, n: number): boolean {
  for (let j = idx + 1; j < n && j < idx + 4; j++) {
    const cj = s.cls[j]!;
    if (cj === C_LETTER || cj === C_DIGIT) return true;
    if (cj !== C_LEET && cj !== C_MASK) return false;
  }
  return false;
}

/** Whether the letters from idx are a contraction's tail: "re", "ll", "ve", "d", "m", "s". */
function contraction(s: NormalizeScratch, idx: number, n: number): boolean {
  let end = idx;
  while (end < n && s.cls[end] === C_LETTER) end++;
  const a = s.code[idx];
  if (end - idx === 1) return a === 100 || a === 109 || a === 115; // d m s
  if (end - idx !== 2) return false;
  const b = s.code[idx + 1];
  return (a === 114 && b === 101) || (a === 108 && b === 108) || (a === 118 && b === 101); // re ll ve
}

/** The string of `len` code units in `buf` (in chunks: no argument-count limit). */
function fromCodes(buf: Uint16Array, len: number): string {
  let out = '';
  for (let i = 0; i < len; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  return out;
}

/**
 * The folded characters of the word in [from, to): all of them but the apostrophes, which
 * are the only characters a word skips ("don't"); any other stops it.
 */
function wordFrom(s: NormalizeScratch, from: number, to: number, length: number): string {
  if (s.tokenCodes.length < length) s.tokenCodes = new Uint16Array(Math.max(length, s.tokenCodes.length * 2));
  let n = 0;
  for (let j = from; j < to; j++) if (s.cls[j] !== C_APOS) s.tokenCodes[n++] = s.code[j]!;
  return fromCodes(s.tokenCodes, n);
}

/** Normalize `original`. Never throws; linear in its length. */
export function normalize(original: string, scratch: NormalizeScratch = normalizeScratch()): Normalized {
  return buildStream(words(scratch, original, false));
}

/**
 * `normalize(original).tokens` (sentence boundaries included) without the stream and its
 * maps, for callers that only match words or rebuild the stream themselves.
 */
export function tokenize(original: string, scratch: NormalizeScratch = normalizeScratch()): Token[] {
  return words(scratch, original, true);
}

/** tokenize(), and the text's longest runs (runs.ts) measured on the way, for the detectors. */
export function tokenizeWithRuns(original: string, scratch: NormalizeScratch = normalizeScratch()): { tokens: Token[]; runs: Runs } {
  const runs: Runs = { text: original, token: 0, digits: 0 };
  return { tokens: words(scratch, original, true, runs), runs };
}

function withBoundaries(tokens: Token[]): Token[] {
  const all: Token[] = [];
  for (const t of tokens) {
    if (t.breakBefore && all.length > 0) all.push(boundaryBefore(t));
    all.push(t);
  }
  return all;
}

/**
 * The word tokens of `original`, spelled-out letters joined, with a boundary token before
 * each sentence but the first when `boundaries` is set.
 */
function words(s: NormalizeScratch, original: string, boundaries: boolean, runs?: Runs): Token[] {
  // 1. Fold every code point, remembering the original span of each folded character.
  //    Typed arrays: this loop runs once per character of the draft.
  const length = original.length;
  // A draft with any character above U+00FF is stored as two-byte text, and so would be
  // every slice of it: ASCII words are then rebuilt from their codes, as one-byte text
  // (hashing, comparing and the phrase patterns are faster on it).
  let wide = false;
  let indirect = 0;
  s.indirect[0] = 0;
  // The detectors' prefilters (runs.ts), measured on the way: longest token-character and digit runs.
  let run = 0;
  let longest = 0;
  let digit = 0;
  let digits = 0;
  reserve(s, length + 16, 0);
  let n = 0;
  for (let i = 0; i < length; ) {
    const cp = original.charCodeAt(i);
    if (cp < 128) {
      // URLs are kept whole and opaque: shortened links are random letters.
      if ((cp === 104 || cp === 119 || cp === 72 || cp === 87) && (i === 0 || startsLink(original.charCodeAt(i - 1))) && urlAt(original, i)) {
        let j = i;
        for (let c = original.charCodeAt(j); j < length && !isSpace(c); c = original.charCodeAt(++j)) {
          const kind = c < 128 ? RUN_KIND[c]! : 0;
          if (kind & 1) {
            if (++run > longest) longest = run;
          } else run = 0;
          if (kind & 2) {
            if (++digit > digits) digits = digit;
          } else digit = 0;
        }
        if (n >= s.code.length) reserve(s, n + 1, n);
        s.code[n] = 95; // '_'
        s.cls[n] = C_URL;
        s.from[n] = i;
        s.to[n] = j;
        s.upper[n] = 0;
        s.indirect[n + 1] = ++indirect;
        n++;
        i = j;
        continue;
      }
      const kind = RUN_KIND[cp]!;
      if (kind & 1) {
        if (++run > longest) longest = run;
      } else run = 0;
      if (kind & 2) {
        if (++digit > digits) digits = digit;
      } else digit = 0;
      // A character copied one to one: its end and case are read off the draft when
      // needed (endOf, and the case at a word's start), so only four arrays are written here.
      if (n >= s.code.length) reserve(s, n + 1, n);
      s.code[n] = cp >= 65 && cp <= 90 ? cp + 32 : cp;
      s.cls[n] = ASCII_CLASS[cp]!;
      s.from[n] = i;
      s.indirect[n + 1] = indirect;
      n++;
      i++;
      continue;
    }
    if (cp > 0xff) wide = true;
    run = 0;
    digit = 0;
    const full = original.codePointAt(i)!;
    const width = full > 0xffff ? 2 : 1;
    const { text: folded, upper: isUpper, classes } = foldedOf(s, full);
    if (n + folded.length > s.code.length) reserve(s, n + folded.length, n);
    for (let f = 0; f < folded.length; f++) {
      const unit = folded.charCodeAt(f);
      s.code[n] = unit;
      s.cls[n] = classes[f]!;
      s.from[n] = i;
      s.to[n] = i + width;
      s.upper[n] = isUpper;
      s.indirect[n + 1] = ++indirect;
      n++;
    }
    i += width;
  }

  if (runs) {
    runs.token = longest;
    runs.digits = digits;
  }

  // 2. Cut into tokens.
  const tokens: Token[] = [];
  let count = 0;
  // Single letters in a row, tight ("k i l l"): three or more are joined (rare; done at the end).
  let singles = 0;
  let spelled = false;
  const add = (t: Token) => {
    if (boundaries && t.breakBefore && count > 0) tokens.push(boundaryBefore(t));
    tokens.push(t);
    count++;
    const single = t.text.length === 1 && !t.opaque;
    singles = single ? (singles > 0 && t.tightBefore ? singles + 1 : 1) : 0;
    if (singles >= 3) spelled = true;
  };
  let sepStart = 0;
  let sawBreak = true;
  let k = 0;
  while (k < n) {
    const c = s.cls[k]!;
    if (c === C_URL) {
      add(mkToken('', s.from[k]!, s.to[k]!, false, sawBreak, original, sepStart, true));
      sawBreak = false;
      sepStart = s.to[k]!;
      k++;
      continue;
    }
    if (c === C_SEP || c === C_BREAK || c === C_APOS || ((c === C_LEET || c === C_MASK) && !wordAhead(s, k, n))) {
      // "." ends a sentence only before a space or the end ("f.u.c.k", "3.5" are not sentence ends).
      const inWord = s.code[k] === 46 && k + 1 < n && (s.cls[k + 1] === C_LETTER || s.cls[k + 1] === C_DIGIT);
      if ((c === C_BREAK && !inWord) || s.code[k] === 33) sawBreak = true;
      k++;
      continue;
    }
    const startIdx = k;
    let rawLen = 0;
    let letters = 0;
    let digits = 0;
    let masked = false;
    while (k < n) {
      const ck = s.cls[k]!;
      if (ck === C_LETTER) letters++;
      else if (ck === C_DIGIT) digits++;
      else if (ck === C_LEET || ck === C_MASK) {
        // Inside a word when a letter or digit follows ("sh!t", "f*ck"); a trailing
        // "$" still reads as s ("A$$"); otherwise it is punctuation.
        const trailingS = s.code[k] === 36 && rawLen > 0;
        if (!wordAhead(s, k, n) && !trailingS) break;
        if (ck === C_MASK) masked = true;
      } else if (ck === C_APOS && rawLen > 0 && k + 1 < n && s.cls[k + 1] === C_LETTER) {
        // "don't" → "dont", but "who're", "they'll", "she's" split: "whore" must not appear.
        if (contraction(s, k + 1, n)) break;
        k++;
        continue;
      } else break;
      rawLen++;
      k++;
    }
    const start = s.from[startIdx]!;
    const end = endOf(s, k - 1);
    // The word is the lower-cased original span when every character was ASCII copied one
    // to one and none was dropped (an apostrophe, a zero-width character): then one slice
    // replaces a string per character.
    const direct = s.indirect[k] === s.indirect[startIdx] && end - start === rawLen;
    const raw = direct && !wide ? original.slice(start, end).toLowerCase() : wordFrom(s, startIdx, k, rawLen);
    // Decode leetspeak only when letters dominate: "5h1t" is shit, "45s" is a record.
    // One capital and only digits is a code ("Galaxy A55", "the M25"), not "ass" in leetspeak;
    // lower case "a55" still is. (terms.ts indexes an admin's "q7" both ways.)
    const code = letters === 1 && digits > 0 && digits === raw.length - 1 && isAsciiUpper(original.charCodeAt(start));
    let text = '';
    if (letters === raw.length) text = raw;
    else if (!code && letters > 0 && (letters >= digits || s.cls[startIdx] === C_LETTER)) {
      for (let f = 0; f < raw.length; f++) {
        const ch = raw[f]!;
        text += (ch >= 'a' && ch <= 'z') || ch > '\u007f' ? ch : (LEET[ch] ?? ch);
      }
    } else text = raw;
    const direct1 = s.indirect[startIdx + 1] === s.indirect[startIdx];
    const capital = direct1 ? isAsciiUpper(original.charCodeAt(start)) : s.upper[startIdx] === 1;
    const t = mkToken(text, start, end, capital, sawBreak, original, sepStart, false);
    t.masked = masked && letters > 0;
    // "@handle" mentions are names, not words.
    if (s.code[startIdx] === 64 && /^@\w{3,}/.test(original.slice(start, end))) t.opaque = true;
    if (letters === 0 && digits === 0) t.opaque = true; // "$$$", "***"
    add(t);
    sawBreak = false;
    sepStart = end;
  }
  if (!spelled) return tokens;
  const joined = joinSpelledOut(boundaries ? tokens.filter((t) => !t.boundary) : tokens);
  return boundaries ? withBoundaries(joined) : joined;
}

/** Where folded character k ends in the draft (TO is only written for characters not copied one to one). */
function endOf(s: NormalizeScratch, k: number): number {
  return s.indirect[k + 1] === s.indirect[k] ? s.from[k]! + 1 : s.to[k]!;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The character before a link: white space, "(", "<", '"' or "'". */
function startsLink(c: number): boolean {
  return isSpace(c) || c === 40 || c === 60 || c === 34 || c === 39;
}

function mkToken(
  text: string,
  start: number,
  end: number,
  capital: boolean,
  breakBefore: boolean,
  original: string,
  sepStart: number,
  opaque: boolean,
): Token {
  // Short in-word separators (" ", ".", "_", "-", "~", "*"), not a sentence end (". ").
  let tight = start - sepStart >= 1 && start - sepStart <= 6;
  for (let i = sepStart; tight && i < start; i++) {
    const c = original.charCodeAt(i);
    tight = c === 32 || c === 46 || c === 95 || c === 45 || c === 126 || c === 42;
    if (c === 32 && i > sepStart && original.charCodeAt(i - 1) === 46) tight = false;
  }
  return {
    text,
    start,
    end,
    capital,
    masked: false,
    breakBefore,
    tightBefore: tight,
    opaque,
    boundary: false,
  };
}

/**
 * Letters spelled out one by one ("k i l l", "f.u.c.k", "W o m e n") become one token:
 * three or more single characters separated only by short in-word separators.
 */
function joinSpelledOut(tokens: Token[]): Token[] {
  const single = (t: Token) => t.text.length === 1 && !t.opaque;
  let any = false;
  for (let i = 0; i + 2 < tokens.length && !any; i++) {
    any = single(tokens[i]!) && single(tokens[i + 1]!) && tokens[i + 1]!.tightBefore && single(tokens[i + 2]!) && tokens[i + 2]!.tightBefore;
  }
  if (!any) return tokens; // the common case: nothing spelled out
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.text.length === 1 && !tokens[j]!.opaque && (j === i || tokens[j]!.tightBefore)) j++;
    if (j - i >= 3) {
      const first = tokens[i]!;
      out.push({
        ...first,
        text: tokens.slice(i, j).map((t) => t.text).join(''),
        end: tokens[j - 1]!.end,
        masked: tokens.slice(i, j).some((t) => t.masked),
      });
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

/** The "." token that marks a sentence end before `t`. */
function boundaryBefore(t: Token): Token {
  return { text: '.', start: t.start, end: t.start, capital: false, masked: false, breakBefore: true, tightBefore: false, opaque: true, boundary: true };
}

/**
 * The tokens with sentence boundaries and the stream, without the maps (for callers that
 * walk the tokens anyway: the maps are two typed arrays per call).
 */
export function streamOf(tokens: Token[]): Pick<Normalized, 'tokens' | 'stream'> {
  const all: Token[] = [];
  const parts: string[] = [];
  for (const t of tokens) {
    if (t.boundary) continue;
    if (t.breakBefore && all.length > 0) {
      all.push(boundaryBefore(t));
      parts.push('.');
    }
    all.push(t);
    parts.push(t.opaque ? '_' : t.text);
  }
  return { tokens: all, stream: parts.join(' ') };
}

/** Length of token `t` in the stream: its text, or one character ("_", "."). */
export function streamLength(t: Token): number {
  return t.opaque ? 1 : t.text.length;
}

/** The stream and maps for a token list (boundary tokens are rebuilt from `breakBefore`). */
export function buildStream(tokens: Token[]): Normalized {
  const { tokens: all, stream } = streamOf(tokens);
  const tokenAt = new Int32Array(stream.length + 1);
  const offsets = new Int32Array(all.length);
  let pos = 0;
  for (let i = 0; i < all.length; i++) {
    const len = streamLength(all[i]!);
    offsets[i] = pos;
    for (let j = pos; j <= pos + len; j++) tokenAt[j] = i;
    pos += len + 1;
  }
  return { tokens: all, stream, tokenAt, offsets };
}

/** A term or phrase as the matchers see it: its normalized words (at compile time). */
export function foldTerm(term: string): string[] {
  return normalize(term)
    .tokens.filter((t) => !t.boundary && !t.opaque && t.text.length > 0)
    .map((t) => t.text);
}
