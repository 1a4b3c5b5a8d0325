import type { CategoryJudgement } from '../types';

/** violence: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const violence: CategoryJudgement = {
  words: {},
  frames: [],
};
