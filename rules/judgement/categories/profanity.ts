import type { CategoryJudgement } from '../types';

/** profanity: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const profanity: CategoryJudgement = {
  words: {},
  frames: [],
};
