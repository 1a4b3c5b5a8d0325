/**
 * What the engine is handed to compile a policy: the policy packs it may name, the lexicons
 * and the judgement frames. The engine imports none of them (rules/packs, rules/lexicons,
 * rules/judgement): rules/policy/builtIn.ts assembles the shipped data, a test can hand in
 * a throwaway pack, and a city's own policy (rules/policy/city.ts) is one more pack.
 */
import type { Frame, WordClasses } from '../judgement/types';
import type { PolicyPack } from '../schema';
import type { EngineTables } from './tables';

export interface Lexicon {
  /** Word classes `{name}` of the packs' patterns; their words are also the speller's vocabulary. */
  wordClasses: Readonly<WordClasses>;
  /** Word → words that, in the same sentence, show its innocent sense ("cock" beside "rooster"). */
  innocentSenses: Readonly<Record<string, readonly string[]>>;
  /** Short everyday words: never re-joined, corrected or read as a disguise. */
  common: ReadonlySet<string>;
  /** Real words that look like a typo of a rule's word ("depot" is not "deport"): never corrected. */
  real: ReadonlySet<string>;
}

export interface Judgement {
  frames: readonly Frame[];
  /** The frames' own word classes: patterns only, never the speller's vocabulary (ordinary words). */
  words: Readonly<WordClasses>;
}

export interface PolicyData {
  /** Every pack a policy may name, by id. */
  packs: Readonly<Record<string, PolicyPack>>;
  /**
   * The packs whose words the speller and the disguise reader know (every detection rule
   * we ship, whichever packs are on: a typo is read the same way under any policy).
   */
  vocabulary: readonly PolicyPack[];
  lexicon: Lexicon;
  judgement: Judgement;
  /**
   * The engine's tables for this data, built ahead (tables.ts buildTables, at build time for
   * the extension). Must come from this same data; without them they are worked out on first
   * compile.
   */
  tables?: EngineTables;
}
