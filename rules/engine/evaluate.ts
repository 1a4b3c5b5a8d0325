import { CATEGORIES, SEVERITIES, SEVERITY_RANK } from '../categories';
import type {
  Category,
  Citation,
  CustomRule,
  Finding,
  Locale,
  Policy,
  PolicyPack,
  PostingIdentity,
  RuleProblem,
  Rule,
  Severity,
} from '../schema';
import { compileCustomPattern, customRuleProblem, runCustomPattern, shown } from './custom';
import type { PolicyData } from './data';
import { DETECTORS, type Detector } from './detectors';
import { undisguise } from './disguise';
import { compileLinks, linkFindings, type LinkRules } from './links';
import { respell, type Speller } from './fuzzy';
import { leadHolds } from './leadGate';
import { LiteralHits } from './literals';
import { normalizeScratch, streamLength, streamOf, tokenizeWithRuns, type Normalized, type NormalizeScratch, type Token } from './normalize';
import { compilePattern, negated, wordsOfKey, type CompiledPattern } from './patterns';
import { foldWith, sharedOf, type Shared } from './tables';
import { addTerm, emptyIndex, entryOf, type TermIndex, type WordEntry } from './termIndex';
import { matchTerms } from './terms';
import { matchAt, WordView } from './wordMatcher';
import type { RE2JS } from 're2js';
import { toLocalized } from '../text';

/** One active rule, with the policy's category overrides applied. */
interface ActiveRule {
  id: string;
  category: Category;
  severity: Severity;
  message: Record<Locale, string>;
  citation: Citation;
}

export interface CompiledPolicy {
  rules: ActiveRule[];
  /** Every term of every active rule, in one word-level trie. */
  terms: TermIndex;
  /** Phrases never flagged: rule exceptions and the user/IT allow-list. */
  allow: TermIndex;
  /**
   * Each distinct pattern once, with every active rule that uses it (packs share patterns);
   * `id`: its id in the data's literal automaton (-1: none), `gate` how its literals gate it
   * (0 not at all, 1 within the sentence, 2 anywhere after: literals.ts AutomatonData.kinds);
   * `span` the most spaces a match holds (-1: unbounded): its literals then lie within that
   * many words of where it starts.
   */
  patterns: { rules: number[]; pattern: CompiledPattern; negatable: boolean; id: number; gate: number; span: number; also: number[]; tries: number }[];
  /** This draft's literal occurrences per pattern (scratch; found by shared.literals.automaton). */
  literals: LiteralHits;
  /** First word → the patterns that can start with it; patterns without a known first word scan everywhere. */
  byFirstWord: Pick<FirstWordIndex, 'get'>;
  scanned: number[];
  /**
   * First word → the `scanned` entries (positions in that list) a match can start with. A
   * scan keeps its semantics (matches in order, none starting inside the previous one) but
   * only tries these words' positions; entries without known first words scan everywhere.
   */
  scanByWord: Map<string, number[]>;
  /** Per word, everything evaluate() looks up about it: one hash lookup per word of a draft. */
  words: Map<string, WordInfo>;
  /** Each detector once, with every active rule that uses it. */
  detectors: { rules: number[]; detect: Detector }[];
  custom: { rule: number; re: RE2JS }[];
  /** Admin input the engine skipped, and why (bad customRules, unknown packs). */
  problems: RuleProblem[];
  /** Reads deliberate typos as the words the rules use. */
  speller: Speller;
  /** What the data's vocabulary (built once per data) gives every policy compiled from it. */
  shared: Shared;
  /** Political links and official-account rules (links.ts). */
  links?: LinkRules;
  /**
   * How many times a pattern runs as its word program (wordMatcher.ts) before its RegExp takes
   * over; both find the same matches. The program costs nothing to make but is slower per try
   * (measured ~2× in Node); the RegExp, its word classes written out (up to 17,000 characters),
   * costs V8 milliseconds to compile and tier up on first use, again in every woken worker. So
   * a pattern tried rarely is never compiled, and a pattern tried often is compiled on its
   * (programTries + 1)th try. Infinity: always the program (tests); 0: always the RegExp.
   */
  programTries: number;
  /** The active packs, in the policy's order (their citations for reminders, asking first, City marks). */
  packs: PolicyPack[];
  /**
   * Scratch reused by evaluate() (no typed arrays per keystroke): where each token starts in
   * the stream, and allowed tokens; disguise readings seen (they depend on this term index).
   */
  scratch: { offsets: Int32Array; allowed: Uint8Array; readings: Map<string, string | null>; normalize: NormalizeScratch };
}

interface WordInfo {
  terms: WordEntry;
  allow: WordEntry;
  /** byFirstWord and scanByWord for the word. */
  patterns: number[] | undefined;
  scan: number[] | undefined;
  /**
   * `patterns` by the word that follows (the lead gates answered once per word), built at the
   * word's second sighting; undefined until then and when `patterns` is. Building it works out
   * the lead gate of every candidate, where a first sighting needs only those of the candidates
   * whose literals are in the draft: in a woken worker every word of the first draft is a first
   * sighting, and building them all at once tripled its first answer (docs/architecture.md).
   */
  next: NextIndex | undefined;
  /** The word, to build `next` from. */
  word: string;
  /** Times the word was read in a draft's candidate pass, up to 2. */
  sightings: number;
}

/**
 * A word's candidate patterns by the word after it: what the lead gates (leadGate.ts) let
 * through, worked out once per distinct word instead of once per candidate and occurrence.
 * An unseen 280-character draft had ~1,460 candidates, from ~850 distinct lead classes, of
 * which ~300 passed the gate: now one hash lookup per word gives those ~300.
 */
interface NextIndex {
  /** The candidates whatever follows (no lead gate, or an entry that is this word alone), ascending. */
  any: number[];
  /** Next word → the candidates whose lead gate lets it follow, with `any`, ascending. */
  by: Map<string, number[]>;
}

function nextIndexOf(compiled: CompiledPolicy, word: string, candidates: number[]): NextIndex {
  const any: number[] = [];
  const by = new Map<string, number[]>();
  // A word holding a space or a "." (a word read with a dot): leadHolds() lets every candidate through.
  if (word.includes(' ') || word.includes('.')) return { any: candidates, by };
  const own = new Map<string, number[]>();
  for (const i of candidates) {
    const lead = compiled.patterns[i]!.pattern.lead;
    const seconds = lead === null ? true : lead.next.get(word);
    if (seconds === undefined) continue;
    if (seconds === true) any.push(i);
    else for (const s of seconds) index(own, s, i);
  }
  // Each list merged with `any` once here, so a draft's word reads one ascending list.
  for (const [s, list] of own) by.set(s, any.length === 0 ? list : mergeAscending(any, list));
  return { any, by };
}

/** Two ascending lists of distinct numbers as one. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else out.push(a[i++]!), j++;
  }
  return out;
}

/**
 * The candidates at a word as written, given its next word (`second` as leadHolds() reads it):
 * exactly those of `info.patterns`, in order, whose lead gate holds.
 */
function candidatesAt(info: WordInfo, second: string | undefined): number[] | undefined {
  const next = info.next;
  if (next === undefined) return undefined;
  if (second === undefined) return next.any;
  // A next word holding a space or a "." (not the sentence mark): the gate cannot read it, every candidate goes.
  if (second !== '.' && (second.includes(' ') || second.includes('.'))) return info.patterns;
  return next.by.get(second) ?? next.any;
}

function infoOf(compiled: CompiledPolicy, word: string): WordInfo {
  let info = compiled.words.get(word);
  if (info === undefined) {
    if (compiled.words.size > 50_000) compiled.words.clear();
    const patterns = compiled.byFirstWord.get(word);
    info = {
      terms: entryOf(compiled.terms, word),
      allow: entryOf(compiled.allow, word),
      patterns,
      scan: compiled.scanByWord.get(word),
      next: undefined,
      word,
      sightings: 0,
    };
    compiled.words.set(word, info);
  }
  return info;
}

export interface EvaluateOptions {
  locale?: Locale;
  /** Who posts the draft: official accounts get their own rules (links.ts). */
  identity?: PostingIdentity;
  /**
   * false: every rule's findings as found, before the same span's findings are merged and a
   * frame's clause gives way to a rule's finding inside it (tests of what each rule matches).
   */
  merge?: boolean;
}

/** Whether the word at token i is used in an innocent sense (context in the same sentence). */
function innocentSense(senses: Shared['senses'], tokens: Normalized['tokens'], i: number): boolean {
  const ctx = senses.get(tokens[i]!.text);
  if (!ctx) return false;
  for (const dir of [-1, 1]) {
    for (let j = i + dir, n = 0; j >= 0 && j < tokens.length && n < 25; j += dir, n++) {
      const t = tokens[j]!;
      if (t.boundary) break;
      if (ctx.has(t.text) || (j + 1 < tokens.length && ctx.has(`${t.text} ${tokens[j + 1]!.text}`))) return true;
    }
  }
  return false;
}


/**
 * Compile once per policy; evaluate() is then cheap per keystroke. Never throws on admin input.
 * `data` is everything the policy may name (packs) and the words the engine reads with.
 */
export function compilePolicy(input: Policy, data: PolicyData): CompiledPolicy {
  const policy: Partial<Policy> = typeof input === 'object' && input !== null ? input : {};
  const common = sharedOf(data);
  const packs: PolicyPack[] = [];
  const problems: RuleProblem[] = [];
  for (const packId of Array.isArray(policy.packs) ? policy.packs : []) {
    const pack = typeof packId === 'string' && Object.hasOwn(data.packs, packId) ? data.packs[packId] : undefined;
    if (pack) packs.push(pack);
    else problems.push({ ruleId: shown(packId), reason: `Unknown policy pack "${shown(packId)}"` });
  }
  const compiled: CompiledPolicy = {
    rules: [],
    terms: emptyIndex(data.lexicon.common, data.lexicon.real),
    allow: emptyIndex(data.lexicon.common, data.lexicon.real),
    patterns: [],
    literals: new LiteralHits(new Int32Array(0), 0),
    byFirstWord: { get: () => undefined },
    scanned: [],
    scanByWord: new Map(),
    words: new Map(),
    detectors: [],
    custom: [],
    problems,
    speller: common.speller,
    shared: common,
    links: compileLinks(policy as Policy, packs),
    // Always the program since session 13: with typed thread lists a program's try costs less
    // than the V8 RegExp's on unseen drafts (same process, CPU time, 2,432 unseen texts: total
    // 0.77×, p95 0.55×), and a pattern never tried as a RegExp is never compiled as one
    // (docs/engine-matcher.md). Session 10 had set 0 when the programs were the slower.
    programTries: Infinity,
    packs,
    scratch: { offsets: new Int32Array(256), allowed: new Uint8Array(256), readings: new Map(), normalize: normalizeScratch() },
  };
  const fold = (term: string) => foldWith(common, term);
  const seenPatterns = new Map<string, CompiledPolicy['patterns'][number]>();
  const categories: unknown = policy.categories;
  const override = (category: Category): { enabled?: unknown; severity?: unknown } | undefined => {
    const o = typeof categories === 'object' && categories !== null ? (categories as Record<string, unknown>)[category] : undefined;
    return typeof o === 'object' && o !== null ? o : undefined;
  };
  const activate = (r: Omit<ActiveRule, 'severity'> & { severity: Severity }): number | null => {
    const o = override(r.category);
    if (o?.enabled === false) return null;
    // An invalid severity override falls back to the rule's own (rules/settings reports it).
    const severity = (SEVERITIES as readonly unknown[]).includes(o?.severity) ? (o!.severity as Severity) : r.severity;
    compiled.rules.push({ ...r, severity });
    return compiled.rules.length - 1;
  };

  const add = (rule: Rule) => addPackRule(compiled, rule, activate, fold, seenPatterns);
  for (const pack of packs) for (const rule of pack.rules) add(rule);
  addFrames(compiled, add, data.judgement.frames);

  const seen = new Set<string>();
  for (const rule of Array.isArray(policy.customRules) ? policy.customRules : []) {
    const problem = customRuleProblem(rule, seen);
    const id = typeof rule?.id === 'string' && rule.id ? rule.id : '(no id)';
    if (problem) {
      compiled.problems.push({ ruleId: id, reason: problem });
      continue;
    }
    seen.add(rule.id);
    let re: RE2JS | null = null;
    if (rule.pattern !== undefined) {
      const result = compileCustomPattern(rule.pattern);
      if (typeof result === 'string') {
        compiled.problems.push({ ruleId: id, reason: result });
        continue;
      }
      re = result;
    }
    const index = activate(customActive(rule));
    if (index === null) continue;
    if (re) compiled.custom.push({ rule: index, re });
    else for (const term of rule.terms!) addTerm(compiled.terms, term, index, fold);
  }

  // The data's pattern ids → this policy's patterns, for the literal occurrences of a draft.
  const automaton = common.literals.automaton;
  const local = new Int32Array(automaton.requirements).fill(-1);
  let slots = compiled.patterns.length;
  compiled.patterns.forEach((p, i) => {
    if (p.id < 0) return;
    // One source used both negatable and not (two entries): the second is tried everywhere.
    if (local[p.id]! >= 0) p.gate = 0;
    else {
      local[p.id] = i;
      // Its other required sets get slots after the patterns' (checked after its best set).
      if (p.gate !== 0) for (const r of automaton.alsoOf(p.id)) p.also.push((local[r] = slots++));
    }
  });
  compiled.literals = new LiteralHits(local, slots);
  const byKey = new Map<string, number[]>();
  compiled.patterns.forEach((p, i) => {
    if (!p.pattern.leadKeys) compiled.scanned.push(i);
    else for (const k of p.pattern.leadKeys) index(byKey, k, i);
  });
  compiled.byFirstWord = new FirstWordIndex(byKey, common, (k) => wordsOfKey(k, common.wordClass, common.patterns));
  compiled.scanned.forEach((i, slot) => {
    for (const w of compiled.patterns[i]!.pattern.scanFirst ?? []) index(compiled.scanByWord, w, slot);
  });

  for (const term of Array.isArray(policy.allowTerms) ? policy.allowTerms : []) {
    if (typeof term === 'string') addTerm(compiled.allow, term.replace(/[*^]/g, ''), 0, fold);
  }
  return compiled;
}

/** Appends in place (a copy per entry made indexing quadratic). */
function index<T>(by: Map<string, T[]>, key: string, value: T): void {
  const list = by.get(key);
  if (list) list.push(value);
  else by.set(key, [value]);
}

/**
 * First word → the patterns (ascending) that can start with it, worked out per word when a draft
 * first holds it: the policy indexes its patterns by lead key (a word class, or `=word`), a few
 * per pattern, and the data's tables say which class keys a word begins (issue 18: indexing every
 * first word of every pattern, ~30,000 pairs, was a fifth of a woken worker's compile).
 */
export class FirstWordIndex {
  readonly #memo = new Map<string, number[] | undefined>();
  /** Word → the keys of this policy the data's leads do not cover (a class none of its patterns starts with). */
  readonly #own = new Map<string, string[]>();
  constructor(
    private readonly byKey: ReadonlyMap<string, number[]>,
    private readonly shared: Pick<Shared, 'leads'>,
    wordsOf: (key: string) => readonly string[],
  ) {
    for (const key of byKey.keys()) if (!key.startsWith('=') && !shared.leads.covers.has(key)) for (const w of wordsOf(key)) index(this.#own, w, key);
  }

  get(word: string): number[] | undefined {
    if (this.#memo.has(word)) return this.#memo.get(word);
    if (this.#memo.size > 50_000) this.#memo.clear();
    let out: number[] | undefined;
    let merged = false;
    const add = (key: string) => {
      const list = this.byKey.get(key);
      if (!list) return;
      if (!out) out = list;
      else {
        // Several keys: their union, ascending, once each (a pattern may start with two classes holding the word).
        if (!merged) out = [...out];
        merged = true;
        out.push(...list);
      }
    };
    for (const key of this.shared.leads.keysOf(word) ?? []) add(key);
    for (const key of this.#own.get(word) ?? []) add(key);
    add(`=${word}`);
    if (merged) out = [...new Set(out)].sort((a, b) => a - b);
    this.#memo.set(word, out);
    return out;
  }
}

function customActive(rule: CustomRule): ActiveRule {
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: toLocalized(rule.message),
    citation: rule.citation ?? { pack: 'organization', section: 'custom', title: rule.id },
  };
}

function addPackRule(
  compiled: CompiledPolicy,
  rule: Rule,
  activate: (r: ActiveRule) => number | null,
  fold: (term: string) => string[],
  seen: Map<string, CompiledPolicy['patterns'][number]>,
): void {
  const index = activate({ id: rule.id, category: rule.category, severity: rule.severity, message: rule.message, citation: rule.citation });
  if (index === null) return;
  if (rule.kind === 'terms') {
    for (const term of rule.terms) addTerm(compiled.terms, term, index, fold);
    for (const phrase of rule.except ?? []) addTerm(compiled.allow, phrase, 0, fold);
  } else if (rule.kind === 'pattern') {
    const negatable = rule.negatable ?? false;
    for (const src of rule.patterns) {
      const key = `${negatable ? '!' : ''}${src}`;
      let entry = seen.get(key);
      if (!entry) {
        const id = compiled.shared.literals.ids.get(src) ?? -1;
        // How it starts from the tables when they have it (else read off the source).
        const pattern = compilePattern(src, compiled.shared.wordClass, compiled.shared.patterns, id >= 0 ? compiled.shared.leads.known(id) : undefined);
        const automaton = compiled.shared.literals.automaton;
        entry = { rules: [], pattern, negatable, id, gate: id < 0 ? 0 : automaton.kinds[id]!, span: id < 0 ? -1 : automaton.spans[id]!, also: [], tries: 0 };
        compiled.patterns.push(entry);
        seen.set(key, entry);
      }
      entry.rules.push(index);
    }
  } else {
    const detect = DETECTORS[rule.detector];
    const entry = compiled.detectors.find((d) => d.detect === detect);
    if (entry) entry.rules.push(index);
    else compiled.detectors.push({ rules: [index], detect });
  }
}

/**
 * The judgement frames (rules/judgement): each cites the section the active packs give its
 * category (the first active pack rule of that category) and is off when no active pack rule
 * speaks of the category (a category turned off, or a pack without it).
 */
function addFrames(compiled: CompiledPolicy, add: (rule: Rule) => void, frames: PolicyData['judgement']['frames']): void {
  const cited = new Map<Category, ActiveRule>();
  for (const r of compiled.rules) if (!cited.has(r.category)) cited.set(r.category, r);
  for (const frame of frames) {
    const base = cited.get(frame.category);
    if (!base) continue;
    const severity = frame.severity ?? (base.severity === 'info' ? 'caution' : base.severity);
    add({ kind: 'pattern', id: frame.id, category: frame.category, severity, message: frame.message, citation: base.citation, patterns: frame.patterns, ...(frame.negatable ? { negatable: true } : {}), examples: frame.examples });
  }
}

function finding(rule: ActiveRule, text: string, start: number, end: number, locale: Locale): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    excerpt: text.slice(start, end),
    message: rule.message[locale] ?? rule.message.en,
    citation: rule.citation,
  };
}

/**
 * Findings for one draft, sorted by position, with offsets into the original text.
 * The same span flagged for the same category by several rules is reported once, at
 * the highest severity (the first pack wins a tie); a span inside a larger one of the
 * same category and no higher severity is dropped. Never throws.
 */
export function evaluate(text: string, compiled: CompiledPolicy, options: EvaluateOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const locale: Locale = options.locale === 'es' ? 'es' : 'en';
  const found: Finding[] = [];
  try {
    // The words as written (with sentence boundaries), disguised words read back; the stream
    // is built once, from the corrected words when there are corrections.
    const { tokens: written, runs } = tokenizeWithRuns(text, compiled.scratch.normalize);
    const read = undisguise(written, text, compiled.terms, compiled.shared.disguises, compiled.scratch.readings);
    const raw = read ? streamOf(read) : { tokens: written };
    const respelled = respell(compiled.speller, raw.tokens);
    const { tokens, stream } = streamFrom(respelled ?? raw.tokens);
    // Each written word looked up once for the term index, the allow-list and the patterns.
    const infos: (WordInfo | undefined)[] = new Array(raw.tokens.length);
    const termEntries: (WordEntry | undefined)[] = new Array(raw.tokens.length);
    const allowEntries: (WordEntry | undefined)[] = new Array(raw.tokens.length);
    for (let i = 0; i < raw.tokens.length; i++) {
      const t = raw.tokens[i]!;
      if (t.opaque || t.boundary || t.text.length === 0) continue;
      const info = infoOf(compiled, t.text);
      infos[i] = info;
      termEntries[i] = info.terms;
      allowEntries[i] = info.allow;
    }
    const allowed = allowedTokens(compiled, raw, allowEntries);
    // Where each token starts in the stream (reused scratch: no typed arrays per keystroke).
    const scratch = compiled.scratch;
    if (scratch.offsets.length < tokens.length) scratch.offsets = new Int32Array(Math.max(tokens.length, scratch.offsets.length * 2));
    const offsets = scratch.offsets;
    for (let k = 0, pos = 0; k < tokens.length; k++) {
      offsets[k] = pos;
      pos += streamLength(tokens[k]!) + 1;
    }
    const tokenAt = (i: number) => tokenAtOffset(offsets, tokens.length, i);

    // Terms match the words as written; corrections only feed phrase patterns.
    for (const hit of matchTerms(compiled.terms, raw.tokens, termEntries)) {
      if (allowed[hit.first] && allowed[hit.last]) continue;
      if (hit.first === hit.last && innocentSense(compiled.shared.senses, raw.tokens, hit.first)) continue;
      for (const r of hit.rules) {
        found.push(finding(compiled.rules[r]!, text, raw.tokens[hit.first]!.start, raw.tokens[hit.last]!.end, locale));
      }
    }
    const onMatch = (p: CompiledPolicy['patterns'][number], s: number, e: number) => {
      if (e <= s || (p.negatable && negated(stream, s, e, compiled.shared.negation))) return;
      const a = tokenAt(s);
      const b = tokenAt(e - 1);
      if (allowed[a] && allowed[b]) return;
      const first = tokens[a]!;
      const last = tokens[b]!;
      for (const r of p.rules) found.push(finding(compiled.rules[r]!, text, first.start, Math.max(first.start, last.end), locale));
    };
    // The patterns' required literals found in one pass: a pattern is tried at a word only
    // when one of them starts there or later in the same sentence (or anywhere after it, for
    // the few patterns that can cross a sentence's end).
    const literals = compiled.literals;
    compiled.shared.literals.automaton.scan(stream, literals);
    // The stream as words, for the patterns that run as programs (wordMatcher.ts): made when one
    // is first tried on this draft. -1: no match at `at`; else where it ends.
    let view: WordView | undefined;
    const matchEnd = (entry: CompiledPolicy['patterns'][number], at: number): number => {
      const pattern = entry.pattern;
      const program = entry.tries < compiled.programTries ? (entry.tries++, pattern.words) : null;
      if (program) {
        const end = matchAt(program, (view ??= new WordView(stream)), at, entry.span);
        if (end !== -2) return end;
      }
      const sticky = pattern.sticky;
      sticky.lastIndex = at;
      const m = sticky.exec(stream);
      return m ? m.index + m[0].length : -1;
    };
    let sentenceEnd = -1;
    // `at` lies in token k (at or after its start). A match holding at most `span` spaces ends
    // before the (span + 1)th space after `at`, which is before token k + span + 1 starts (a
    // corrected token holding spaces only brings that space nearer): its literals start before.
    const mayMatch = (i: number, at: number, k: number): boolean => {
      const p = compiled.patterns[i]!;
      const gate = p.gate;
      if (gate === 0) return true;
      // Most candidates' literals are nowhere in the draft: one array read, before the window's bounds.
      if (!literals.any(i)) return false;
      let end = stream.length;
      if (gate === 1) {
        if (sentenceEnd < at) {
          sentenceEnd = stream.indexOf('.', at);
          if (sentenceEnd < 0) sentenceEnd = stream.length;
        }
        end = sentenceEnd;
      }
      const span = p.span;
      if (span >= 0 && k + span + 1 < tokens.length && offsets[k + span + 1]! < end) end = offsets[k + span + 1]!;
      if (!literals.maybe(i, at, end)) return false;
      // Every other set the pattern needs, ahead in the same sentence too.
      const also = p.also;
      for (let k = 0; k < also.length; k++) if (!literals.maybe(also[k]!, at, end)) return false;
      return true;
    };
    // One pass over the tokens: each word looks up the patterns that can start with it,
    // and notes where the scanned patterns can start (every word of a respelled "a head").
    const scanStarts: (number[] | undefined)[] = new Array(compiled.scanned.length);
    const scanAt = (slots: number[] | undefined, at: number) => {
      if (slots) for (const slot of slots) (scanStarts[slot] ??= []).push(at);
    };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.opaque) continue;
      let candidates: number[] | undefined;
      // Whether the candidates still need their lead gate (a corrected word's do).
      let gate = true;
      const next = tokens[k + 1];
      const second = next === undefined ? undefined : next.opaque ? '_' : next.boundary ? '.' : next.text;
      const info = t === raw.tokens[k] ? infos[k] : undefined;
      if (info) {
        // A word as written: one word, looked up above; its lead gates answered per next word.
        scanAt(info.scan, offsets[k]!);
        if (info.next === undefined && info.patterns !== undefined && ++info.sightings > 1) info.next = nextIndexOf(compiled, info.word, info.patterns);
        if (info.next !== undefined) {
          candidates = candidatesAt(info, second);
          gate = false;
        } else candidates = info.patterns;
      } else {
        // A corrected word may be two ("a head"): scanned patterns can start at either.
        const space = t.text.indexOf(' ');
        const first = space < 0 ? t.text : t.text.slice(0, space);
        scanAt(compiled.scanByWord.get(first), offsets[k]!);
        for (let from = space; from >= 0; ) {
          const next = t.text.indexOf(' ', from + 1);
          scanAt(compiled.scanByWord.get(t.text.slice(from + 1, next < 0 ? undefined : next)), offsets[k]! + from + 1);
          from = next;
        }
        candidates = compiled.byFirstWord.get(first);
      }
      if (!candidates) continue;
      const at = offsets[k]!;
      for (let c = 0; c < candidates.length; c++) {
        const i = candidates[c]!;
        if (!mayMatch(i, at, k)) continue;
        const p = compiled.patterns[i]!;
        // No entry of its first word class starts with these two words (most tries that get
        // this far end there, at the cost of an attempt): no attempt.
        const lead = p.pattern.lead;
        if (gate && lead !== null && !leadHolds(lead, t.text, second)) continue;
        const end = matchEnd(p, at);
        if (end >= 0) onMatch(p, at, end);
      }
    }
    compiled.scanned.forEach((i, slot) => {
      const p = compiled.patterns[i]!;
      if (p.gate !== 0) {
        literals.rewind(i);
        if (!literals.maybe(i, 0, stream.length)) return;
        for (const a of p.also) {
          literals.rewind(a);
          if (!literals.maybe(a, 0, stream.length)) return;
        }
      }
      if (!p.pattern.scanFirst) {
        // A pattern that can start at any word scans as its RegExp: V8 skips to its candidate
        // starts itself, where a program is started at every word (12,000-character posts took
        // 1.8x the CPU time with the program here).
        p.pattern.global.lastIndex = 0;
        for (const m of stream.matchAll(p.pattern.global)) onMatch(p, m.index!, m.index! + m[0].length);
        return;
      }
      // As the global scan would: in order, and not from inside the previous match.
      let done = 0;
      sentenceEnd = -1;
      for (const at of scanStarts[slot] ?? []) {
        if (at < done || !mayMatch(i, at, tokenAt(at))) continue;
        const end = matchEnd(p, at);
        if (end >= 0) {
          onMatch(p, at, end);
          done = end;
        }
      }
    });
    for (const d of compiled.detectors) {
      for (const span of d.detect(text, runs)) {
        for (const r of d.rules) found.push(finding(compiled.rules[r]!, text, span.start, span.end, locale));
      }
    }
    for (const c of compiled.custom) {
      for (const span of runCustomPattern(c.re, text)) found.push(finding(compiled.rules[c.rule]!, text, span.start, span.end, locale));
    }
    found.push(...linkFindings(text, compiled.links, { locale, ...(options.identity ? { identity: options.identity } : {}) }));
  } catch {
    // A bug in one matcher must never break the user's editor: report what was found so far.
  }
  const valid = found.filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end);
  return options.merge === false ? valid : dedupe(valid);
}


/**
 * streamOf(tokens) for a list that already has its sentence boundaries where streamOf puts
 * them (tokenize's output, and respell's copy of it): the list itself and its joined text,
 * without rebuilding it. Any other list goes through streamOf.
 */
function streamFrom(tokens: Token[]): Pick<Normalized, 'tokens' | 'stream'> {
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.boundary) {
      const next = tokens[i + 1];
      // A boundary sits before a word that starts a sentence, after some word.
      if (words === 0 || !next || next.boundary || !next.breakBefore || t.start !== next.start) return streamOf(tokens);
      parts.push('.');
      continue;
    }
    if (t.breakBefore && words > 0 && !tokens[i - 1]?.boundary) return streamOf(tokens);
    parts.push(t.opaque ? '_' : t.text);
    words++;
  }
  return { tokens, stream: parts.join(' ') };
}

/** The token under stream index i: the last one starting at or before it (binary search). */
function tokenAtOffset(offsets: Int32Array, count: number, i: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1 for each token inside an allowed phrase (reused scratch, valid until the next call). */
function allowedTokens(compiled: CompiledPolicy, norm: Pick<Normalized, 'tokens'>, entries?: readonly (WordEntry | undefined)[]): Uint8Array {
  const scratch = compiled.scratch;
  if (scratch.allowed.length < norm.tokens.length) scratch.allowed = new Uint8Array(Math.max(norm.tokens.length, scratch.allowed.length * 2));
  const allowed = scratch.allowed;
  allowed.fill(0, 0, norm.tokens.length);
  if (compiled.allow.size === 0) return allowed;
  for (const hit of matchTerms(compiled.allow, norm.tokens, entries)) allowed.fill(1, hit.first, hit.last + 1);
  return allowed;
}

/**
 * Categories in `localeCompare` order, as numbers: comparing them is the hot part of sorting
 * findings. Sorted by code unit, the same order for ids of [a-z_] (tests/unit/engine.test.ts
 * checks): a first localeCompare sets up ICU's collator, ~15 ms of a woken worker's module
 * load (issue 18).
 */
const CATEGORY_RANK = new Map([...CATEGORIES].sort().map((c, i) => [c, i]));
function byCategory(a: Finding, b: Finding): number {
  const x = CATEGORY_RANK.get(a.category);
  const y = CATEGORY_RANK.get(b.category);
  return x !== undefined && y !== undefined ? x - y : a.category.localeCompare(b.category);
}

/** A sorted copy, stable; insertion sort for the few findings a draft has (no comparator calls through the builtin). */
function stableSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 32) return items.slice().sort(compare);
  const out = items.slice();
  for (let i = 1; i < out.length; i++) {
    const x = out[i]!;
    let j = i - 1;
    while (j >= 0 && compare(out[j]!, x) > 0) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

const isFrame = (f: Finding) => f.ruleId.startsWith('judgement.');

function dedupe(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  // Sorted by span (longest first) then category; the sort is stable, so equal spans of one
  // category stay in the order found, and the first of the highest severity is kept.
  const sorted: Finding[] = [];
  for (const f of stableSort(findings, (a, b) => a.start - b.start || b.end - a.end || byCategory(a, b))) {
    const prev = sorted.length > 0 ? sorted[sorted.length - 1] : undefined;
    if (!prev || prev.start !== f.start || prev.end !== f.end || prev.category !== f.category) sorted.push(f);
    // The same words, one category: the higher severity; at equal severity a rule's own finding before a frame's.
    else if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity] || (f.severity === prev.severity && isFrame(prev) && !isFrame(f))) sorted[sorted.length - 1] = f;
  }
  // Drop a span inside a kept span of the same category with at least its severity.
  const lastKept = new Map<Category, Finding>();
  const out: Finding[] = [];
  for (const f of sorted) {
    const k = lastKept.get(f.category);
    if (k && f.end <= k.end && SEVERITY_RANK[k.severity] >= SEVERITY_RANK[f.severity]) {
      // A judgement frame's clause around a rule's own finding of that category ("my cell is
      // <a number>" around the phone number): the rule's finding is the more precise one.
      if (!isFrame(k) || isFrame(f)) continue;
      out[out.lastIndexOf(k)] = f;
      lastKept.set(f.category, f);
      continue;
    }
    if (!k || f.end > k.end) lastKept.set(f.category, f);
    out.push(f);
  }
  // Already in order when no two findings start together (the usual case).
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.start <= out[i - 1]!.start) return stableSort(out, (a, b) => a.start - b.start || a.end - b.end || byCategory(a, b));
  }
  return out;
}

/** Categories whose findings interrupt the user (highlighted, asked about at submit). */
export function isInterrupting(f: Pick<Finding, 'severity'>): boolean {
  return f.severity !== 'info';
}

export type { Category };
