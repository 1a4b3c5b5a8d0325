/**
 * The term index: every term of every active rule (packs, lexicons, admin `customRules.terms`)
 * in one word-level trie, and the lookup of one word by every route (compiled data the token
 * stage and the term matcher both read; terms.ts walks drafts with it).
 *
 * Term syntax (in packs and lexicons):
 *   "son of a bitch"  whole words, in sequence
 *   "fuck*"           a word starting with fuck (fucking, fuckface)
 *   "*shit"           a word ending with shit (bullshit, dipshit)
 *   "*fuck*"          a word containing fuck (wordsbeforefuckandafter)
 *   "^dick"           not when part of a capitalised name ("Dick Van Dyke")
 * Lookups also try: stretched letters squeezed ("fuuuuck"), masked letters as
 * wildcards ("f*ck"), phonetic swaps ("phuck", "fvck").
 */
import { foldTerm, type Token } from './normalize';

export interface TrieNode {
  next?: Map<string, TrieNode>;
  rules?: number[];
  nameRisk?: boolean;
}

export interface TermIndex {
  root: Map<string, TrieNode>;
  squeezed: Map<string, number[]>;
  prefixes: Map<string, number[]>;
  suffixes: Map<string, number[]>;
  infixes: [string, number[]][];
  byLength: Map<number, [string, number[]][]>;
  maxAffix: number;
  size: number;
  /** Memo of single-word lookups: drafts repeat their words, and lookups are pure. */
  memo: Map<string, number[] | null>;
  /** Per word, what matchTerms asks of every token: one hash lookup instead of three. */
  words: Map<string, WordEntry>;
  /** Everyday words (the policy data's lexicon): a split word is re-joined only when a piece is not one. */
  common: ReadonlySet<string>;
  /**
   * Real words the reading must leave as written (the lexicon's real words): no phonetic variant
   * or squeezed copy of one is looked up ("muzzle" is not "muzzie"), and a split word whose
   * pieces are all real (or everyday) words stays apart ("con o" is not "coño").
   */
  real: Pick<ReadonlySet<string>, 'has'>;
  /** `prefixes` and `suffixes` as character tries, built on the first lookup after a term is added. */
  affixes?: AffixTries;
}

/** A character trie of affix terms: a word's prefixes (or, reversed, its suffixes) in one walk. */
interface AffixNode {
  next: Map<number, AffixNode>;
  rules: number[] | undefined;
}

interface AffixTries {
  prefixes: AffixNode;
  suffixes: AffixNode;
}

export interface WordEntry {
  /** The trie node for the word (phrases start here). */
  node: TrieNode | undefined;
  /** An everyday or real word: a piece of a split word only when another piece is not one. */
  common: boolean;
  /** The plain lookup (no name context, not masked); undefined until asked. */
  plain: number[] | null | undefined;
  /** The lookup in a name's context (not masked: "Dick Van Dyke"); undefined until asked. */
  named: number[] | null | undefined;
}

const isWord = (index: TermIndex, word: string) => index.common.has(word) || index.real.has(word);

/** The entry of a word; `common` also for a short word stretched ("noo", "sii"): still a word, not a piece. */
export function entryOf(index: TermIndex, word: string): WordEntry {
  let e = index.words.get(word);
  if (e === undefined) {
    if (index.words.size > 50_000) index.words.clear();
    e = { node: index.root.get(word), common: isWord(index, word) || (word.length <= 6 && hasDouble(word) && isWord(index, squeeze(word))), plain: undefined, named: undefined };
    index.words.set(word, e);
  }
  return e;
}

export function emptyIndex(common: ReadonlySet<string>, real: Pick<ReadonlySet<string>, 'has'> = new Set()): TermIndex {
  return {
    common,
    real,
    root: new Map(),
    squeezed: new Map(),
    prefixes: new Map(),
    suffixes: new Map(),
    infixes: [],
    byLength: new Map(),
    maxAffix: 0,
    size: 0,
    memo: new Map(),
    words: new Map(),
  };
}

/** Collapse runs of the same letter: "fuuuuckk" → "fuck". */
export function squeeze(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}

function push(map: Map<string, number[]>, key: string, rule: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [rule]);
  else if (!list.includes(rule)) list.push(rule);
}

// "Q7" in a draft is a code and "q7" is leetspeak for "qt" (normalize.ts): a term with such a
// word is indexed both ways, so it matches as written in either case.
const CODE_WORDS = /(?<![\p{L}\p{N}])[a-z]\d+(?![\p{L}\p{N}])/giu;

/** The spellings a term is indexed under. */
export function termSpellings(term: string): string[] {
  const upper = term.replace(CODE_WORDS, (w) => w.toUpperCase());
  if (upper === term.replace(CODE_WORDS, (w) => w.toLowerCase())) return [term];
  return [upper, upper.replace(CODE_WORDS, (w) => w.toLowerCase())];
}

/** A term without its markers ("^", a leading or trailing "*"): the text that is folded. */
export function stripTerm(term: string): string {
  let t = term.trim();
  if (t.startsWith('^')) t = t.slice(1);
  return t.replace(/^\*|\*$/g, '');
}

/**
 * Add one term for rule `rule`. Returns false when the term is empty after folding. `fold`:
 * the term's words as the matchers see them (the engine's tables hold them folded).
 */
export function addTerm(index: TermIndex, term: string, rule: number, fold: (t: string) => string[] = foldTerm): boolean {
  for (const spelled of termSpellings(term)) if (!addOne(index, spelled, rule, fold)) return false;
  return true;
}

function addOne(index: TermIndex, term: string, rule: number, fold: (t: string) => string[]): boolean {
  index.memo.clear();
  index.words.clear();
  index.affixes = undefined;
  let t = term.trim();
  const nameRisk = t.startsWith('^');
  if (nameRisk) t = t.slice(1);
  const pre = t.startsWith('*');
  const post = t.endsWith('*') && t.length > 1;
  const words = fold(stripTerm(term));
  if (words.length === 0) return false;
  index.size++;
  if ((pre || post) && words.length === 1) {
    const w = words[0]!;
    if (pre && post) {
      const found = index.infixes.find(([k]) => k === w);
      if (found) found[1].push(rule);
      else index.infixes.push([w, [rule]]);
    } else push(pre ? index.suffixes : index.prefixes, w, rule);
    index.maxAffix = Math.max(index.maxAffix, w.length);
    return true;
  }
  let map = index.root;
  let node: TrieNode | undefined;
  for (const w of words) {
    node = map.get(w);
    if (!node) {
      node = {};
      map.set(w, node);
    }
    map = node.next ??= new Map();
  }
  node!.rules ??= [];
  if (!node!.rules.includes(rule)) node!.rules.push(rule);
  if (nameRisk) node!.nameRisk = true;
  if (words.length === 1) {
    const w = words[0]!;
    if (w.length >= 4) push(index.squeezed, squeeze(w), rule);
    const bucket = index.byLength.get(w.length) ?? [];
    const entry = bucket.find(([k]) => k === w);
    if (entry) entry[1].push(rule);
    else bucket.push([w, [rule]]);
    index.byLength.set(w.length, bucket);
  }
  return true;
}

const MAX_WORD = 40;

/** A word and its phonetic readings (ph → f, v → u, then l → i). Exported for the fast-path test's plain lookup. */
export function variants(t: string): string[] {
  const out = [t];
  if (t.includes('ph') || t.includes('v') || t.includes('l')) {
    const v = t.replace(/ph/g, 'f').replace(/v/g, 'u');
    if (v !== t) out.push(v);
    const l = v.replace(/l/g, 'i');
    if (l !== v) out.push(l);
  }
  return out;
}

/** Rules for a single word, trying every lookup route; null when nothing matches. */
export function lookupWord(index: TermIndex, token: Pick<Token, 'text' | 'masked'>, nameContext: boolean): number[] | null {
  // The plain word is its own key (no new string per token); flags prefix the rarer keys.
  const key = nameContext || token.masked ? (nameContext ? '^' : '') + (token.masked ? '*' : '') + token.text : token.text;
  const memo = index.memo.get(key);
  if (memo !== undefined) return memo;
  const result = lookupUncached(index, token, nameContext, index.real.has(token.text));
  if (index.memo.size > 50_000) index.memo.clear();
  index.memo.set(key, result);
  return result;
}

/**
 * lookupWord() without its memo, `real` saying whether the word is read as written only (no
 * phonetic variant, no squeezed copy): scripts/real-words.ts asks both ways to find the real
 * words those readings would change.
 */
export function lookupUncached(index: TermIndex, token: Pick<Token, 'text' | 'masked'>, nameContext: boolean, real: boolean): number[] | null {
  const t = token.text;
  if (t.length === 0 || t.length > MAX_WORD) return null;
  // Most words seen for the first time are plain words with no phonetic variant and no
  // doubled letter: looked up without building the variants' array or the squeezed copy.
  // A real word is read as written: its variants are other words ("muzzle" → "muzzie").
  const plain = real || (!t.includes('ph') && !t.includes('v') && !t.includes('l'));
  const vs = plain ? undefined : variants(t);
  let found: number[] | null = null;
  const add = (rules: number[] | undefined) => {
    if (rules?.length) found = found ? [...new Set([...found, ...rules])] : rules;
  };
  if (vs === undefined) {
    const node = index.root.get(t);
    if (node?.rules && !(node.nameRisk && nameContext)) add(node.rules);
  } else {
    for (const v of vs) {
      const node = index.root.get(v);
      if (node?.rules && !(node.nameRisk && nameContext)) add(node.rules);
    }
  }
  if (found) return found;
  // Stretched letters: only when the word really was stretched or is long enough that
  // squeezing cannot turn an ordinary word into a listed one ("as" vs "ass").
  const sq = !real && hasDouble(t) ? squeeze(t) : t;
  const stretched = sq !== t && /(.)\1\1/.test(t);
  if (!real && (stretched || sq.length >= 5)) add(index.squeezed.get(sq));
  const tries = (index.affixes ??= affixTries(index));
  const affixes = (v: string) => {
    // prefixes.get(v.slice(0, k)) then suffixes.get(v.slice(-k)) for k = 3 … maxAffix, walking two tries.
    let pre: AffixNode | undefined = tries.prefixes;
    let suf: AffixNode | undefined = tries.suffixes;
    const last = Math.min(index.maxAffix, v.length);
    for (let k = 1; k <= last && (pre || suf); k++) {
      pre = pre?.next.get(v.charCodeAt(k - 1));
      suf = suf?.next.get(v.charCodeAt(v.length - k));
      if (k >= 3) {
        add(pre?.rules);
        add(suf?.rules);
      }
    }
    for (const [w, rules] of index.infixes) if (v.includes(w)) add(rules);
  };
  if (vs === undefined && !stretched) affixes(t);
  else for (const v of stretched ? [...(vs ?? [t]), sq] : vs!) affixes(v);
  if (!found && token.masked) add(wildcard(index, t));
  return found;
}

/** Whether a letter follows itself somewhere in `s` (else squeeze(s) is s). */
function hasDouble(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1)) return true;
  return false;
}

function affixTries(index: TermIndex): AffixTries {
  const trie = (map: Map<string, number[]>, reversed: boolean): AffixNode => {
    const root: AffixNode = { next: new Map(), rules: undefined };
    for (const [w, rules] of map) {
      let node = root;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(reversed ? w.length - 1 - i : i);
        let next = node.next.get(c);
        if (!next) node.next.set(c, (next = { next: new Map(), rules: undefined }));
        node = next;
      }
      node.rules = rules;
    }
    return root;
  };
  return { prefixes: trie(index.prefixes, false), suffixes: trie(index.suffixes, true) };
}

function wildAt(t: string, w: string, p: number): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = t[p + i];
    if (c !== w[i] && c !== '*' && c !== '#') return false;
  }
  return true;
}

/** "f*ck", "sh*t", "m0th3rf*cker": * and # stand for one letter; first letter and two letters known. */
function wildcard(index: TermIndex, t: string): number[] | undefined {
  const known = [...t].filter((c) => c !== '*' && c !== '#').length;
  if (t[0] === '*' || t[0] === '#' || known < 2 || known < t.length / 2) return undefined;
  for (const [w, rules] of index.byLength.get(t.length) ?? []) {
    let ok = true;
    for (let i = 0; i < t.length && ok; i++) if (t[i] !== '*' && t[i] !== '#' && t[i] !== w[i]) ok = false;
    if (ok) return rules;
  }
  // Roots inside a longer word: "m0th3rf*cker" holds "f*ck".
  for (const [w, rules] of index.infixes) {
    for (let p = 0; p + w.length <= t.length; p++) if (t[p] !== '*' && wildAt(t, w, p)) return rules;
  }
  for (const [w, rules] of index.prefixes) if (w.length <= t.length && wildAt(t, w, 0)) return rules;
  return undefined;
}

/** The rules a single word, as written and out of any name, is listed under (null: none). */
export function rulesOfWord(index: TermIndex, token: Pick<Token, 'text' | 'masked'>): number[] | null {
  return lookupWord(index, token, false);
}
