import type { CategoryJudgement } from '../types';

/** confidential: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const confidential: CategoryJudgement = {
  words: {},
  frames: [],
};
