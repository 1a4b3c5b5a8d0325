/**
 * The engine's tables: what compiling any policy from one policy data works out the same way
 * whatever the settings (the speller's and the disguise reader's vocabularies, every word class
 * expanded, the words each class can start with, each pattern's required literals, each term
 * folded into its words). Worked out once per data (`sharedOf`), or read from `EngineTables`,
 * their serialized form, built with the extension (scripts/engine-tables.ts, a Vite plugin):
 * a service worker woken by a keystroke then deserializes instead of folding thousands of
 * words again (issue 18). Settings (packs, categories off, custom rules, a city's policy) still
 * compile at run time, from these tables; anything the tables lack is worked out as before.
 */
import type { PolicyData } from './data';
import { buildDisguises, type Disguises, type DisguiseEntry } from './disguise';
import { foldTerm } from './normalize';
import { buildSpeller, nearBits, nearFromBits, type Speller } from './fuzzy';
import { fromImage, imageOf, type InstanceImage } from './instanceImage';
import { LiteralAutomaton, requiredLiterals, type AutomatonData } from './literals';
import { compilePattern, negationOf, patternTables, wordsOfKey, type KnownLead, type PatternTables, type WordClassLookup } from './patterns';
import { stripTerm, termSpellings } from './termIndex';

/** Worked out once per policy data, shared by every policy compiled from it (held by each CompiledPolicy). */
export interface Shared {
  speller: Speller;
  disguises: Disguises;
  /** Word → words that, in the same sentence, show its innocent sense. */
  senses: Map<string, Set<string>>;
  wordClass: WordClassLookup;
  negation: RegExp;
  /** Every example of the vocabulary packs, once: text that reaches every term list, pattern and detector (warmUp). */
  readonly sample: string;
  /** Word classes expanded, their first words. */
  patterns: PatternTables;
  /**
   * The required literals of every pattern of the data (the vocabulary packs' and the frames'),
   * found in one pass per draft; `ids`: pattern source → its id in the automaton. A pattern
   * not listed (a test's throwaway pack) is tried everywhere, as without literals.
   */
  literals: { automaton: LiteralAutomaton; ids: Map<string, number> };
  /** Term or phrase → its normalized words (foldTerm), for the term index and the innocent senses. */
  folded: Map<string, string[]>;
  /** How patterns start, by name (patterns.ts leadKeys), for a policy's first-word index. */
  leads: Leads;
}

/**
 * The lead keys of the data's patterns (patterns.ts leadKeys) and their inverse: a policy
 * indexes its patterns by key and looks a draft's words up here, instead of indexing every
 * first word of every pattern at compile time (issue 18).
 */
export interface Leads {
  /** Pattern id (`literals.ids`) → how it starts, from the tables; undefined: read off its source. */
  known(id: number): KnownLead | undefined;
  /** Word → the class keys (not `=word`) among `covers` whose first words include it. */
  keysOf(word: string): readonly string[] | undefined;
  /** The class keys keysOf() answers for; a policy indexes any other by itself. */
  covers: ReadonlySet<string>;
}
/** The serialized tables (JSON): `Shared` without what is cheap to make or held by the data itself. */
export interface EngineTables {
  version: typeof VERSION;
  /**
   * `near` as nearBits() over `vocab` (fuzzy.ts). `extraReal`: extraReal()'s words joined by
   * spaces (none holds one), made a set only when the speller first asks about a word the
   * lexicon's real words lack: ~15,000 small strings the JSON.parse of a woken worker's start
   * no longer makes (issue 18).
   */
  speller: { vocab: string[]; near: string; extraReal: string };
  disguises: [string, DisguiseEntry[]][];
  macros: [string, string][];
  /**
   * The literal automaton over `patternsOf(data)`, and how many sources of what total length it was
   * built from (a check). `image`: the built automaton's fields (instanceImage.ts), read instead of
   * building it from `automaton` again: a woken worker's compile spent most of its time there (issue 18).
   */
  literals: { automaton: AutomatonData; image?: InstanceImage; count: number; chars: number };
  folded: [string, string[]][];
  /**
   * The classes' first words, inverted: `words` (LeadBuckets) maps a word to the `classes` (by position)
   * whose entries can start with it. PatternTables.firstWords is decoded from it only if asked
   * (a pattern the tables lack). `byPattern` and `scan`: per pattern id, its leadKeys and, when
   * those are null, its scanFirst (patterns.ts KnownLead). Classes by position in `classes`
   * (a number; a word `=word` as itself), one class as a number alone: a third of the size.
   */
  leads: { classes: string[]; words: LeadBuckets; byPattern: ((number | string)[] | null)[]; scan: (string[] | null)[] };
}

const VERSION = 5;

/** Positions in `EngineTables.leads.classes`: one as a number, more as a list. */
type ClassIds = number | number[];

/**
 * The inverse of the classes' first words as shipped: the words by their first two characters,
 * each bucket `[its words, their class ids]`, both space-separated (ids of one word joined by
 * ","). A woken worker decodes only the buckets of its draft's words: as one JSON object of
 * ~15,000 words it was the tables' largest JSON.parse (a key made and internalized per word;
 * measured ~6 of ~12 ms in a fresh Node process), for the few dozen words a first draft holds
 * (issue 18).
 */
export type LeadBuckets = Record<string, [words: string, ids: string]>;

const bucketOf = (word: string) => word.slice(0, 2);

function bucketLeads(words: Record<string, ClassIds>): LeadBuckets {
  const byBucket = new Map<string, [string[], string[]]>();
  for (const w in words) {
    if (w === '' || w.includes(' ')) throw new Error(`engine tables: a class's first word ${JSON.stringify(w)} cannot be shipped`);
    let bucket = byBucket.get(bucketOf(w));
    if (!bucket) byBucket.set(bucketOf(w), (bucket = [[], []]));
    bucket[0].push(w);
    bucket[1].push(idsOfClass(words[w]!).join(','));
  }
  const out: LeadBuckets = {};
  for (const [key, [ws, ids]] of byBucket) out[key] = [ws.join(' '), ids.join(' ')];
  return out;
}

/** A word's class ids from the buckets, each bucket decoded when a word of it is first looked up. */
function bucketLookup(buckets: LeadBuckets): { get(word: string): ClassIds | undefined; entries(): Iterable<[string, ClassIds]> } {
  const decoded = new Map<string, Map<string, string>>();
  const bucket = (key: string): Map<string, string> | undefined => {
    let out = decoded.get(key);
    if (out === undefined && Object.hasOwn(buckets, key)) {
      const [ws, ids] = buckets[key]!;
      const idList = ids.split(' ');
      out = new Map(ws.split(' ').map((w, i) => [w, idList[i]!]));
      decoded.set(key, out);
    }
    return out;
  };
  const parse = (ids: string): ClassIds => (ids.includes(',') ? ids.split(',').map(Number) : Number(ids));
  return {
    get(word) {
      const ids = bucket(bucketOf(word))?.get(word);
      return ids === undefined ? undefined : parse(ids);
    },
    *entries() {
      for (const key of Object.keys(buckets)) for (const [w, ids] of bucket(key)!) yield [w, parse(ids)];
    },
  };
}

/** The term's words as the matchers see them, from the tables when there. */
export function foldWith(shared: Pick<Shared, 'folded'>, term: string): string[] {
  let words = shared.folded.get(term);
  if (words === undefined) shared.folded.set(term, (words = foldTerm(term)));
  return words;
}

const memo = new WeakMap<PolicyData['vocabulary'], WeakMap<PolicyData['lexicon'], WeakMap<PolicyData['judgement'], Shared>>>();

/**
 * The shared part for `data`: from `data.tables` when given, else worked out; once per
 * (vocabulary, lexicon, judgement), whatever packs a policy adds (a city's own policy).
 */
export function sharedOf(data: PolicyData): Shared {
  let byLexicon = memo.get(data.vocabulary);
  if (!byLexicon) memo.set(data.vocabulary, (byLexicon = new WeakMap()));
  let byJudgement = byLexicon.get(data.lexicon);
  if (!byJudgement) byLexicon.set(data.lexicon, (byJudgement = new WeakMap()));
  let out = byJudgement.get(data.judgement);
  if (!out) byJudgement.set(data.judgement, (out = (data.tables && fromTables(data, data.tables)) || workOut(data)));
  return out;
}

/** Every pattern source of the data, once, in a fixed order: the vocabulary packs', then the frames'. */
function patternsOf(data: PolicyData): string[] {
  const all = [...data.vocabulary.flatMap((p) => p.rules.flatMap((r) => (r.kind === 'pattern' ? r.patterns : []))), ...data.judgement.frames.flatMap((f) => f.patterns)];
  return [...new Set(all)];
}

const idsOf = (sources: string[]) => new Map(sources.map((src, i) => [src, i]));

function wordClassOf(data: PolicyData): WordClassLookup {
  const { wordClasses } = data.lexicon;
  // Frame classes are kept out of the speller's vocabulary on purpose: frame words are
  // ordinary words, not words to correct towards.
  const frameWords = data.judgement.words;
  return (name) => (Object.hasOwn(wordClasses, name) ? wordClasses[name] : Object.hasOwn(frameWords, name) ? frameWords[name] : undefined);
}

const literalWords = (src: string) => src.replace(/\{[a-z_~0-9]+\}/g, ' ').match(/[a-z]+/g) ?? [];

/** Real words for the speller besides the lexicon's: the judgement frames' words, never split or corrected away. */
function extraReal(data: PolicyData): string[] {
  const frameWords = data.judgement.words;
  return [...new Set([...Object.values(frameWords).flat().flatMap((w) => w.split(' ')), ...data.judgement.frames.flatMap((f) => f.patterns.flatMap(literalWords))])].filter(
    (w) => !data.lexicon.real.has(w),
  );
}

/** A set that is the union of two, read-only (the speller only asks `has`). */
function union(a: ReadonlySet<string>, b: ReadonlySet<string>): Pick<ReadonlySet<string>, 'has'> {
  return b.size === 0 ? a : { has: (w) => a.has(w) || b.has(w) };
}

/** The union of `a` and the words of `joined` (space-separated), those made a set on the first word `a` lacks. */
function unionLazy(a: ReadonlySet<string>, joined: string): Pick<ReadonlySet<string>, 'has'> {
  if (joined === '') return a;
  let b: Set<string> | undefined;
  return { has: (w) => a.has(w) || (b ??= new Set(joined.split(' '))).has(w) };
}

/** Word → the classes (by position in `classes`) whose first words include it. */
function invertLeads(classes: readonly string[], wordClass: WordClassLookup, patterns: PatternTables): Record<string, ClassIds> {
  const out: Record<string, ClassIds> = Object.create(null);
  classes.forEach((key, i) => {
    for (const w of wordsOfKey(key, wordClass, patterns)) {
      const had = out[w];
      out[w] = had === undefined ? i : typeof had === 'number' ? [had, i] : [...had, i];
    }
  });
  return out;
}

const idsOfClass = (ids: ClassIds): number[] => (typeof ids === 'number' ? [ids] : ids);

/** The classes' first words back from their inverse (the order of a class's words may differ: they are read as a set). */
function forwardLeads(classes: readonly string[], words: Iterable<[string, ClassIds]>): Map<string, string[]> {
  const out = new Map<string, string[]>(classes.map((c) => [c, []]));
  for (const [w, ids] of words) for (const i of idsOfClass(ids)) out.get(classes[i]!)!.push(w);
  return out;
}

function leadsOf(classes: readonly string[], idsOf: (word: string) => ClassIds | undefined, known: Leads['known']): Leads {
  return {
    known,
    covers: new Set(classes),
    keysOf: (w) => {
      const ids = idsOf(w);
      return ids === undefined ? undefined : idsOfClass(ids).map((i) => classes[i]!);
    },
  };
}

function rest(data: PolicyData, base: Pick<Shared, 'speller' | 'disguises' | 'patterns' | 'folded' | 'literals' | 'leads'>): Shared {
  const wordClass = wordClassOf(data);
  const rules = data.vocabulary.flatMap((p) => p.rules);
  let sample: string | undefined;
  const shared: Shared = {
    ...base,
    senses: new Map(),
    wordClass,
    negation: negationOf(wordClass, base.patterns),
    get sample() {
      return (sample ??= rules.flatMap((r) => [...r.examples.hit, ...r.examples.miss]).join('\n'));
    },
  };
  for (const [w, ctx] of Object.entries(data.lexicon.innocentSenses)) shared.senses.set(w, new Set(ctx.map((c) => foldWith(shared, c).join(' '))));
  return shared;
}

function workOut(data: PolicyData): Shared {
  const { wordClasses, common, real } = data.lexicon;
  const rules = data.vocabulary.flatMap((p) => p.rules);
  const speller = buildSpeller(
    [
      // The vocabulary is the packs' words (word classes and term lists).
      ...Object.values(wordClasses).flat().flatMap((w) => w.split(' ')),
      ...rules.flatMap((r) => (r.kind === 'terms' ? r.terms.map((t) => t.replace(/[*^]/g, '')) : [])),
      // Words written literally in patterns are known words too: never "corrected" away.
      ...rules.flatMap((r) => (r.kind === 'pattern' ? r.patterns.flatMap(literalWords) : [])),
    ],
    // The judgement frames' words ("beto", "firehouse") are real words: never split or
    // corrected away ("be to", "fire house"); nothing is corrected towards them either.
    union(real, new Set(extraReal(data))),
    common,
  );
  const patterns = patternTables();
  const wordClass = wordClassOf(data);
  const sources = patternsOf(data);
  // Required literals of each expanded pattern (the group analyses memoized across patterns: word classes recur).
  const groups = new Map<string, unknown>();
  const literals = sources.map((src) => requiredLiterals(compilePattern(src, wordClass, patterns).body, common, groups));
  return rest(data, {
    leads: ((classes) => {
      const words = invertLeads(classes, wordClass, patterns);
      return leadsOf(classes, (w) => (Object.hasOwn(words, w) ? words[w] : undefined), () => undefined);
    })([...patterns.firstWords.keys()]),
    speller,
    disguises: buildDisguises(rules.flatMap((r) => (r.kind === 'terms' ? [r.terms] : []))),
    patterns,
    folded: new Map(),
    literals: { automaton: LiteralAutomaton.build(literals), ids: idsOf(sources) },
  });
}

/** Shared from tables built for this data; null when they are not (another version, other patterns). */
function fromTables(data: PolicyData, t: EngineTables): Shared | null {
  if (t.version !== VERSION) return null;
  const sources = patternsOf(data);
  let chars = 0;
  for (const src of sources) chars += src.length;
  if (sources.length !== t.literals.count || chars !== t.literals.chars) return null;
  const speller: Speller = {
    vocab: new Set(t.speller.vocab),
    near: new LazyMap(() => nearFromBits(t.speller.vocab, t.speller.near)),
    memo: new Map(),
    real: unionLazy(data.lexicon.real, t.speller.extraReal),
    common: data.lexicon.common,
  };
  const { classes, byPattern, scan } = t.leads;
  const words = bucketLookup(t.leads.words);
  const patterns: PatternTables = { macros: new Map(t.macros), firstWords: new LazyMap(() => forwardLeads(classes, words.entries())) };
  return rest(data, {
    leads: leadsOf(classes, (w) => words.get(w), (id) => {
      if (id >= byPattern.length) return undefined;
      const keys = byPattern[id]!;
      return { keys: keys && keys.map((k) => (typeof k === 'number' ? classes[k]! : k)), scan: scan[id]! };
    }),
    speller,
    disguises: { vocab: new Map(t.disguises), memo: new Map() },
    patterns,
    folded: new Map(t.folded),
    literals: {
      automaton: t.literals.image ? fromImage(LiteralAutomaton.prototype, t.literals.image, { data: t.literals.automaton }) : new LiteralAutomaton(t.literals.automaton),
      ids: idsOf(sources),
    },
  });
}

/**
 * A read-only map decoded on first read. The speller's `near` (every one-edit variant of the
 * vocabulary, ~21,000 entries) took a third of compiling a policy from the tables (measured:
 * nearFromBits ~70 of ~160 ms in Node on a loaded machine), and a draft whose words are all
 * known never asks it: a woken worker's first check does not wait for it (issue 18).
 */
export class LazyMap<K, V> extends Map<K, V> {
  #inner: Map<K, V> | undefined;
  constructor(private readonly decode: () => Map<K, V>) {
    super();
  }
  private get map(): Map<K, V> {
    return (this.#inner ??= this.decode());
  }
  /** Whether anything has read it yet (tests). */
  get decoded(): boolean {
    return this.#inner !== undefined;
  }
  override get(key: K): V | undefined {
    return this.map.get(key);
  }
  override has(key: K): boolean {
    return this.map.has(key);
  }
  override get size(): number {
    return this.map.size;
  }
  override set(key: K, value: V): this {
    // Map's constructor calls set() for its entries (none here), before #inner exists.
    if (this.decode !== undefined) this.map.set(key, value);
    return this;
  }
  override delete(key: K): boolean {
    return this.map.delete(key);
  }
  override clear(): void {
    this.map.clear();
  }
  override forEach(cb: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.map.forEach((v, k) => cb.call(thisArg, v, k, this));
  }
  override entries(): MapIterator<[K, V]> {
    return this.map.entries();
  }
  override keys(): MapIterator<K> {
    return this.map.keys();
  }
  override values(): MapIterator<V> {
    return this.map.values();
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.map[Symbol.iterator]();
  }
}

/**
 * The tables for `data`, worked out afresh and serializable (JSON): every pack's terms and
 * patterns and every judgement frame's patterns compiled once into them, so a policy naming
 * any of them finds its work done. Throws on a pattern that is not a valid regular
 * expression (the build fails, not a draft).
 */
export function buildTables(data: PolicyData): EngineTables {
  const shared = workOut(data);
  const sources = patternsOf(data);
  // Every pattern once, as a policy would: a regular expression that does not compile fails here.
  for (const src of [...sources, ...Object.values(data.packs).flatMap((p) => p.rules.flatMap((r) => (r.kind === 'pattern' ? r.patterns : [])))]) {
    const pattern = compilePattern(src, shared.wordClass, shared.patterns);
    void pattern.sticky;
    void pattern.scanFirst;
  }
  for (const pack of [...data.vocabulary, ...Object.values(data.packs)]) for (const r of pack.rules) if (r.kind === 'terms') for (const t of [...r.terms, ...(r.except ?? [])]) termWords(shared, t);
  // Every pattern's leads first: reading them may work out a class's first words.
  const compiled = sources.map((src) => compilePattern(src, shared.wordClass, shared.patterns));
  const byPattern = compiled.map((p) => (p.leadKeys ? [...p.leadKeys] : null));
  const scan = compiled.map((p) => (p.leadKeys || !p.scanFirst ? null : [...p.scanFirst]));
  const classes = [...shared.patterns.firstWords.keys()];
  const position = new Map(classes.map((c, i) => [c, i]));
  const leads = {
    classes,
    words: bucketLeads(invertLeads(classes, shared.wordClass, shared.patterns)),
    byPattern: byPattern.map((keys) => keys && keys.map((k) => position.get(k) ?? k)),
    scan,
  };
  return {
    version: VERSION,
    speller: { vocab: [...shared.speller.vocab], near: nearBits(shared.speller), extraReal: extraReal(data).join(' ') },
    disguises: [...shared.disguises.vocab],
    macros: [...shared.patterns.macros],
    literals: {
      automaton: shared.literals.automaton.serialized(),
      // Its data is `automaton`, above: not twice.
      image: imageOf(shared.literals.automaton, ['data']),
      count: sources.length,
      chars: sources.reduce((n, s) => n + s.length, 0),
    },
    folded: [...shared.folded],
    leads,
  };
}

/** The folded forms terms.ts's addTerm asks for (a term, and its code-word spellings). */
function termWords(shared: Shared, term: string): void {
  for (const spelled of termSpellings(term)) foldWith(shared, stripTerm(spelled));
}
