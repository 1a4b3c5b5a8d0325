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
import { CONFUSABLES, LEET } from './charmaps';

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

const foldCache = new Map<string, string>();

/** One code point → its folded form (possibly empty, possibly several characters). */
export function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  const confusable = CONFUSABLES[ch];
  if (confusable !== undefined) out = confusable;
  else {
    // NFKD splits accents and compatibility forms (fullwidth, math letters, ligatures).
    out = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    out = [...out].map((c) => CONFUSABLES[c] ?? c).join('');
  }
  if (/^[\p{Cf}\p{M}]*$/u.test(out)) out = ''; // zero-width and format characters vanish
  if (foldCache.size < 5000) foldCache.set(ch, out);
  return out;
}

const ASCII_CLASS: number[] = [];
const LOWER: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());

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

const URL_START = /^(?:https?:\/\/|www\.)/i;

/** Normalize `original`. Never throws; linear in its length. */
export function normalize(original: string): Normalized {
  // 1. Fold every code point, remembering the original span of each folded character.
  //    Typed arrays: this loop runs once per character of the draft.
  let cap = original.length + 16;
  let chars: string[] = new Array<string>(cap);
  let cls = new Uint8Array(cap);
  let from = new Int32Array(cap);
  let to = new Int32Array(cap);
  let upper = new Uint8Array(cap);
  let n = 0;
  const grow = () => {
    cap *= 2;
    const c2 = new Uint8Array(cap); c2.set(cls); cls = c2;
    const f2 = new Int32Array(cap); f2.set(from); from = f2;
    const t2 = new Int32Array(cap); t2.set(to); to = t2;
    const u2 = new Uint8Array(cap); u2.set(upper); upper = u2;
    chars = chars.concat(new Array<string>(cap - chars.length));
  };
  const emit = (c: string, k: number, a: number, b: number, up: boolean) => {
    if (n >= cap) grow();
    chars[n] = c;
    cls[n] = k;
    from[n] = a;
    to[n] = b;
    upper[n] = up ? 1 : 0;
    n++;
  };
  for (let i = 0; i < original.length; ) {
    const cp = original.charCodeAt(i);
    if (cp < 128) {
      // URLs are kept whole and opaque: shortened links are random letters.
      if ((cp === 104 || cp === 119 || cp === 72 || cp === 87) && (i === 0 || /[\s(<"']/.test(original[i - 1]!)) && URL_START.test(original.slice(i, i + 8))) {
        let j = i;
        while (j < original.length && !/\s/.test(original[j]!)) j++;
        emit('_', C_URL, i, j, false);
        i = j;
        continue;
      }
      const isUpper = cp >= 65 && cp <= 90;
      if (n >= cap) grow();
      chars[n] = isUpper ? LOWER[cp]! : original[i]!;
      cls[n] = ASCII_CLASS[cp]!;
      from[n] = i;
      to[n] = i + 1;
      upper[n] = isUpper ? 1 : 0;
      n++;
      i++;
      continue;
    }
    const full = original.codePointAt(i)!;
    const width = full > 0xffff ? 2 : 1;
    const ch = width === 1 ? original[i]! : original.slice(i, i + 2);
    const folded = foldChar(ch);
    const isUpper = ch !== ch.toLowerCase();
    for (let f = 0; f < folded.length; f++) emit(folded[f]!, classOf(folded[f]!), i, i + width, isUpper);
    i += width;
  }

  // 2. Cut into tokens.
  const wordAhead = (idx: number): boolean => {
    for (let j = idx + 1; j < n && j < idx + 4; j++) {
      const cj = cls[j]!;
      if (cj === C_LETTER || cj === C_DIGIT) return true;
      if (cj !== C_LEET && cj !== C_MASK) return false;
    }
    return false;
  };
  const contraction = (idx: number): boolean => {
    let end = idx;
    while (end < n && cls[end] === C_LETTER) end++;
    const tail = chars.slice(idx, end).join('');
    return tail === 're' || tail === 'll' || tail === 've' || tail === 'd' || tail === 'm' || tail === 's';
  };
  const tokens: Token[] = [];
  let sepStart = 0;
  let sawBreak = true;
  let k = 0;
  while (k < n) {
    const c = cls[k]!;
    if (c === C_URL) {
      tokens.push(mkToken('', from[k]!, to[k]!, false, sawBreak, original, sepStart, true));
      sawBreak = false;
      sepStart = to[k]!;
      k++;
      continue;
    }
    if (c === C_SEP || c === C_BREAK || c === C_APOS || ((c === C_LEET || c === C_MASK) && !wordAhead(k))) {
      // "." ends a sentence only before a space or the end ("f.u.c.k", "3.5" are not sentence ends).
      const inWord = chars[k] === '.' && k + 1 < n && (cls[k + 1] === C_LETTER || cls[k + 1] === C_DIGIT);
      if ((c === C_BREAK && !inWord) || chars[k] === '!') sawBreak = true;
      k++;
      continue;
    }
    const startIdx = k;
    let raw = '';
    let letters = 0;
    let digits = 0;
    let masked = false;
    while (k < n) {
      const ck = cls[k]!;
      if (ck === C_LETTER) letters++;
      else if (ck === C_DIGIT) digits++;
      else if (ck === C_LEET || ck === C_MASK) {
        // Inside a word when a letter or digit follows ("sh!t", "f*ck"); a trailing
        // "$" still reads as s ("A$$"); otherwise it is punctuation.
        const trailingS = chars[k] === '$' && raw.length > 0;
        if (!wordAhead(k) && !trailingS) break;
        if (ck === C_MASK) masked = true;
      } else if (ck === C_APOS && raw.length > 0 && k + 1 < n && cls[k + 1] === C_LETTER) {
        // "don't" → "dont", but "who're", "they'll", "she's" split: "whore" must not appear.
        if (contraction(k + 1)) break;
        k++;
        continue;
      } else break;
      raw += chars[k];
      k++;
    }
    // Decode leetspeak only when letters dominate: "5h1t" is shit, "45s" is a record.
    let text = '';
    if (letters === raw.length) text = raw;
    else if (letters > 0 && (letters >= digits || cls[startIdx] === C_LETTER)) {
      for (let f = 0; f < raw.length; f++) {
        const ch = raw[f]!;
        text += (ch >= 'a' && ch <= 'z') || ch > '\u007f' ? ch : (LEET[ch] ?? ch);
      }
    } else text = raw;
    const start = from[startIdx]!;
    const end = to[k - 1]!;
    const t = mkToken(text, start, end, upper[startIdx] === 1, sawBreak, original, sepStart, false);
    t.masked = masked && letters > 0;
    // "@handle" mentions are names, not words.
    if (chars[startIdx] === '@' && /^@\w{3,}/.test(original.slice(start, end))) t.opaque = true;
    if (letters === 0 && digits === 0) t.opaque = true; // "$$$", "***"
    tokens.push(t);
    sawBreak = false;
    sepStart = end;
  }
  return buildStream(joinSpelledOut(tokens));
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

/** The stream and maps for a token list (boundary tokens are rebuilt from `breakBefore`). */
export function buildStream(tokens: Token[]): Normalized {
  const all: Token[] = [];
  const parts: string[] = [];
  for (const t of tokens) {
    if (t.boundary) continue;
    if (t.breakBefore && all.length > 0) {
      all.push({
        text: '.', start: t.start, end: t.start, capital: false, masked: false, breakBefore: true, tightBefore: false, opaque: true, boundary: true,
      });
      parts.push('.');
    }
    all.push(t);
    parts.push(t.opaque ? '_' : t.text);
  }
  const stream = parts.join(' ');
  const tokenAt = new Int32Array(stream.length + 1);
  const offsets = new Int32Array(parts.length);
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const len = parts[i]!.length;
    offsets[i] = pos;
    for (let j = pos; j <= pos + len; j++) tokenAt[j] = i;
    pos += len + 1;
  }
  return { tokens: all, stream, tokenAt, offsets };
}
