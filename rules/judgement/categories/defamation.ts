import type { CategoryJudgement } from '../types';

/** defamation: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const defamation: CategoryJudgement = {
  words: {},
  frames: [],
};
