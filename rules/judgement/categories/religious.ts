import type { CategoryJudgement } from '../types';

/** religious: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const religious: CategoryJudgement = {
  words: {},
  frames: [],
};
