import type { CategoryJudgement } from '../types';

/** sexual: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const sexual: CategoryJudgement = {
  words: {},
  frames: [],
};
