/**
 * Phrase patterns run over the word stream as programs instead of regular expressions
 * (docs/engine-matcher.md). A pattern is read in the pattern language of patterns.ts with its
 * word classes kept as names: `{class}` becomes one instruction that looks the words up in the
 * class's phrase trie (a Map per word), where the RegExp spells the class out as an
 * alternation of thousands of words that V8 must parse, compile and tier up on first use.
 *
 * The stream is read as symbols: word, space, word, space, … (split at every " ", so "." and an
 * empty word are words too). A pattern is accepted when every part of it is aligned to those
 * symbols: a word class or a run of in-word pieces ("cameras?", "[0-9]+", "[^ .]+") covers whole
 * words, a " " is the space between two; anything else (an optional space "re ?elect", \b, a
 * backreference, unbounded repetition of words) keeps its RegExp. Runs of in-word pieces are
 * tested on one word (string equality, a set, or a small anchored RegExp); lookarounds without a
 * word class run as small sticky RegExps on the stream at that offset; lookarounds with a class
 * run as programs of their own (a lookbehind backwards), their answers memoized per position.
 *
 * The program is simulated as a Pike VM (Thompson's construction, threads kept in priority
 * order, one thread per instruction and position): the leftmost-first match a backtracking
 * RegExp finds, with the same end, in time linear in the words it reads. Class entries that
 * match at one position are prefixes of one another, so "longest first" (the alternation's order)
 * is "most words first", and a class's thread waits in its priority slot until its words are read.
 */

/** A word class as the program reads it: its entries' words, as a trie, both ways. */
export interface ClassTrie {
  forward: TrieNode;
  backward: TrieNode;
}
interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode> | null;
}

function trieOf(entries: readonly string[][]): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const words of entries) {
    let node = root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { end: false, next: null }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** A class's entries (phrases, words separated by " "), as tries. */
export function classTrie(entries: readonly string[]): ClassTrie {
  const split = entries.map((e) => e.split(' '));
  return { forward: trieOf(split), backward: trieOf(split.map((w) => [...w].reverse())) };
}

/** The entries of a class expansion written by patterns.ts (`(?:a|b c|d\.e)`), unescaped. */
export function macroEntries(macro: string): string[] {
  if (!macro.startsWith('(?:') || !macro.endsWith(')')) throw new Error('not a class expansion');
  const out: string[] = [];
  let cur = '';
  for (let i = 3; i < macro.length - 1; i++) {
    const c = macro[i]!;
    if (c === '\\') cur += macro[++i]!;
    else if (c === '|') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

// ---------- parsing (the regex subset patterns use, classes kept as names) ----------

type Node =
  | { t: 'chr'; from: number; to: number; space: boolean }
  /** \b, \B, ^, $: read only inside a lookaround without a class (a small RegExp on the stream). */
  | { t: 'edge' }
  | { t: 'sp' }
  | { t: 'cls'; name: string }
  | { t: 'seq'; items: Node[]; from: number; to: number }
  | { t: 'alt'; alts: Node[]; from: number; to: number }
  | { t: 'rep'; node: Node; min: number; max: number; lazy: boolean; from: number; to: number }
  | { t: 'look'; behind: boolean; neg: boolean; node: Node; from: number; to: number };

class Unsupported extends Error {}

class Parser {
  i = 0;
  constructor(readonly src: string) {}
  whole(): Node {
    const n = this.alt();
    if (this.i !== this.src.length) throw new Unsupported();
    return n;
  }
  alt(): Node {
    const from = this.i;
    const alts = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts, from, to: this.i };
  }
  seq(): Node {
    const from = this.i;
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified());
    return { t: 'seq', items, from, to: this.i };
  }
  quantified(): Node {
    const from = this.i;
    const atom = this.atom();
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') (min = 0), (max = 1), this.i++;
    // Unbounded: inside a word only (a word's test); over words the Compiler refuses it.
    else if (c === '*' || c === '+') (min = c === '*' ? 0 : 1), (max = Infinity), this.i++;
    else if (c === '{' && /^\{\d/.test(this.src.slice(this.i, this.i + 2))) {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported();
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return atom;
    const lazy = this.src[this.i] === '?';
    if (lazy) this.i++;
    return { t: 'rep', node: atom, min, max, lazy, from, to: this.i };
  }
  atom(): Node {
    const src = this.src;
    const from = this.i;
    const c = src[this.i]!;
    if (c === '(') {
      let look: { behind: boolean; neg: boolean } | null = null;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) (look = { behind: false, neg: src[this.i + 2] === '!' }), (this.i += 3);
      else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) (look = { behind: true, neg: src[this.i + 3] === '!' }), (this.i += 4);
      else if (src[this.i + 1] === '?') throw new Unsupported();
      else this.i += 1;
      const node = this.alt();
      if (src[this.i] !== ')') throw new Unsupported();
      this.i++;
      if (look) return { t: 'look', ...look, node, from, to: this.i };
      return { t: 'seq', items: [node], from, to: this.i };
    }
    if (c === '{') {
      const m = /^\{([a-z_]+)\}/.exec(src.slice(this.i));
      if (!m) throw new Unsupported();
      this.i += m[0].length;
      return { t: 'cls', name: m[1]! };
    }
    if (c === ' ') return this.i++, { t: 'sp' };
    if (c === '[') {
      let j = this.i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new Unsupported();
      this.i = j + 1;
      return { t: 'chr', from, to: this.i, space: matchesSpace(src.slice(from, this.i)) };
    }
    if (c === '\\') {
      const e = src[this.i + 1];
      if (e === 'b' || e === 'B') return (this.i += 2), { t: 'edge' };
      // Backreferences, named and code escapes: the RegExp keeps them.
      if (e === undefined || /[1-9kpPuxc0]/.test(e)) throw new Unsupported();
      if (e === ' ') return (this.i += 2), { t: 'sp' };
      this.i += 2;
      return { t: 'chr', from, to: this.i, space: matchesSpace(src.slice(from, this.i)) };
    }
    if (c === '^' || c === '$') return this.i++, { t: 'edge' };
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '}') throw new Unsupported();
    this.i++;
    return { t: 'chr', from, to: this.i, space: matchesSpace(src.slice(from, this.i)) };
  }
}

// ---------- what each part covers: whole words and the spaces between them ----------

/** A predicate on one word. */
type WordTest = (w: string) => boolean;

type SNode =
  | { t: 'word'; test: WordTest }
  | { t: 'sp' }
  | { t: 'cls'; name: string }
  | { t: 'seq'; items: SNode[] }
  | { t: 'alt'; alts: SNode[] }
  | { t: 'rep'; node: SNode; min: number; max: number; lazy: boolean }
  | { t: 'look'; look: Look };

/** A lookaround: a small sticky RegExp on the stream (no class inside), or a program of its own. */
interface Look {
  id: number;
  /** 1: (?![^ .]) (a word ends here), 2: (?<![^ .]) (a word starts here), read off the stream directly; 0: other. */
  edge: number;
  behind: boolean;
  neg: boolean;
  re: RegExp | null;
  prog: Program | null;
  /** The body as words and spaces (a lookbehind's as written, not reversed); null with `re`. */
  body: SNode | null;
}

const SPECIAL = /[\\[\]().*+?^${}|]/;
/** Whether a node stays inside one word: no space, class or lookaround, and no piece that can match a space ("[^.]", "."). */
function inWord(n: Node): boolean {
  switch (n.t) {
    case 'chr':
      return !n.space;
    case 'sp':
    case 'cls':
    case 'look':
    case 'edge':
      return false;
    case 'seq':
      return n.items.every(inWord);
    case 'alt':
      return n.alts.every(inWord);
    case 'rep':
      return inWord(n.node);
  }
}
function hasClass(n: Node): boolean {
  switch (n.t) {
    case 'cls':
      return true;
    case 'chr':
    case 'sp':
    case 'edge':
      return false;
    case 'seq':
      return n.items.some(hasClass);
    case 'alt':
      return n.alts.some(hasClass);
    case 'rep':
    case 'look':
      return hasClass(n.node);
  }
}

/** Programs and shared pieces built while compiling (word tests by source, lookaround ids). */
export interface MatcherCache {
  tests: Map<string, WordTest>;
  looks: Map<string, Look>;
  /** Class tries by name (built on first use from the class's expansion). */
  classes: Map<string, ClassTrie>;
  /** A program's needed choices of classes (`WordProgram.needs`), by their sorted names. */
  needs: Map<string, Need>;
}

export function matcherCache(): MatcherCache {
  return { tests: new Map(), looks: new Map(), classes: new Map(), needs: new Map() };
}

/** Whether one character piece ("a", "\\$", "[^ .]", ".") can match a space: then it is not inside a word. */
function matchesSpace(s: string): boolean {
  return s.length > 1 || s === '.' ? new RegExp(`^(?:${s})$`).test(' ') : s === ' ';
}

const NOT_DOT_WORD: WordTest = (w) => w.length > 0 && w.indexOf('.') < 0;

function wordTest(src: string, cache: MatcherCache): WordTest {
  let test = cache.tests.get(src);
  if (test) return test;
  if (src === '[^ .]+') test = NOT_DOT_WORD;
  else if (!SPECIAL.test(src)) test = (w) => w === src;
  else {
    const alts = /^\(\?:([^\\[\]().*+?^${}]*)\)$/.exec(src);
    if (alts) {
      const set = new Set(alts[1]!.split('|'));
      test = (w) => set.has(w);
    } else {
      const re = new RegExp(`^(?:${src})$`);
      test = (w) => re.test(w);
    }
  }
  cache.tests.set(src, test);
  return test;
}

/** The pattern's parts as words and spaces; throws Unsupported when a part is not aligned to them. */
function toSymbols(n: Node, src: string, cache: MatcherCache, classOf: (name: string) => ClassTrie): SNode {
  // An empty alternative ("(?:{x}|)") reads nothing; it is not a test on an empty word.
  if (n.t === 'seq' && n.items.length === 0) return { t: 'seq', items: [] };
  if (inWord(n)) {
    // One run of in-word pieces: a test on one word. A piece that can match a space is not.
    return { t: 'word', test: wordTest(src.slice((n as { from: number }).from, (n as { to: number }).to), cache) };
  }
  switch (n.t) {
    case 'sp':
      return { t: 'sp' };
    case 'chr': // a piece that can match a space
    case 'edge':
      throw new Unsupported();
    case 'cls':
      classOf(n.name);
      return { t: 'cls', name: n.name };
    case 'alt':
      return { t: 'alt', alts: n.alts.map((a) => toSymbols(a, src, cache, classOf)) };
    case 'rep':
      return { t: 'rep', node: toSymbols(n.node, src, cache, classOf), min: n.min, max: n.max, lazy: n.lazy };
    case 'look': {
      const key = src.slice(n.from, n.to);
      let look = cache.looks.get(key);
      if (!look) {
        const body = hasClass(n.node) ? toSymbols(n.node, src, cache, classOf) : null;
        look = {
          id: cache.looks.size,
          edge: edgeKind(key),
          behind: n.behind,
          neg: n.neg,
          re: body ? null : new RegExp(key, 'y'),
          prog: null,
          body,
        };
        if (body) {
          // A lookbehind's body is read backwards from where it stands.
          const dir = n.behind ? -1 : 1;
          const code = new Compiler(dir);
          code.emit(n.behind ? reversed(body) : body);
          code.ops.push([MATCH]);
          look.prog = { ops: code.ops, dir, classOf };
        }
        cache.looks.set(key, look);
      }
      return { t: 'look', look };
    }
    case 'seq': {
      // Consecutive in-word pieces are one word's test.
      const items: SNode[] = [];
      let run: Node[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const from = (run[0] as { from: number }).from;
        const to = (run[run.length - 1] as { to: number }).to;
        items.push({ t: 'word', test: wordTest(src.slice(from, to), cache) });
        run = [];
      };
      for (const item of n.items) {
        if (inWord(item)) {
          run.push(item);
          continue;
        }
        flush();
        items.push(toSymbols(item, src, cache, classOf));
      }
      flush();
      return items.length === 1 ? items[0]! : { t: 'seq', items };
    }
    default:
      throw new Unsupported();
  }
}

/** A sequence of one part is that part. */
function single(n: SNode): SNode {
  return n.t === 'seq' && n.items.length === 1 ? single(n.items[0]!) : n;
}

function reversed(n: SNode): SNode {
  switch (n.t) {
    case 'seq':
      return { t: 'seq', items: n.items.map(reversed).reverse() };
    case 'alt':
      return { t: 'alt', alts: n.alts.map(reversed) };
    case 'rep':
      return { ...n, node: reversed(n.node) };
    default:
      return n;
  }
}

/**
 * Alignment: 'W' at a word's start, 'S' at a word's end (before a space or the end). A word or
 * class goes W → S, a space S → W (read backwards: the other way); lookarounds stay. Every
 * alternative must leave where the others leave, a repeated part where it began. Returns the
 * state after `n` from `at`, or null when not aligned.
 */
type At = 'W' | 'S';
function after(n: SNode, at: At, back: boolean): At | null {
  const [from, to]: [At, At] = back ? ['S', 'W'] : ['W', 'S'];
  switch (n.t) {
    case 'word':
    case 'cls':
      return at === from ? to : null;
    case 'sp':
      return at === to ? from : null;
    case 'look': {
      // Its body must be aligned from here (a lookbehind's read backwards from here).
      const { body, behind } = n.look;
      if (body && after(behind ? reversed(body) : body, at, behind) === null) return null;
      return at;
    }
    case 'seq': {
      let s: At | null = at;
      for (const item of n.items) if ((s = s && after(item, s, back)) === null) return null;
      return s;
    }
    case 'alt': {
      let out: At | null | undefined;
      for (const a of n.alts) {
        const s = after(a, at, back);
        if (s === null || (out !== undefined && s !== out)) return null;
        out = s;
      }
      return out ?? null;
    }
    case 'rep': {
      if (n.max === 0) return at;
      const s = after(n.node, at, back);
      if (s === null) return null;
      if ((n.max > 1 || n.min !== n.max) && s !== at) return null;
      return s;
    }
  }
}

/** Whether a part can match the empty string (a repeated part that can is left to the RegExp: ES's empty-iteration rule). */
function nullable(n: SNode): boolean {
  switch (n.t) {
    case 'word':
      return n.test('');
    case 'sp':
    case 'cls':
      return false;
    case 'look':
      return true;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.alts.some(nullable);
    case 'rep':
      return n.min === 0 || nullable(n.node);
  }
}

// ---------- programs ----------

const WORD = 0;
const SP = 1;
const CLS = 2;
const SPLIT = 3;
const JMP = 4;
const LOOK = 5;
const MATCH = 6;
/** [op, a, b]: WORD test, CLS trie, SPLIT preferred/other, JMP target, LOOK look. */
type Op = [number, ...unknown[]];

interface Program {
  ops: Op[];
  /** 1: reads forwards; -1: backwards (a lookbehind's body). */
  dir: 1 | -1;
  classOf: (name: string) => ClassTrie;
  /** Scratch reused by every run (a program never runs inside itself): no allocation per attempt. */
  scratch?: Scratch;
}

interface Scratch {
  /** seen[pc] === gen: pc is already in the list being built (gen: one number per list). */
  seen: Int32Array;
  gen: number;
  /** The current and the next thread list (swapped per symbol). */
  cur: Threads;
  nxt: Threads;
  ends: number[];
}

/**
 * A thread list: pc and the boundary it waits for, in typed arrays with a count. Plain arrays
 * emptied with `length = 0` per symbol were a sixth of the programs' time (V8's "set length").
 */
class Threads {
  pc = new Int32Array(16);
  wake = new Int32Array(16);
  n = 0;
  push(pc: number, wake: number): void {
    if (this.n === this.pc.length) {
      const pcs = new Int32Array(this.n * 2);
      const wakes = new Int32Array(this.n * 2);
      pcs.set(this.pc);
      wakes.set(this.wake);
      this.pc = pcs;
      this.wake = wakes;
    }
    this.pc[this.n] = pc;
    this.wake[this.n++] = wake;
  }
}

function scratchOf(prog: Program): Scratch {
  return (prog.scratch ??= { seen: new Int32Array(prog.ops.length), gen: 0, cur: new Threads(), nxt: new Threads(), ends: [] });
}

class Compiler {
  ops: Op[] = [];
  constructor(readonly dir: 1 | -1) {}
  emit(n: SNode): void {
    const ops = this.ops;
    switch (n.t) {
      case 'word':
        ops.push([WORD, n.test]);
        return;
      case 'sp':
        ops.push([SP]);
        return;
      case 'cls':
        ops.push([CLS, n.name]);
        return;
      case 'look':
        ops.push([LOOK, n.look]);
        return;
      case 'seq':
        for (const item of n.items) this.emit(item);
        return;
      case 'alt': {
        // SPLIT a, next; a: …; JMP end; next: SPLIT b, …
        const jumps: Op[] = [];
        n.alts.forEach((a, k) => {
          if (k < n.alts.length - 1) {
            const split: Op = [SPLIT, ops.length + 1, -1];
            ops.push(split);
            this.emit(a);
            const jmp: Op = [JMP, -1];
            ops.push(jmp);
            jumps.push(jmp);
            split[2] = ops.length;
          } else this.emit(a);
        });
        for (const j of jumps) j[1] = ops.length;
        return;
      }
      case 'rep': {
        // "(?:{~2})?": an optional part that is itself "up to N" (greedy) tries the same words in
        // the same order without the outer "?" (its empty try comes last either way).
        const inner = single(n.node);
        if (n.min === 0 && n.max === 1 && !n.lazy && inner.t === 'rep' && inner.min === 0 && !inner.lazy && !nullable(inner.node)) return this.emit(inner);
        if (n.max !== n.min && nullable(n.node)) throw new Unsupported();
        if (n.max === Infinity) throw new Unsupported();
        for (let k = 0; k < n.min; k++) this.emit(n.node);
        // Optional copies, nested: (x(x(x)?)?)? — greedy prefers entering, lazy skipping.
        const splits: Op[] = [];
        for (let k = n.min; k < n.max; k++) {
          const split: Op = [SPLIT, -1, -1];
          ops.push(split);
          splits.push(split);
          const enter = ops.length;
          this.emit(n.node);
          split[n.lazy ? 2 : 1] = enter;
        }
        for (const s of splits) s[n.lazy ? 1 : 2] = ops.length;
        return;
      }
    }
  }
}

/** A pattern's program: `matchAt` gives where a match starting at a word ends. */
export interface WordProgram {
  prog: Program;
  /**
   * Word classes every match reads an entry of: each list is a choice (`(?:{a}|{b})`: one of
   * them). A necessary condition matchAt() checks before a run when it knows how far a match
   * can reach: an entry of each choice starts at a word within that reach.
   */
  needs: Need[];
}

/**
 * A choice of classes a match needs, by first word: first word → the nodes its entries reach
 * after it, one per class of the choice starting with it. One lookup per word for the whole
 * choice (a walk of each class's trie per word was a fifth of the engine's time).
 */
class Need {
  readonly first = new Map<string, TrieNode[]>();
  /**
   * What one draft's checks found so far (they come with `first` mostly non-decreasing): `hit`
   * the first word at or after `lo` where an entry starts (-1: none known), and no entry starts
   * from `lo` to `hi`. For `draft` (WordView.id).
   */
  draft = -1;
  lo = 0;
  hi = -1;
  hit = -1;
}

function needOf(names: readonly string[], cache: MatcherCache, classOf: (name: string) => ClassTrie): Need {
  const key = [...names].sort().join('|');
  let need = cache.needs.get(key);
  if (!need) {
    need = new Need();
    for (const name of names) for (const [w, node] of classOf(name).forward.next ?? []) index(need.first, w, node);
    cache.needs.set(key, need);
  }
  return need;
}

function index<T>(by: Map<string, T[]>, key: string, value: T): void {
  const list = by.get(key);
  if (list) list.push(value);
  else by.set(key, [value]);
}

/** The classes every match of `n` reads an entry of (lists of alternatives); lookarounds consume nothing and count for nothing. */
function needsOf(n: SNode): string[][] {
  switch (n.t) {
    case 'cls':
      return [[n.name]];
    case 'seq':
      return n.items.flatMap(needsOf);
    case 'rep':
      return n.min >= 1 ? needsOf(n.node) : [];
    case 'alt': {
      // Each alternative's first need, together: a match reads one of them.
      const out = new Set<string>();
      for (const a of n.alts) {
        const first = needsOf(a)[0];
        if (!first) return [];
        for (const c of first) out.add(c);
      }
      return [[...out]];
    }
    default:
      return [];
  }
}

/** Whether an entry of the need starts at word k. */
function entryAt(need: Need, words: readonly string[], k: number): boolean {
  const nodes = need.first.get(words[k]!);
  if (nodes === undefined) return false;
  for (let c = 0; c < nodes.length; c++) {
    let node: TrieNode | undefined = nodes[c]!;
    for (let j = k + 1; ; j++) {
      if (node.end) return true;
      if (j >= words.length || !(node = node.next?.get(words[j]!))) break;
    }
  }
  return false;
}

/** Whether each of the program's needs has an entry starting at a word from `first` to `last`. */
function needsHold(needs: readonly Need[], view: WordView, first: number, last: number): boolean {
  const words = view.words;
  for (let n = 0; n < needs.length; n++) {
    const need = needs[n]!;
    if (need.draft !== view.id || first < need.lo) {
      need.draft = view.id;
      need.lo = first;
      need.hi = first - 1;
      need.hit = -1;
    }
    if (need.hit >= first) {
      if (need.hit > last) return false;
      continue;
    }
    // No entry known from `first` on: what is known empty is skipped, the rest read.
    need.lo = first;
    need.hit = -1;
    let found = -1;
    for (let j = Math.max(first, need.hi + 1); j <= last; j++) {
      if (entryAt(need, words, j)) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      if (last > need.hi) need.hi = last;
      return false;
    }
    need.hit = found;
    need.hi = found - 1;
  }
  return true;
}

/**
 * The program for a pattern (template-expanded, `{~N}` written out, classes kept as names), or
 * null when some part of it is not aligned to words (then the caller keeps the RegExp).
 */
export function compileWordProgram(src: string, cache: MatcherCache, classOf: (name: string) => ClassTrie): WordProgram | null {
  try {
    const ast = new Parser(src).whole();
    const body = toSymbols(ast, src, cache, classOf);
    if (after(body, 'W', false) === null) return null;
    const code = new Compiler(1);
    code.emit(body);
    // The RegExp's (?![^ .]): a match ends at a word's end.
    code.ops.push([LOOK, lookOf('(?![^ .])', cache)]);
    code.ops.push([MATCH]);
    // The needs, each choice once, the lead's first (it holds at the start: found at once).
    const seen = new Set<string>();
    const needs: Need[] = [];
    for (const choice of needsOf(body)) {
      const key = [...choice].sort().join('|');
      if (!seen.has(key)) seen.add(key), needs.push(needOf(choice, cache, classOf));
    }
    return { prog: { ops: code.ops, dir: 1, classOf }, needs };
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

const edgeKind = (key: string) => (key === '(?![^ .])' ? 1 : key === '(?<![^ .])' ? 2 : 0);

function lookOf(key: string, cache: MatcherCache): Look {
  let look = cache.looks.get(key);
  if (!look) cache.looks.set(key, (look = { id: cache.looks.size, edge: edgeKind(key), behind: key.startsWith('(?<'), neg: key[key.startsWith('(?<') ? 3 : 2] === '!', re: new RegExp(key, 'y'), prog: null, body: null }));
  return look;
}

// ---------- one draft's words ----------

/**
 * A draft's stream as words (split at every " "), with where each starts, and the answers of
 * lookarounds asked so far. `ok` false when a word holds a "." besides the "." word itself
 * (then `[^ .]` and the word edges of the RegExp can stop inside a word: the RegExp runs).
 */
let views = 0;

export class WordView {
  /** A number per view (a draft's), for what is kept per draft elsewhere (Need). */
  readonly id = (views = (views + 1) | 0);
  readonly words: string[];
  readonly starts: Int32Array;
  readonly ok: boolean;
  /** Symbols: word 0, space, word 1, …, the last word (2·words − 1 of them); boundary b is before symbol b. */
  readonly symbols: number;
  private readonly memo = new Map<number, boolean>();
  constructor(readonly stream: string) {
    const words = (this.words = stream.split(' '));
    const starts = (this.starts = new Int32Array(words.length));
    let ok = true;
    for (let k = 0, pos = 0; k < words.length; k++) {
      starts[k] = pos;
      const w = words[k]!;
      pos += w.length + 1;
      if (ok && w.length > 1 && w.indexOf('.') >= 0) ok = false;
    }
    this.ok = ok;
    this.symbols = words.length * 2 - 1;
  }
  /** The character offset of boundary b. */
  offset(b: number): number {
    return b & 1 ? this.starts[(b - 1) >> 1]! + this.words[(b - 1) >> 1]!.length : this.starts[b >> 1]!;
  }
  /** The word starting at character `at`, or -1. */
  wordAt(at: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = starts[mid]!;
      if (s === at) return mid;
      if (s < at) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  holds(look: Look, b: number): boolean {
    if (look.edge !== 0) {
      // The character after (before) boundary b is a space, a "." or nothing.
      const stream = this.stream;
      const at = this.offset(b) - (look.edge === 2 ? 1 : 0);
      if (at < 0 || at >= stream.length) return true;
      const c = stream.charCodeAt(at);
      return c === 32 || c === 46;
    }
    // Small-integer keys (a fixed 4,194,304 per look made most keys heap numbers, hashed slowly).
    const key = look.id * (this.symbols + 1) + b;
    let v = this.memo.get(key);
    if (v === undefined) {
      if (look.re) {
        look.re.lastIndex = this.offset(b);
        v = look.re.test(this.stream);
      } else v = run(look.prog!, this, b, true) >= 0 !== look.neg;
      this.memo.set(key, v);
    }
    return v;
  }
}

/**
 * Where a match of `p` starting at character `at` (a word's start) ends, or -1; -2 when the view
 * cannot say (run the RegExp). `spaces`: the most spaces a match holds, when known (-1: not
 * bounded): then the program runs only when every class it needs has an entry within that reach.
 */
export function matchAt(p: WordProgram, view: WordView, at: number, spaces = -1): number {
  if (!view.ok) return -2;
  const k = view.wordAt(at);
  if (k < 0) return -2;
  if (spaces >= 0 && p.needs.length > 0 && !needsHold(p.needs, view, k, Math.min(view.words.length - 1, k + spaces))) return -1;
  const end = run(p.prog, view, 2 * k, false);
  return end < 0 ? -1 : view.offset(end);
}

/**
 * The Pike VM. Threads are kept in priority order (a backtracking RegExp's order of trying);
 * each list holds at most one ready thread per instruction at its boundary, plus class threads
 * waiting for the boundary their words end at (a duplicate is dropped when it wakes). A match
 * drops every thread after it. `any`: only whether something matches (lookarounds).
 * Returns the end boundary of the leftmost-first match, or -1.
 */
function run(prog: Program, view: WordView, b0: number, any: boolean): number {
  const { ops, dir } = prog;
  const sc = scratchOf(prog);
  if (sc.gen > 2_000_000_000) sc.seen.fill((sc.gen = 0));
  let cur = sc.cur;
  let nxt = sc.nxt;
  // (A run that returned early, `any`, may have left threads behind.)
  cur.n = nxt.n = 0;
  const ends = sc.ends;
  let matched = -1;
  const words = view.words;
  const symbols = view.symbols;

  add(prog, sc, view, 0, b0, ++sc.gen, cur);
  for (let b = b0; cur.n > 0; b += dir) {
    const next = b + dir;
    const gen = ++sc.gen;
    const cpc = cur.pc;
    const cwake = cur.wake;
    for (let t = 0; t < cur.n; t++) {
      const pc = cpc[t]!;
      const wake = cwake[t]!;
      if (wake !== b) {
        // A class thread still reading its words.
        if (wake === next) add(prog, sc, view, pc, next, gen, nxt);
        else nxt.push(pc, wake);
        continue;
      }
      const op = ops[pc]!;
      const code = op[0];
      if (code === MATCH) {
        matched = b;
        if (any) return b;
        break; // lower-priority threads are dropped
      }
      // The symbol read: forwards sym[b], backwards sym[b - 1].
      const sym = dir === 1 ? b : b - 1;
      if (sym < 0 || sym >= symbols) continue;
      if (code === WORD) {
        if ((sym & 1) === 0 && (op[1] as WordTest)(words[sym >> 1]!)) add(prog, sc, view, pc + 1, next, gen, nxt);
      } else if (code === SP) {
        if (sym & 1) add(prog, sc, view, pc + 1, next, gen, nxt);
      } else if (code === CLS) {
        if (sym & 1) continue;
        // Looked up once per instruction, then kept in it (a Map lookup per class step was 3 % of the programs' time).
        const trie = (op[2] ??= prog.classOf(op[1] as string)) as ClassTrie;
        // The entries matching here, most words first: collect their end boundaries.
        let node: TrieNode | undefined = dir === 1 ? trie.forward : trie.backward;
        ends.length = 0;
        for (let k = sym >> 1; k >= 0 && k < words.length; k += dir) {
          node = node.next?.get(words[k]!);
          if (!node) break;
          if (node.end) ends.push(dir === 1 ? 2 * k + 1 : 2 * k);
        }
        for (let e = ends.length - 1; e >= 0; e--) {
          const end = ends[e]!;
          if (end === next) add(prog, sc, view, pc + 1, next, gen, nxt);
          // A thread waiting for the same instruction and end as an earlier one is dropped when
          // both wake (add() sees the instruction already listed): no need to look for it here.
          else nxt.push(pc + 1, end);
        }
      }
    }
    const done = cur;
    cur = nxt;
    nxt = done;
    nxt.n = 0;
  }
  return matched;
}

/** Follows SPLIT, JMP and LOOK from pc at boundary b, adding what consumes (or matches) to the list, in priority order. */
function add(prog: Program, sc: Scratch, view: WordView, pc: number, b: number, gen: number, list: Threads): void {
  const ops = prog.ops;
  const seen = sc.seen;
  for (;;) {
    if (seen[pc] === gen) return;
    seen[pc] = gen;
    const op = ops[pc]!;
    const code = op[0];
    if (code === JMP) pc = op[1] as number;
    else if (code === SPLIT) {
      add(prog, sc, view, op[1] as number, b, gen, list);
      pc = op[2] as number;
    } else if (code === LOOK) {
      if (!view.holds(op[1] as Look, b)) return;
      pc++;
    } else {
      list.push(pc, b);
      return;
    }
  }
}
