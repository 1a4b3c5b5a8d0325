import type { Category, LocalizedText, RuleExamples, Severity } from '../schema';

/**
 * A judgement frame: one way a category shows up when an employee says it in their own
 * words ("who + act + target", "key + is + value"). Written in the pattern language of
 * rules/engine/patterns.ts over the normalized word stream: `{class}` is a word class (the
 * category files' `words`, or rules/lexicons/{en,es}/macros.ts), `{~N}` is up to N words.
 * A frame has no citation of its own: it cites the section the active policy gives its
 * category (the first active pack rule of that category), so any city can cite it.
 * This is the compiled shape the engine reads; category files write a FrameSource.
 */
export interface Frame {
  /** Stable id, `judgement.<category>.<name>`. */
  id: string;
  category: Category;
  /** Why, in plain words ("names a person and says they stole"): shown on the card. */
  message: LocalizedText;
  patterns: string[];
  /** A negation just before the match ("not", "never", "no") cancels it. */
  negatable?: boolean;
  /** Defaults to the severity of the category's pack rule. */
  severity?: Severity;
  /** Drafts it must flag and drafts it must leave alone (checked by tests/unit/judgement.test.ts). */
  examples: RuleExamples;
}

/**
 * A co-occurrence: a word of class A and a word of class B in one sentence, in either order,
 * at most `within` words apart ("who + act" without a fixed wording: "the clerk ... a clown",
 * "a clown, that clerk"). Each side names one class or several (a union). `unless` lists
 * guard classes (official notices, "never share", news-style reports, idioms): a guard word
 * within `guardWithin` words before, between or after the two cancels the match. Compiled to
 * linear patterns by rules/judgement/cooccur.ts, one per order and per lead class, so each
 * is only tried at the words of its lead class.
 */
export interface Cooccurrence {
  all: [string | string[], string | string[]];
  /** Most words between the two (0 = adjacent). At most 20. */
  within: number;
  /** Only A then B (default: either order). */
  ordered?: boolean;
  unless?: string[];
  /** How far from the pair a guard still cancels it, in words (default: `within`). At most 20. */
  guardWithin?: number;
}

/** A frame as a category file writes it: patterns, co-occurrences, or both. */
export interface FrameSource extends Omit<Frame, 'patterns'> {
  patterns?: string[];
  cooccur?: Cooccurrence[];
}

/** Word classes: name → normalized words or phrases (lower case, no accents, no apostrophes). */
export type WordClasses = Record<string, string[]>;

/** What one category file contributes: its frames and the word classes they use. */
export interface CategoryJudgement {
  frames: FrameSource[];
  words: WordClasses;
}
