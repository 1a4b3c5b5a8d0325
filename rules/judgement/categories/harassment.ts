import type { CategoryJudgement } from '../types';

/** harassment: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const harassment: CategoryJudgement = {
  words: {},
  frames: [],
};
