import type { CategoryJudgement } from '../types';

/** official_voice: frames and word classes (en and es side by side). See rules/judgement/README.md. */
export const official_voice: CategoryJudgement = {
  words: {},
  frames: [],
};
