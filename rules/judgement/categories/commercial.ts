import type { CategoryJudgement } from '../types';

/** commercial: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const commercial: CategoryJudgement = {
  words: {},
  frames: [],
};
