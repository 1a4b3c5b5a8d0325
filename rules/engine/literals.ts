/**
 * Required literals of a phrase pattern: a few strings, one of which every match must
 * contain (as RE2's and codesearch's prefilters do). A pattern is then tried only where one
 * of them occurs in the same sentence ahead of the start (literalScan below), which keeps
 * hundreds of judgement frames cheap on drafts that never come near their words.
 *
 * Only the regex syntax our patterns use is read (groups, alternation, classes, escapes,
 * quantifiers, lookarounds, backreferences); anything else gives null: no prefilter, the
 * pattern is tried as before. A prefilter is only ever a necessary condition, so it can
 * skip work but never change a match.
 *
 * A pattern usually needs more than one thing ("{person} ... {insult}": a person word AND an
 * insult): besides its best set, up to MAX_ALSO other sets every match also contains are kept
 * (`also`), and the pattern is tried only where all of them occur ahead in the sentence. That
 * is the "required word classes present in the sentence" gate, read off any pattern in the
 * pattern language (word classes are expanded into the body), with no per-frame annotation.
 */

/** What a part of a regex can match: its exact strings (when few), required literals, whether it can consume ".". */
interface Info {
  /** Every string the part matches, when there are few; null otherwise. */
  exact: string[] | null;
  /** Every match contains one of these (non-empty) strings; null when none is known. */
  req: string[] | null;
  /** Whether a match can contain "." (then it may cross a sentence boundary of the stream). */
  dot: boolean;
  /** Sets of which every match contains one string each (all of them: a conjunction); only good() sets. */
  all: readonly string[][];
  /** The most spaces a match can contain (Infinity: unbounded); the stream's words are separated by one space. */
  spaces: number;
}

const MAX_SET = 32;
/** Required-literal sets are kept up to this size (after shrink()). */
const MAX_REQ = 2048;
/** Conjunctive sets kept per part while parsing, and per pattern besides its best set. */
const MAX_ALL = 8;
const MAX_ALSO = 3;
const NONE: readonly string[][] = [];
const EMPTY: Info = { exact: [''], req: null, dot: false, all: NONE, spaces: 0 };

export interface Literals {
  /** One of these occurs in every match (ASCII strings). */
  strings: string[];
  /** Whether a match can contain "." (cross " . " in the stream). */
  dot: boolean;
  /** Other sets every match also contains one string of (each checked like `strings`); absent when none. */
  also?: string[][];
  /**
   * The most spaces a match can contain, when bounded: a match starting at a word then ends
   * before the (spaces + 1)th word after it, so its literals lie in that window (evaluate.ts).
   */
  spaces?: number;
}

class Unsupported extends Error {}

/**
 * The required literals of a pattern body, or null when none can be read off it. `common`:
 * everyday words (the lexicon's), poor literals to wait for; the rarer choice is taken.
 */
export function requiredLiterals(body: string, common: ReadonlySet<string> = NO_WORDS, memo: Map<string, unknown> = new Map()): Literals | null {
  try {
    const info = new Parser(body, common, memo as Map<string, Info>).whole();
    const strings = best(info.req, info.exact && shrink(info.exact, common), common);
    if (!strings) return null;
    const kept = minimal(strings);
    const key = [...kept].sort().join('|');
    const also: string[][] = [];
    const keys = new Set([key]);
    for (const set of [...info.all].sort((a, b) => (best(a, b, common) === a ? -1 : 1))) {
      const m = minimal(set);
      const k = [...m].sort().join('|');
      if (keys.has(k) || also.length >= MAX_ALSO) continue;
      keys.add(k);
      also.push(m);
    }
    const out: Literals = { strings: kept, dot: info.dot };
    if (also.length) out.also = also;
    if (Number.isFinite(info.spaces)) out.spaces = info.spaces;
    return out;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** A string that holds another of the set adds nothing ("idiots" after "idiot"). */
function minimal(strings: readonly string[]): string[] {
  const kept: string[] = [];
  for (const x of [...strings].sort((a, b) => a.length - b.length)) if (!kept.some((k) => x.includes(k))) kept.push(x);
  return kept;
}

/** A set worth waiting for besides the best one: usable and without everyday or short strings (those are in most sentences). */
function good(s: readonly string[] | null, common: ReadonlySet<string>): s is string[] {
  return !!s && s.length > 0 && s.length <= MAX_REQ && s.every((x) => usable(x) && !common.has(x));
}

/** `into` with the good sets of `sets` added (up to MAX_ALL, distinct objects only). */
function conjoin(into: string[][], sets: readonly (readonly string[] | null)[], common: ReadonlySet<string>): void {
  for (const set of sets) if (into.length < MAX_ALL && good(set, common) && !into.includes(set)) into.push(set);
}

/**
 * Any part of a required literal is required too: each is cut to its rarest word (not an
 * everyday word, then the longest), which keeps the scanner's table small and the literal
 * rare ("im authorized to", "im allowed to" → "authorized", "allowed").
 */
function shrink(set: string[], common: ReadonlySet<string>): string[] {
  return [...new Set(set.map((s) => rarestWord(s, common)))];
}

function rarestWord(s: string, common: ReadonlySet<string>): string {
  let out = '';
  let outCommon = true;
  for (const w of s.split(' ')) {
    if (w.length < 3) continue;
    const c = common.has(w);
    if ((outCommon && !c) || (c === outCommon && w.length > out.length)) (out = w), (outCommon = c);
  }
  return out || s;
}

function spacesIn(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** ASCII only (the stream is folded); two characters at least: a class with one short word ("dm", "pm") is still a set to wait for (17% fewer regex attempts than ≥ 3). */
const usable = (s: string) => s.length >= 2 && /^[\x01-\x7f]+$/.test(s);

/** How poor a literal is to wait for: everyday and short words occur in most drafts. */
function poor(s: string, common: ReadonlySet<string>): boolean {
  return s.length < 4 || common.has(s.trim());
}

/** The better of two candidate literal sets: fewest poor strings, then longest shortest string, then fewest strings. */
function best(a: string[] | null, b: string[] | null, common: ReadonlySet<string>): string[] | null {
  // Too short to rule much out; only ASCII goes into the scanner's table (the stream is folded).
  const ok = (s: string[] | null): s is string[] => !!s && s.length > 0 && s.length <= MAX_REQ && s.every(usable);
  if (!ok(a)) return ok(b) ? b : null;
  if (!ok(b)) return a;
  let pa = 0;
  let pb = 0;
  for (const x of a) if (poor(x, common)) pa++;
  for (const x of b) if (poor(x, common)) pb++;
  if (pa !== pb) return pa < pb ? a : b;
  const min = (s: string[]) => {
    let m = Infinity;
    for (const x of s) if (x.length < m) m = x.length;
    return m;
  };
  const [ma, mb] = [Math.min(min(a), 6), Math.min(min(b), 6)];
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** Characters with a meaning in a pattern; any other stands for itself. */
export const SPECIAL = new Set(['\\', '[', ']', '(', ')', '|', '?', '*', '+', '{', '}', '.', '^', '$']);
const QUANTIFIER = new Set(['?', '*', '+', '{']);

/** The index of the ")" closing a group whose body starts at `from`, or -1. */
export function closing(src: string, from: number): number {
  let depth = 1;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const NO_WORDS: ReadonlySet<string> = new Set();


class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly common: ReadonlySet<string>,
    /** Group text → its analysis (word classes recur in many patterns); the caller's, per set of everyday words. */
    readonly memo: Map<string, Info>,
  ) {}

  alternation(): Info {
    const first = this.sequence();
    if (this.src[this.i] !== '|') return first;
    let exact: Set<string> | null = first.exact ? new Set(first.exact) : null;
    let req: Set<string> | null = new Set();
    let dot = false;
    let spaces = 0;
    let alternatives = 0;
    for (let a = first; ; a = this.sequence()) {
      alternatives++;
      dot ||= a.dot;
      spaces = Math.max(spaces, a.spaces);
      if (exact) {
        if (a.exact && exact.size + a.exact.length <= MAX_SET) for (const x of a.exact) exact.add(x);
        else exact = null;
      }
      if (req) {
        const r = best(a.req, a.exact && shrink(a.exact, this.common), this.common);
        if (r && req.size + r.length <= MAX_REQ) for (const x of r) req.add(x);
        else req = null;
      }
      if (this.src[this.i] !== '|') break;
      this.i++;
    }
    const all: string[][] = [];
    if (alternatives > 0) conjoin(all, [req && [...req]], this.common);
    return { exact: exact && [...exact], req: req && [...req], dot, all, spaces };
  }

  sequence(): Info {
    let cur: string[] = [''];
    let exactAll = true;
    let req: string[] | null = null;
    let dot = false;
    let spaces = 0;
    const all: string[][] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.plainRun() ?? this.quantified();
      dot ||= item.dot;
      spaces += item.spaces;
      const joined: string[] | null = item.exact ? product(cur, item.exact) : null;
      if (joined) {
        cur = joined;
        continue;
      }
      exactAll = false;
      const before = shrink(cur, this.common);
      req = best(req, before, this.common);
      req = best(req, item.req, this.common);
      conjoin(all, [before, ...item.all, item.req], this.common);
      cur = item.exact ?? [''];
    }
    const last = shrink(cur, this.common);
    req = best(req, last, this.common);
    conjoin(all, [last], this.common);
    return { exact: exactAll ? cur : null, req, dot, all, spaces };
  }

  /** A run of plain characters not bound to a quantifier ("kill them"), read at once: the common case. */
  plainRun(): Info | null {
    const src = this.src;
    let j = this.i;
    while (j < src.length && !SPECIAL.has(src[j]!)) j++;
    // The last character binds to a quantifier after it ("cameras?").
    if (j < src.length && QUANTIFIER.has(src[j]!)) j--;
    if (j - this.i < 2) return null;
    const run = src.slice(this.i, j);
    this.i = j;
    return { exact: [run], req: null, dot: false, all: NONE, spaces: spacesIn(run) };
  }

  /** A group's body up to its ")", analysed once per distinct text (word classes recur in many patterns). */
  group(): Info {
    const close = closing(this.src, this.i);
    if (close < 0) throw new Unsupported();
    const text = this.src.slice(this.i, close);
    let info = this.memo.get(text);
    if (!info) {
      info = new Parser(text, this.common, this.memo).whole();
      if (this.memo.size > 20_000) this.memo.clear();
      this.memo.set(text, info);
    }
    this.i = close + 1;
    return info;
  }

  whole(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported();
    return info;
  }

  quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const [min, max] = q;
    if (this.src[this.i] === '?') this.i++; // lazy
    // Repeated spaces: none stay none; any times an unbounded count is unbounded.
    const spaces = atom.spaces === 0 ? 0 : max * atom.spaces;
    if (min === 0) return { exact: max === 1 && atom.exact ? [...new Set([...atom.exact, ''])] : null, req: null, dot: atom.dot, all: NONE, spaces };
    let exact: string[] | null = null;
    if (min === max && atom.exact) {
      exact = [''];
      for (let k = 0; k < min && exact; k++) exact = product(exact, atom.exact);
    }
    const all: string[][] = [...atom.all];
    conjoin(all, [atom.exact && shrink(atom.exact, this.common)], this.common);
    return { exact, req: best(atom.req, atom.exact && shrink(atom.exact, this.common), this.common), dot: atom.dot, all, spaces };
  }

  quantifier(): [number, number] | null {
    const c = this.src[this.i];
    if (c === '?') return this.i++, [0, 1];
    if (c === '*') return this.i++, [0, Infinity];
    if (c === '+') return this.i++, [1, Infinity];
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported();
      this.i += m[0].length;
      const min = Number(m[1]);
      return [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
    }
    return null;
  }

  atom(): Info {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      let lookaround = false;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) (this.i += 3), (lookaround = true);
      else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) (this.i += 4), (lookaround = true);
      else if (src.startsWith('(?', this.i)) throw new Unsupported();
      else this.i += 1;
      const inner = this.group();
      // A lookaround consumes nothing: it neither requires a literal in the match nor adds a ".".
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return { exact: null, req: null, dot: true, all: NONE, spaces: 1 };
    if (c === '^' || c === '$') return EMPTY;
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported();
    return { exact: [c], req: null, dot: false, all: NONE, spaces: c === ' ' ? 1 : 0 };
  }

  escape(): Info {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Unsupported();
    this.i += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'd' || e === 'w') return { exact: null, req: null, dot: false, all: NONE, spaces: 0 };
    if (e === 's') return { exact: null, req: null, dot: false, all: NONE, spaces: 1 };
    if (e === 'D' || e === 'W' || e === 'S') return { exact: null, req: null, dot: true, all: NONE, spaces: e === 'S' ? 0 : 1 };
    // A backreference repeats a group that may hold anything.
    if (/[1-9]/.test(e)) return { exact: null, req: null, dot: true, all: NONE, spaces: Infinity };
    if (e === 'n') return { exact: ['\n'], req: null, dot: false, all: NONE, spaces: 0 };
    if (e === 't') return { exact: ['\t'], req: null, dot: false, all: NONE, spaces: 0 };
    if (/[a-zA-Z0-9]/.test(e)) throw new Unsupported();
    return { exact: [e], req: null, dot: e === '.', all: NONE, spaces: e === ' ' ? 1 : 0 };
  }

  charClass(): Info {
    const src = this.src;
    let i = this.i + 1;
    const negated = src[i] === '^';
    if (negated) i++;
    const chars = new Set<string>();
    let ranged = false;
    let dot = false;
    /** Whether an escape or a range in the class can stand for a space (\s, \D, \W, a range over " "). */
    let space = false;
    for (let first = true; first || src[i] !== ']'; first = false) {
      if (i >= src.length) throw new Unsupported();
      let ch = src[i]!;
      if (ch === '\\') {
        const e = src[i + 1]!;
        i += 2;
        if (/[dws]/.test(e)) {
          ranged = true;
          space ||= e === 's';
          continue;
        }
        if (/[DWS]/.test(e)) {
          ranged = true;
          dot = true;
          space ||= e !== 'S';
          continue;
        }
        if (/[a-zA-Z0-9]/.test(e)) throw new Unsupported();
        ch = e;
      } else i++;
      if (src[i] === '-' && src[i + 1] !== ']' && src[i + 1] !== undefined) {
        let to = src[i + 1]!;
        i += 2;
        if (to === '\\') {
          to = src[i]!;
          i++;
          if (/[a-zA-Z0-9]/.test(to)) throw new Unsupported();
        }
        ranged = true;
        if (ch <= '.' && '.' <= to) dot = true;
        if (ch <= ' ' && ' ' <= to) space = true;
        continue;
      }
      chars.add(ch);
      if (ch === '.') dot = true;
    }
    this.i = i + 1;
    // A negated class holds a space unless it names one ([^ .]; [^\s] is counted as holding one: more, never fewer).
    if (negated) return { exact: null, req: null, dot: !dot && !chars.has('.'), all: NONE, spaces: chars.has(' ') ? 0 : 1 };
    return { exact: ranged || chars.size > 8 ? null : [...chars], req: null, dot, all: NONE, spaces: space || chars.has(' ') ? 1 : 0 };
  }
}

/**
 * The automaton below as it ships (JSON, built with the extension, read in the worker): only
 * the trie, numbered breadth first, and what waits for each literal. Breadth-first numbering
 * makes the trie's targets implicit (the e-th edge leads to state e + 1), literal ids follow
 * their end states, lengths are depths, and failure links and outputs are worked out on load
 * (linear in the states): ~6× smaller than the arrays themselves (issue 18: 484 KB of JSON).
 */
export interface AutomatonData {
  format: 3;
  /** The characters literals use; character i has symbol i + 1 (0: any other). */
  symbols: string;
  /** Every state's children's characters, state by state (breadth first), each state's in symbol order. */
  children: string;
  /** Per state (packInts): its number of children × 2, + 1 when a literal ends there (the literals' ids in state order). */
  shape: string;
  /**
   * Per literal (packInts): how many requirements wait for it, then their ids, ascending, as
   * gaps. A requirement is one set of literals a match contains one of: pattern p's best set
   * is requirement p; its other sets (Literals.also) are requirements kinds.length and up, in
   * pattern order.
   */
  waits: string;
  /** Per pattern id, one digit: 0 no literals (always tried), 1 literals within a sentence, 2 literals that may lie past a ".". */
  kinds: string;
  /** Per pattern id, one digit: how many other sets it has (its requirements follow the previous patterns'). */
  also: string;
  /** Per pattern id (packInts): 0 when a match can hold any number of spaces, else 1 + the most it can hold (Literals.spaces). */
  spans: string;
  /**
   * Per state (packInts), when shipped (`serialized()`): its failure link. Worked out on load
   * otherwise; read, it spares a woken worker a transition search per state (issue 18).
   */
  fail?: string;
}

/**
 * Non-negative integers as printable ASCII that JSON leaves as is: base 28, most significant
 * digit first, the last digit of each number from "#".."'>'" and the others from "?".."Z".
 */
export function packInts(values: readonly number[]): string {
  let out = '';
  for (const v of values) {
    let x = v;
    let digits = String.fromCharCode(0x23 + (x % 28));
    for (x = Math.floor(x / 28); x > 0; x = Math.floor(x / 28)) digits = String.fromCharCode(0x3f + (x % 28)) + digits;
    out += digits;
  }
  return out;
}

export function unpackInts(s: string): Int32Array {
  // One pass (this runs when a stopped worker wakes): at most one number per character.
  const out = new Int32Array(s.length);
  let x = 0;
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3f) x = x * 28 + (c - 0x3f);
    else {
      out[k++] = x * 28 + (c - 0x23);
      x = 0;
    }
  }
  return out.subarray(0, k);
}

/**
 * Finds where the patterns' required literals occur in a draft's stream, in one pass (an
 * Aho–Corasick automaton over every pattern of the policy data, built once per data: at build
 * time for the extension), and lists each occurrence under the patterns that wait for its
 * literal, in `LiteralHits` (the compiled policy's scratch). Immutable once built.
 */
export class LiteralAutomaton {
  private readonly symbol = new Uint8Array(128);
  /** The root's transitions by symbol (dense: most characters of a draft are read at the root). */
  private readonly root: Int32Array;
  /** Every state's transitions, sorted by symbol: edgeStart[s] .. edgeStart[s + 1] into edgeSym (edge e leads to state e + 1). */
  private readonly edgeStart: Int32Array;
  private readonly edgeSym: Uint8Array;
  /** Failure link of each state (the longest proper suffix that is a state). */
  private readonly fail: Int32Array;
  /** Literals ending at each state (its own, then its suffixes'): outStart[s] .. outStart[s + 1] into outs. */
  private readonly outStart: Int32Array;
  private readonly outs: Int32Array;
  private readonly lengths: Int32Array;
  /** Literal → the requirements waiting for it: waitStart[l] .. waitStart[l + 1] into waits. */
  private readonly waitStart: Int32Array;
  private readonly waits: Int32Array;
  /** Per pattern id (see AutomatonData.kinds). */
  readonly kinds: Uint8Array;
  /** Pattern p's other requirements: alsoStart[p] .. alsoStart[p + 1] (requirement ids, consecutive). */
  private readonly alsoStart: Int32Array;
  /** How many requirements literals wait for (patterns' best sets and their other sets). */
  readonly requirements: number;
  /** Per pattern id: the most spaces a match holds, or -1 (unbounded, or no literals). */
  readonly spans: Int32Array;

  constructor(readonly data: AutomatonData) {
    if (data.format !== 3) throw new Error('literal automaton: tables of another format (rebuild them)');
    const { symbols, children } = data;
    for (let i = 0; i < symbols.length; i++) this.symbol[symbols.charCodeAt(i)] = i + 1;
    const shape = unpackInts(data.shape);
    const states = shape.length;
    const edges = children.length;
    const edgeStart = (this.edgeStart = new Int32Array(states + 1));
    const edgeSym = (this.edgeSym = new Uint8Array(edges));
    const depth = new Int32Array(states);
    const own = new Int32Array(states).fill(-1);
    let literals = 0;
    for (let s = 0, e = 0; s < states; s++) {
      edgeStart[s] = e;
      if (shape[s]! & 1) own[s] = literals++;
      for (let end = e + (shape[s]! >> 1); e < end; e++) {
        edgeSym[e] = this.symbol[children.charCodeAt(e)]!;
        depth[e + 1] = depth[s]! + 1;
      }
    }
    edgeStart[states] = edges;
    this.root = new Int32Array(symbols.length + 1);
    for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) this.root[edgeSym[e]!] = e + 1;
    // Failure links and outputs, breadth first (a suffix is shallower: it comes first).
    const fail = (this.fail = new Int32Array(states));
    const outStart = (this.outStart = new Int32Array(states + 1));
    const outs: number[] = [];
    const shipped = data.fail === undefined ? null : unpackInts(data.fail);
    if (shipped && shipped.length !== states) throw new Error('literal automaton: one failure link per state expected');
    if (shipped) fail.set(shipped);
    for (let s = 0; s < states; s++) {
      if (s > 0 && !shipped) for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) fail[e + 1] = this.go(fail[s]!, edgeSym[e]!);
      outStart[s] = outs.length;
      if (own[s]! >= 0) outs.push(own[s]!);
      if (s > 0) for (let o = outStart[fail[s]!]!; o < outStart[fail[s]! + 1]!; o++) outs.push(outs[o]!);
      outStart[s + 1] = outs.length;
    }
    this.outs = Int32Array.from(outs);
    this.lengths = new Int32Array(literals);
    for (let s = 0; s < states; s++) if (own[s]! >= 0) this.lengths[own[s]!] = depth[s]!;
    const w = unpackInts(data.waits);
    this.waitStart = new Int32Array(literals + 1);
    this.waits = new Int32Array(w.length - literals);
    for (let l = 0, i = 0, k = 0; l < literals; l++) {
      this.waitStart[l] = k;
      for (let n = w[i++]!, prev = 0; n > 0; n--) this.waits[k++] = prev += w[i++]!;
    }
    this.waitStart[literals] = this.waits.length;
    const patterns = data.kinds.length;
    this.kinds = new Uint8Array(patterns);
    this.alsoStart = new Int32Array(patterns + 1);
    for (let p = 0, r = patterns; p < patterns; p++) {
      this.kinds[p] = data.kinds.charCodeAt(p) - 48;
      this.alsoStart[p] = r;
      r += data.also.charCodeAt(p) - 48;
      this.alsoStart[p + 1] = r;
    }
    this.requirements = patterns === 0 ? 0 : this.alsoStart[patterns]!;
    const spans = unpackInts(data.spans);
    if (spans.length !== patterns) throw new Error('literal automaton: one span per pattern expected');
    this.spans = spans.map((n) => n - 1);
  }

  /** The data with the failure links (the tables' form): more to parse, less to work out on load. */
  serialized(): AutomatonData {
    return { ...this.data, fail: packInts([...this.fail]) };
  }

  /** Pattern id p's requirements besides its best set (ids of requirements, see AutomatonData.waits). */
  alsoOf(p: number): number[] {
    const out: number[] = [];
    for (let r = this.alsoStart[p]!; r < this.alsoStart[p + 1]!; r++) out.push(r);
    return out;
  }

  /** The automaton for patterns 0..n-1 (by id), each waiting for one of its literals (null: none) and for one of each of its other sets. */
  static build(byPattern: readonly (Literals | null)[]): LiteralAutomaton {
    const ids = new Map<string, number>();
    const waiting: number[][] = [];
    const wait = (strings: readonly string[], requirement: number) => {
      for (const s of strings) {
        let id = ids.get(s);
        if (id === undefined) {
          ids.set(s, (id = waiting.length));
          waiting.push([]);
        }
        if (!waiting[id]!.includes(requirement)) waiting[id]!.push(requirement);
      }
    };
    byPattern.forEach((lit, p) => wait(lit?.strings ?? [], p));
    let requirement = byPattern.length;
    for (const lit of byPattern) for (const set of lit?.also ?? []) wait(set, requirement++);
    const literals = [...ids.keys()];
    let symbols = '';
    for (const s of literals) for (const ch of s) if (!symbols.includes(ch)) symbols += ch;
    // The trie, as maps; then numbered breadth first, children in symbol order.
    const next: Map<number, number>[] = [new Map()];
    const own: number[] = [-1];
    literals.forEach((s, id) => {
      let state = 0;
      for (const ch of s) {
        const c = symbols.indexOf(ch) + 1;
        let to = next[state]!.get(c);
        if (to === undefined) {
          next[state]!.set(c, (to = next.length));
          next.push(new Map());
          own.push(-1);
        }
        state = to;
      }
      own[state] = id;
    });
    let children = '';
    const shape: number[] = [];
    const waits: number[] = [];
    for (let q = [0], k = 0; k < q.length; k++) {
      const state = q[k]!;
      const syms = [...next[state]!.keys()].sort((a, b) => a - b);
      for (const c of syms) {
        children += symbols[c - 1]!;
        q.push(next[state]!.get(c)!);
      }
      shape.push(syms.length * 2 + (own[state]! >= 0 ? 1 : 0));
      if (own[state]! >= 0) {
        const w = [...waiting[own[state]!]!].sort((a, b) => a - b);
        waits.push(w.length, ...w.map((x, i) => x - (i > 0 ? w[i - 1]! : 0)));
      }
    }
    return new LiteralAutomaton({
      format: 3,
      symbols,
      children,
      shape: packInts(shape),
      waits: packInts(waits),
      kinds: byPattern.map((l) => (!l ? 0 : l.dot ? 2 : 1)).join(''),
      also: byPattern
        .map((l) => {
          const n = l?.also?.length ?? 0;
          if (n > 9) throw new Error('literal automaton: more than 9 other sets for one pattern');
          return n;
        })
        .join(''),
      spans: packInts(byPattern.map((l) => (l?.spaces === undefined ? 0 : l.spaces + 1))),
    });
  }

  private go(state: number, c: number): number {
    for (let s = state; s !== 0; s = this.fail[s]!) {
      const { edgeStart, edgeSym } = this;
      for (let e = edgeStart[s]!, end = edgeStart[s + 1]!; e < end; e++) {
        const sym = edgeSym[e]!;
        if (sym === c) return e + 1;
        if (sym > c) break;
      }
    }
    return this.root[c]!;
  }

  /** Lists every literal occurrence in `stream` in `hits` (for its maybe() until the next scan). */
  scan(stream: string, hits: LiteralHits): void {
    hits.start();
    const { symbol, outStart, outs, lengths, waitStart, waits } = this;
    let state = 0;
    for (let i = 0; i < stream.length; i++) {
      const code = stream.charCodeAt(i);
      const c = code < 128 ? symbol[code]! : 0;
      state = c === 0 ? 0 : state === 0 ? this.root[c]! : this.go(state, c);
      for (let o = outStart[state]!, end = outStart[state + 1]!; o < end; o++) {
        const id = outs[o]!;
        const pos = i + 1 - lengths[id]!;
        for (let w = waitStart[id]!, wend = waitStart[id + 1]!; w < wend; w++) hits.add(waits[w]!, pos);
      }
    }
  }
}

/**
 * One draft's literal occurrences, per pattern of a compiled policy, and a cursor per pattern:
 * "can pattern p match from here on in this sentence?". Scratch of the compiled policy: per
 * draft it allocates nothing but the occurrence arrays' growth.
 */
export class LiteralHits {
  private draft = 0;
  private readonly stamp: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly cursor: Int32Array;
  private occPos = new Int32Array(256);
  private occNext = new Int32Array(256);
  private occCount = 0;

  /** `local[id]`: the policy's slot (its pattern, or one of its other requirements) for the data's requirement id, or -1 (not in this policy). */
  constructor(private readonly local: Int32Array, count: number) {
    this.stamp = new Int32Array(count);
    this.head = new Int32Array(count);
    this.tail = new Int32Array(count);
    this.cursor = new Int32Array(count);
  }

  start(): void {
    this.draft = (this.draft + 1) | 0 || 1;
    this.occCount = 0;
  }

  add(id: number, pos: number): void {
    const p = this.local[id]!;
    if (p < 0) return;
    if (this.stamp[p] === this.draft) {
      // Already listed at a later start (a longer literal ending here): positions stay in order.
      if (this.occPos[this.tail[p]!]! >= pos) return;
    }
    if (this.occCount === this.occPos.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.occPos = grow(this.occPos);
      this.occNext = grow(this.occNext);
    }
    const k = this.occCount++;
    this.occPos[k] = pos;
    this.occNext[k] = -1;
    if (this.stamp[p] !== this.draft) {
      this.stamp[p] = this.draft;
      this.head[p] = this.cursor[p] = k;
    } else this.occNext[this.tail[p]!] = k;
    this.tail[p] = k;
  }

  /** Whether one of pattern p's literals occurs anywhere in the draft (what maybe() asks first). */
  any(p: number): boolean {
    return this.stamp[p] === this.draft;
  }

  /** Whether one of pattern p's literals starts in [from, to). Calls for one pattern come with `from` non-decreasing (rewind() restarts). */
  maybe(p: number, from: number, to: number): boolean {
    if (this.stamp[p] !== this.draft) return false;
    let c = this.cursor[p]!;
    while (c >= 0 && this.occPos[c]! < from) c = this.occNext[c]!;
    this.cursor[p] = c;
    return c >= 0 && this.occPos[c]! < to;
  }

  /** Restart pattern p's cursor at the stream's start. */
  rewind(p: number): void {
    if (this.stamp[p] === this.draft) this.cursor[p] = this.head[p]!;
  }
}
