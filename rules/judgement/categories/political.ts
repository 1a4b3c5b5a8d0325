import type { CategoryJudgement } from '../types';

/** political: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const political: CategoryJudgement = {
  words: {},
  frames: [],
};
