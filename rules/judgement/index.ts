import type { Frame, WordClasses } from './types';
import { SHARED_WORDS } from './shared';
import { compileFrame } from './cooccur';
import { profanity } from './categories/profanity';
import { slur } from './categories/slur';
import { harassment } from './categories/harassment';
import { sexual } from './categories/sexual';
import { violence } from './categories/violence';
import { commercial } from './categories/commercial';
import { political } from './categories/political';
import { religious } from './categories/religious';
import { confidential } from './categories/confidential';
import { personal_info } from './categories/personal-info';
import { credentials } from './categories/credentials';
import { security } from './categories/security';
import { official_voice } from './categories/official-voice';
import { illegal } from './categories/illegal';
import { defamation } from './categories/defamation';

/** Every category's judgement, in the category order of rules/schema.ts. */
const ALL = [
  profanity,
  slur,
  harassment,
  sexual,
  violence,
  commercial,
  political,
  religious,
  confidential,
  personal_info,
  credentials,
  security,
  official_voice,
  illegal,
  defamation,
];

/** Every frame as the engine reads it (co-occurrences compiled to patterns, see cooccur.ts). */
export const FRAMES: readonly Frame[] = ALL.flatMap((c) => c.frames.map(compileFrame));

/** The word classes the frames use. A name defined twice is a mistake: the first wins, and tests/unit/judgement.test.ts fails. */
export const FRAME_WORDS: WordClasses = Object.assign({}, ...[...ALL].reverse().map((c) => c.words), SHARED_WORDS) as WordClasses;

/** Class names defined in more than one category file (should be none). */
export function duplicateWordClasses(): string[] {
  const seen = new Map<string, number>();
  for (const c of [...ALL, { words: SHARED_WORDS }]) for (const name of Object.keys(c.words)) seen.set(name, (seen.get(name) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}

export type { CategoryJudgement, Cooccurrence, Frame, FrameSource, WordClasses } from './types';
export { cooccurPatterns } from './cooccur';
