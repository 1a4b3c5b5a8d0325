/**
 * Typos on purpose ("plageu", "disabld", "Ihate", "todie"): words one swap or one
 * missing letter away from a word the rules know, and two known words run together,
 * are read as the known words. Only unknown tokens are corrected, and only for phrase
 * patterns and (for swaps and deletions) the term matcher; a correction can only
 * produce words the rules already use, so ordinary text is left alone.
 */
import type { Token } from './normalize';

export interface Speller {
  vocab: Set<string>;
  /** One deletion or one adjacent swap of a known word → that word. */
  near: Map<string, string>;
  memo: Map<string, string | null>;
  /** Real words that look like a correction ("depot" is not a misspelt "deport"): never corrected. */
  real: Pick<ReadonlySet<string>, 'has'>;
  /** Everyday words: known, never corrected. */
  common: ReadonlySet<string>;
  /**
   * The first and the last three letters of every known word of three letters or more, made on
   * the first split attempt: a word whose head is none of them cannot start with a known word
   * of three letters or more (nor end with one, for the tails), so most splits are never tried.
   */
  ends?: { heads: Set<string>; tails: Set<string> };
}

const MIN = 5;

/** A speller over `words` (the rules' vocabulary); `real` and `common` come from the policy data's lexicons. */
export function buildSpeller(words: Iterable<string>, real: Pick<ReadonlySet<string>, 'has'>, common: ReadonlySet<string>): Speller {
  const vocab = new Set<string>();
  for (const w of words) if (/^[a-z]+$/.test(w)) vocab.add(w);
  const near = new Map<string, string>();
  const ambiguous = new Set<string>();
  const put = (k: string, w: string) => {
    if (vocab.has(k) || common.has(k)) return;
    const prev = near.get(k);
    if (prev !== undefined && prev !== w) ambiguous.add(k);
    else near.set(k, w);
  };
  for (const w of vocab) for (const k of variants(w)) put(k, w);
  for (const k of ambiguous) near.delete(k);
  return { vocab, near, memo: new Map(), real, common };
}

/** One deletion or one adjacent swap of a known word, in a fixed order (the speller's tables rely on it). */
function variants(w: string): string[] {
  const out: string[] = [];
  if (w.length < MIN) return out;
  // A deletion must leave at least five letters: "itch" is not a misspelt "bitch".
  if (w.length > MIN) for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  for (let i = 0; i + 1 < w.length; i++) if (w[i] !== w[i + 1]) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  return out;
}

/** The speller's `near` as one character per variant of each vocabulary word, in order: "1" kept (tables.ts). */
export function nearBits(sp: Pick<Speller, 'vocab' | 'near'>): string {
  let bits = '';
  for (const w of sp.vocab) for (const k of variants(w)) bits += sp.near.get(k) === w ? '1' : '0';
  return bits;
}

/** `near` back from the vocabulary (in the same order) and nearBits(). */
export function nearFromBits(vocab: Iterable<string>, bits: string): Map<string, string> {
  const near = new Map<string, string>();
  let b = 0;
  for (const w of vocab) for (const k of variants(w)) if (bits.charCodeAt(b++) === 49) near.set(k, w);
  return near;
}

const known = (sp: Speller, w: string) => sp.vocab.has(w) || sp.common.has(w) || w === 'i' || w === 'a';

function endsOf(sp: Speller): NonNullable<Speller['ends']> {
  const heads = new Set<string>();
  const tails = new Set<string>();
  for (const words of [sp.vocab, sp.common]) {
    for (const w of words) {
      if (w.length < 3) continue;
      heads.add(w.slice(0, 3));
      tails.add(w.slice(-3));
    }
  }
  return { heads, tails };
}

/** The corrected reading of one word (may be two words), or null when it stays as it is. */
export function correct(sp: Speller, word: string): string | null {
  if (word.length < 4 || word.length > 24) return null;
  // One memo lookup answers a word seen before, known words included (drafts repeat their words).
  const cached = sp.memo.get(word);
  if (cached !== undefined) return cached;
  const isKnown = sp.vocab.has(word) || sp.common.has(word) || sp.real.has(word);
  let out: string | null = isKnown ? null : (sp.near.get(word) ?? null);
  if (!out && !isKnown) {
    // Two words run together, one of them a word the rules use: "ihate", "todie", "manyfags".
    const ends = (sp.ends ??= endsOf(sp));
    const head = ends.heads.has(word.slice(0, 3));
    const tail = ends.tails.has(word.slice(-3));
    for (let i = 1; i < word.length && !out; i++) {
      // A first part of three letters or more must start as a known word does; a second part likewise end.
      if ((i >= 3 && !head) || (word.length - i >= 3 && !tail)) continue;
      const a = word.slice(0, i);
      const b = word.slice(i);
      if ((a.length > 1 || a === 'i' || a === 'a') && b.length > 1 && known(sp, a) && known(sp, b) && (sp.vocab.has(a) || sp.vocab.has(b))) out = `${a} ${b}`;
    }
  }
  if (sp.memo.size > 50_000) sp.memo.clear();
  sp.memo.set(word, out);
  return out;
}

/** Tokens with corrections applied (same spans); null when nothing changed. */
export function respell(sp: Speller, tokens: Token[]): Token[] | null {
  let changed: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.boundary || t.opaque || t.masked) continue;
    const fixed = correct(sp, t.text);
    if (fixed === null) continue;
    changed ??= tokens.slice();
    changed[i] = { ...t, text: fixed };
  }
  return changed;
}
