import type { CategoryJudgement } from '../types';

/** illegal: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const illegal: CategoryJudgement = {
  words: {},
  frames: [],
};
