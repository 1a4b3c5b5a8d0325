/**
 * The term matcher: walks a draft's tokens through the term index (termIndex.ts), so the cost
 * is linear in the number of tokens whatever the number of terms. Besides each word and the
 * phrases starting at it, it re-joins words split by spaces ("fu ck", "bit ch") when a piece
 * is not itself a word (an everyday word or a real one: index.common, index.real).
 */
import type { Token } from './normalize';
import { entryOf, lookupWord, type TermIndex, type WordEntry } from './termIndex';

export interface TermHit {
  /** Index of the first and last token (inclusive). */
  first: number;
  last: number;
  /** Rule indexes (into the compiled rule table). */
  rules: number[];
}

function isWord(t: Token | undefined): t is Token {
  return !!t && !t.boundary && !t.opaque && t.text.length > 0;
}

/**
 * Every term hit in the token list, in order. Linear in the number of tokens. `entries`, when
 * given, holds `entryOf(index, tokens[i].text)` for the word tokens (looked up by the caller).
 */
export function matchTerms(index: TermIndex, tokens: Token[], entries?: readonly (WordEntry | undefined)[]): TermHit[] {
  const hits: TermHit[] = [];
  if (index.size === 0) return hits;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isWord(tok)) continue;
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const prev = i > 0 ? tokens[i - 1] : undefined; // never tokens[-1]: a slow named-property lookup
    const nameContext = tok.capital && ((isWord(next) && next.capital) || (isWord(prev) && prev.capital && !tok.breakBefore));
    const entry = entries?.[i] ?? entryOf(index, tok.text);
    // Phrases: walk the trie along the following tokens.
    {
      let node = entry.node;
      for (let j = i + 1; node?.next && j < tokens.length && j < i + 8; j++) {
        const tj = tokens[j]!;
        if (!isWord(tj)) break;
        node = node.next.get(tj.text);
        if (node?.rules) hits.push({ first: i, last: j, rules: node.rules });
      }
    }
    // A masked word is looked up as written each time; a plain one once per word and context.
    const single = tok.masked
      ? lookupWord(index, tok, nameContext)
      : nameContext
        ? entry.named !== undefined ? entry.named : (entry.named = lookupWord(index, tok, true))
        : entry.plain !== undefined ? entry.plain : (entry.plain = lookupWord(index, tok, false));
    if (single) {
      hits.push({ first: i, last: i, rules: single });
      continue;
    }
    // A word split by spaces: "fu ck", "bit ch", "pe ni s" (not "pen is", "con o": pieces that
    // are all real words stay words). A split word starts a word: not at a piece glued to the
    // word before by one mark, as the "s" of "nobody's hit" is (not "shit").
    if (prev && !prev.boundary && !tok.tightBefore && !tok.breakBefore && prev.end + 1 === tok.start) continue;
    let joined = tok.text;
    let allCommon = entry.common;
    for (let j = i + 1; j < tokens.length && j < i + 4; j++) {
      const tj = tokens[j]!;
      // Pieces of a split word are short ("fu ck", "bit ch"); "what the fuck" is three words.
      if (!isWord(tj) || !tj.tightBefore || tj.text.length > 3 || tok.text.length > 3) break;
      joined += tj.text;
      allCommon &&= (entries?.[j] ?? entryOf(index, tj.text)).common;
      if (allCommon) continue;
      const rules = lookupWord(index, { text: joined, masked: false }, false) ?? undefined;
      if (rules) {
        hits.push({ first: i, last: j, rules });
        break;
      }
    }
  }
  return hits;
}
