import type { CategoryJudgement } from '../types';

/** personal_info: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const personal_info: CategoryJudgement = {
  words: {},
  frames: [],
};
