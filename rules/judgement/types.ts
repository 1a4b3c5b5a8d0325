import type { Category, LocalizedText, RuleExamples, Severity } from '../schema';

/**
 * A judgement frame: one way a category shows up when an employee says it in their own
 * words ("who + act + target", "key + is + value"). Written in the pattern language of
 * rules/engine/patterns.ts over the normalized word stream: `{class}` is a word class (the
 * category files' `words`, or rules/lexicons/{en,es}/macros.ts), `{~N}` is up to N words.
 * A frame has no citation of its own: it cites the section the active policy gives its
 * category (the first active pack rule of that category), so any city can cite it.
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

/** Word classes: name → normalized words or phrases (lower case, no accents, no apostrophes). */
export type WordClasses = Record<string, string[]>;

/** What one category file contributes: its frames and the word classes they use. */
export interface CategoryJudgement {
  frames: Frame[];
  words: WordClasses;
}
