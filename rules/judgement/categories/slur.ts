import type { CategoryJudgement } from '../types';

/** slur: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const slur: CategoryJudgement = {
  words: {},
  frames: [],
};
