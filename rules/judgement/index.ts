import type { Frame, WordClasses } from './types';
import { SHARED_WORDS } from './shared';
import { compileFrame } from './cooccur';
import { ALL, RAW_WORDS } from './raw';
import { expandStems } from './expand';
import { STEM_FORMS } from './stems';

/** Every frame as the engine reads it (co-occurrences compiled to patterns, see cooccur.ts). */
export const FRAMES: readonly Frame[] = ALL.flatMap((c) => c.frames.map(compileFrame));

/** The word classes the frames use, `stem*` entries expanded (expand.ts). A name defined twice is a mistake: the first wins, and tests/unit/judgement.test.ts fails. */
export const FRAME_WORDS: WordClasses = expandStems(RAW_WORDS, STEM_FORMS);

/** Class names defined in more than one category file (should be none). */
export function duplicateWordClasses(): string[] {
  const seen = new Map<string, number>();
  for (const c of [...ALL, { words: SHARED_WORDS }]) for (const name of Object.keys(c.words)) seen.set(name, (seen.get(name) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}

export type { CategoryJudgement, Cooccurrence, Frame, FrameSource, WordClasses } from './types';
export { cooccurPatterns } from './cooccur';
