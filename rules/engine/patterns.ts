/**
 * Phrase patterns (PatternRule) compiled against the normalized word stream.
 * `{name}` expands to a word class the policy data hands in (the lexicons' macros and the
 * judgement frames' classes, see data.ts) or a template below, `{~N}` to "up to N words".
 * Patterns only use bounded repetition, so each runs in time linear in the stream.
 */
import { leadGateOf, type LeadGate } from './leadGate';
import { foldTerm } from './normalize';
import { classTrie, compileWordProgram, macroEntries, matcherCache, type ClassTrie, type MatcherCache, type WordProgram } from './wordMatcher';

/** Composite classes built from the word lists. */
const TEMPLATES: Record<string, string> = {
  group: '(?:(?:{group_adj}) (?:{group_head})|{group_noun})',
  target: '(?:(?:{group_adj}) (?:{group_head})|{group_noun}|{pronoun}|(?:these|those|such|the next) [a-z]+(?:ers|ists|ians|ants|ents|ors|ics|ist|er|ian))',
  objetivo: '(?:{grupo}|{pronombre})',
};

/** Word classes: name → words or phrases. */
export type WordClassLookup = (name: string) => string[] | undefined;

const NO_CLASSES: WordClassLookup = () => undefined;

/**
 * What compiling patterns works out once per policy data (one set of word classes and everyday
 * words): each class expanded, each class's first words, each pattern's required literals.
 * Kept in the data's tables (tables.ts), so that a policy compiled again, or a worker started
 * from tables built with the extension, reads them instead of folding every class word again.
 */
export interface PatternTables {
  /** Class name → its expansion, a regular expression group over the folded words. */
  macros: Map<string, string>;
  /** Class or template name → the words a match of it can start with. */
  firstWords: Map<string, string[]>;
}

export function patternTables(): PatternTables {
  return { macros: new Map(), firstWords: new Map() };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function macro(name: string, wordClass: WordClassLookup, tables: PatternTables): string {
  const expanded = tables.macros;
  const cached = expanded.get(name);
  if (cached) return cached;
  let out: string;
  if (TEMPLATES[name]) out = expand(TEMPLATES[name], wordClass, tables);
  else {
    const words = wordClass(name);
    if (!words) throw new Error(`Unknown word class {${name}}`);
    const folded = [...new Set(words.map((w) => foldTerm(w).join(' ')).filter(Boolean))].sort((a, b) => b.length - a.length);
    out = `(?:${folded.map(escape).join('|')})`;
  }
  expanded.set(name, out);
  return out;
}

function expand(src: string, wordClass: WordClassLookup, tables: PatternTables): string {
  return src
    .replace(/\{~(\d)\}/g, (_m, n: string) => `(?:[^ .]+ ){0,${n}}`)
    .replace(/\{([a-z_]+)\}/g, (_m, name: string) => macro(name, wordClass, tables));
}

/** Words that can start a match of {name} (first word of each entry). */
const TEMPLATE_FIRST: Record<string, string[]> = {
  group: ['group_adj', 'group_noun'],
  target: ['group_adj', 'group_noun', 'pronoun', '=these', '=those', '=such', '=the'],
  objetivo: ['grupo', 'pronombre'],
};

/** The pattern with `{~N}` and the templates written out and its word classes kept as `{name}` (wordMatcher.ts reads classes as tries). */
function expandKeepingClasses(src: string): string {
  return src.replace(/\{~(\d)\}/g, (_m, n: string) => `(?:[^ .]+ ){0,${n}}`).replace(/\{([a-z_]+)\}/g, (m, name: string) => (TEMPLATES[name] ? expandKeepingClasses(TEMPLATES[name]) : m));
}

/** What the word matcher builds per policy data (class tries, word tests, lookarounds), beside its pattern tables. */
const matchers = new WeakMap<PatternTables, MatcherCache>();

function wordProgram(src: string, wordClass: WordClassLookup, tables: PatternTables): WordProgram | null {
  let cache = matchers.get(tables);
  if (!cache) matchers.set(tables, (cache = matcherCache()));
  const classes = cache.classes;
  // The class's entries as the RegExp spells them (its expansion), so both read the same words.
  const classOf = (name: string): ClassTrie => {
    let trie = classes.get(name);
    if (!trie) classes.set(name, (trie = classTrie(macroEntries(macro(name, wordClass, tables)))));
    return trie;
  };
  return compileWordProgram(expandKeepingClasses(src), cache, classOf);
}

function firstWords(name: string, wordClass: WordClassLookup, tables: PatternTables): string[] {
  const cached = tables.firstWords.get(name);
  if (cached) return cached;
  const out = new Set<string>();
  for (const part of TEMPLATE_FIRST[name] ?? [name]) {
    if (part.startsWith('=')) out.add(part.slice(1));
    else for (const w of wordClass(part) ?? []) out.add(foldTerm(w)[0] ?? '');
  }
  out.delete('');
  const list = [...out];
  tables.firstWords.set(name, list);
  return list;
}

export interface CompiledPattern {
  /** Scans the whole stream (global flag), anchored at word edges. Made on first use. */
  readonly global: RegExp;
  /** Tried only where a match can start (sticky flag); with `first`. Made on first use. */
  readonly sticky: RegExp;
  /** When the pattern starts with a word class: the words a match can start with (made on first read; a policy indexes `leadKeys`). */
  readonly first: Set<string> | null;
  /** `first` by name (leadKeys): non-null exactly when `first` is. */
  readonly leadKeys: readonly string[] | null;
  /**
   * For a pattern without `first` (scanned): the words a match can start with, read with
   * more pattern shapes (optional leading words, "re ?elect", "launder(?:ing)?"); null when
   * still unknown. Lets the scan try only those words while keeping its semantics.
   */
  readonly scanFirst: Set<string> | null;
  /** The expanded regular expression (word classes written out), for literals.ts. */
  readonly body: string;
  /**
   * The pattern as a program over the stream's words (wordMatcher.ts): what `sticky` finds, with
   * word classes looked up instead of compiled as alternations; null when the pattern has a part
   * the program does not read (the RegExps run). Made on first use.
   */
  readonly words: WordProgram | null;
  /** A cheap test of the pattern's first part at a word (leadGate.ts); null when it has none. Made on first use. */
  readonly lead: LeadGate | null;
}

/** The lead gates of one policy data's patterns, by their first group's text (word classes lead many patterns). */
const leadGates = new WeakMap<PatternTables, Map<string, LeadGate | null>>();

/**
 * A pattern over the word stream. A pattern that starts with a word class is only
 * tried at tokens of that class (one hash lookup per token instead of a regex attempt
 * at every character), which keeps many patterns cheap on long drafts. `tables`: the policy
 * data's pattern tables (read and filled here).
 */
/** How a pattern starts, worked out at build time (tables.ts): its leadKeys, and its scanFirst's words when those are null. */
export interface KnownLead {
  keys: readonly string[] | null;
  scan: readonly string[] | null;
}

export function compilePattern(src: string, wordClass: WordClassLookup = NO_CLASSES, tables: PatternTables = patternTables(), known?: KnownLead): CompiledPattern {
  const keys = known ? known.keys : leadKeys(src, wordClass, tables);
  // The body too is written out when first read (a RegExp, the lead gate, the build's literals):
  // the word classes written out into every pattern were megabytes of strings per compile.
  let body: string | undefined;
  const bodyOf = () => (body ??= expand(src, wordClass, tables));
  let first: Set<string> | null | undefined;
  let scanFirst: Set<string> | null | undefined;
  // The regular expressions are made when first used: V8 parses a pattern when it is made,
  // and most of a policy's patterns never run on a given draft (their literals are absent).
  // Own getters, so that a copy ({ ...pattern }) still has them.
  let global: RegExp | undefined;
  let sticky: RegExp | undefined;
  let words: WordProgram | null | undefined;
  let lead: LeadGate | null | undefined;
  return {
    get body() {
      return bodyOf();
    },
    leadKeys: keys,
    get first() {
      return first === undefined ? (first = keys && wordsOfKeys(keys, wordClass, tables)) : first;
    },
    get scanFirst() {
      if (scanFirst === undefined) scanFirst = keys ? null : known ? known.scan && new Set(known.scan) : scanLeadWords(src, wordClass, tables);
      return scanFirst;
    },
    get global() {
      return (global ??= new RegExp(`(?<![^ .])(?:${bodyOf()})(?![^ .])`, 'g'));
    },
    get sticky() {
      return (sticky ??= new RegExp(`(?:${bodyOf()})(?![^ .])`, 'y'));
    },
    get words() {
      return words === undefined ? (words = wordProgram(src, wordClass, tables)) : words;
    },
    get lead() {
      if (lead === undefined) {
        let memo = leadGates.get(tables);
        if (!memo) leadGates.set(tables, (memo = new Map()));
        lead = leadGateOf(bodyOf(), memo);
      }
      return lead;
    },
  };
}

/** The index of the ")" closing the group that opens at `open`, or -1. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Every word a match of `src` can start with (its first word in the stream), or null when
 * that can't be read off the pattern. A superset is fine (the pattern is then tried there
 * and fails); missing a word is not, so anything unusual gives null.
 */
export function scanLeadWords(src: string, wordClass: WordClassLookup = NO_CLASSES, tables: PatternTables = patternTables()): Set<string> | null {
  const out = new Set<string>();
  for (const alt of alternatives(src)) {
    const words = altLeadWords(alt, wordClass, tables);
    if (!words) return null;
    for (const w of words) out.add(w);
  }
  return out.size ? out : null;
}

function altLeadWords(alt: string, wordClass: WordClassLookup, tables: PatternTables): Set<string> | null {
  const macroLead = /^\{([a-z_]+)\}(?= |$)/.exec(alt);
  if (macroLead) return wordClass(macroLead[1]!) || TEMPLATE_FIRST[macroLead[1]!] ? new Set(firstWords(macroLead[1]!, wordClass, tables)) : null;
  if (alt.startsWith('(?:')) {
    const close = closing(alt, 0);
    if (close < 0) return null;
    const inner = alt.slice(3, close);
    if (alt[close + 1] === '?') {
      // "(?:la )?rest": whole optional words (each alternative ends with a space), then the rest.
      const rest = alt.slice(close + 2);
      const parts = alternatives(inner);
      if (rest === '' || parts.some((p) => !p.endsWith(' ') || p.endsWith('\\ '))) return null;
      const out = altLeadWords(rest, wordClass, tables);
      for (const p of parts) {
        const words = scanLeadWords(p.slice(0, -1), wordClass, tables);
        if (!out || !words) return null;
        for (const w of words) out.add(w);
      }
      return out;
    }
    // Lookaheads after the group ("(?! (?:to|for)\\b)") consume nothing: look past them.
    let after = close + 1;
    while (alt.startsWith('(?!', after) || alt.startsWith('(?=', after)) {
      const end = closing(alt, after);
      if (end < 0) return null;
      after = end + 1;
    }
    if (alt[after] !== undefined && alt[after] !== ' ' && !alt.startsWith('(?: ', after)) return null;
    return scanLeadWords(inner, wordClass, tables);
  }
  // "cameras?": two possible first words.
  const plural = /^([a-z]+)s\?(?: |$)/.exec(alt);
  if (plural) return new Set([plural[1]!, `${plural[1]}s`]);
  // "re ?elect": "re" (then "elect") or "reelect".
  const spaced = /^([a-z]+) \?([a-z]+)(?: |$)/.exec(alt);
  if (spaced) return new Set([spaced[1]!, spaced[1]! + spaced[2]!]);
  // "launder(?:ing)?": the word with or without one of the endings.
  const ending = /^([a-z]+)\(\?:([a-z]+(?:\|[a-z]+)*)\)\?(?: |$)/.exec(alt);
  if (ending) return new Set([ending[1]!, ...ending[2]!.split('|').map((e) => ending[1]! + e)]);
  const word = /^([a-z0-9]+)(?: (?!\?)|$)/.exec(alt);
  return word ? new Set([word[1]!]) : null;
}

/** Split at top-level "|". */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(last, i));
      last = i + 1;
    }
  }
  out.push(src.slice(last));
  return out;
}

/**
 * The words a match of `src` can start with, or null when that can't be read off the
 * pattern simply (then the pattern is scanned everywhere, which is always correct).
 */
export function leadWords(src: string, wordClass: WordClassLookup = NO_CLASSES, tables: PatternTables = patternTables()): Set<string> | null {
  const keys = leadKeys(src, wordClass, tables);
  return keys && wordsOfKeys(keys, wordClass, tables);
}

/**
 * What leadWords() reads, by name: the word classes (and templates) a match can start with,
 * and `=word` for a word written out. A policy indexes its patterns by these (a few per
 * pattern) instead of by every first word of every class (~30,000 pairs for the built-in
 * data), and the built-in data's are in its tables (tables.ts): issue 18. Null where
 * leadWords() is null.
 */
export function leadKeys(src: string, wordClass: WordClassLookup = NO_CLASSES, tables: PatternTables = patternTables()): string[] | null {
  const out = new Set<string>();
  let any = false;
  for (const alt of alternatives(src)) {
    const macroLead = /^\{([a-z_]+)\}/.exec(alt);
    if (macroLead) {
      if (!wordClass(macroLead[1]!) && !TEMPLATE_FIRST[macroLead[1]!]) return null;
      out.add(macroLead[1]!);
      // Always worked out (not short-circuited): the tables then hold every class a pattern starts with.
      if (firstWords(macroLead[1]!, wordClass, tables).length > 0) any = true;
      continue;
    }
    if (alt.startsWith('(?:')) {
      let depth = 0;
      let close = -1;
      for (let i = 0; i < alt.length; i++) {
        if (alt[i] === '\\') i++;
        else if (alt[i] === '(') depth++;
        else if (alt[i] === ')' && --depth === 0) {
          close = i;
          break;
        }
      }
      const after = alt[close + 1];
      // The group must end a word: followed by a space, the end, or an optional group that starts with a space.
      const endsWord = after === undefined || after === ' ' || alt.startsWith('(?: ', close + 1);
      if (close < 0 || !endsWord) return null;
      const inner = leadKeys(alt.slice(3, close), wordClass, tables);
      if (!inner) return null;
      for (const k of inner) out.add(k);
      any = true;
      continue;
    }
    // "cameras?" (optional plural) is two possible first words.
    const plural = /^([a-z]+)s\?(?: |$)/.exec(alt);
    if (plural) {
      out.add(`=${plural[1]}`);
      out.add(`=${plural[1]}s`);
      any = true;
      continue;
    }
    const word = /^([a-z0-9]+)(?: (?!\?)|$)/.exec(alt); // "re ?elect": the space is optional, so no
    if (!word) return null;
    out.add(`=${word[1]}`);
    any = true;
  }
  return any ? [...out] : null;
}

/** The words a lead key stands for (leadKeys). */
export function wordsOfKey(key: string, wordClass: WordClassLookup, tables: PatternTables): readonly string[] {
  return key.startsWith('=') ? [key.slice(1)] : firstWords(key, wordClass, tables);
}

function wordsOfKeys(keys: readonly string[], wordClass: WordClassLookup, tables: PatternTables): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (const w of wordsOfKey(k, wordClass, tables)) out.add(w);
  return out;
}

/** The negation words of the current word classes ({negator} and {negacion}), as one expression. */
export function negationOf(wordClass: WordClassLookup, tables: PatternTables = patternTables()): RegExp {
  return new RegExp(`(?<![^ ])(?:${macro('negator', wordClass, tables)}|${macro('negacion', wordClass, tables)})(?![^ ])`);
}
// "nothing but", "no better than", "no son más que" intensify rather than negate.
const NOT_NEGATION = /\b(?:nothing but|nothing more than|no better than|no more than|no different (?:than|from)|no (?:es|son|eres|sois) mas que|no (?:es|son) otra cosa que|not even|not only|no doubt|without a doubt|without exception|not realise|not realize|not obvious|not clear|not see|not notice|not make it obvious|no one else|nobody else|no mercy|without mercy|cant help|cant stop|can not help|cannot help|no wonder|no les queda claro|no queda claro|no se da cuenta|no se dan cuenta|no es obvio|no hay nada peor que|no hay nadie peor que)\b/g;
const EXTRA_NEGATION = /\b(?:opposite of|far from|lo opuesto|opuesto a|lo contrario)\b/;

/** Whether a negation precedes stream index `start` (or sits inside the match) in the same sentence. */
export function negated(stream: string, start: number, end: number, negation: RegExp): boolean {
  let from = stream.lastIndexOf(' . ', start);
  from = from < 0 ? 0 : from + 3;
  from = Math.max(from, start - 60);
  // Before the match, and just before its last words ("are not scum"); not the middle
  // of a long match ("can't stop themselves from being revolting").
  const words = stream.slice(start, end).split(' ');
  const window = `${stream.slice(from, start)} ${words.slice(Math.max(1, words.length - 4), -1).join(' ')}`.replace(NOT_NEGATION, ' ');
  return negation.test(window) || EXTRA_NEGATION.test(window);
}
