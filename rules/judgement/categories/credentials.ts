import type { CategoryJudgement } from '../types';

/** credentials: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const credentials: CategoryJudgement = {
  words: {},
  frames: [],
};
