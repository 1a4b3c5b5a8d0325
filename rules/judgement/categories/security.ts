import type { CategoryJudgement } from '../types';

/** security: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const security: CategoryJudgement = {
  words: {},
  frames: [],
};
