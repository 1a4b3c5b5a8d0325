import type { CategoryJudgement, WordClasses } from './types';
import { SHARED_WORDS } from './shared';
import { profanity } from './categories/profanity';
import { slur } from './categories/slur';
import { harassment } from './categories/harassment';
import { sexual } from './categories/sexual';
import { violence } from './categories/violence';
import { commercial } from './categories/commercial';
import { political } from './categories/political';
import { religious } from './categories/religious';
import { confidential } from './categories/confidential';
import { personal_info } from './categories/personal-info';
import { credentials } from './categories/credentials';
import { security } from './categories/security';
import { official_voice } from './categories/official-voice';
import { illegal } from './categories/illegal';
import { defamation } from './categories/defamation';

/** Every category's judgement as its file writes it (stems not yet expanded), in the category order of rules/schema.ts. */
export const ALL: readonly CategoryJudgement[] = [
  profanity,
  slur,
  harassment,
  sexual,
  violence,
  commercial,
  political,
  religious,
  confidential,
  personal_info,
  credentials,
  security,
  official_voice,
  illegal,
  defamation,
];

/** The word classes as written: shared.ts, then the category files (the first definition of a name wins). */
export const RAW_WORDS: WordClasses = Object.assign({}, ...[...ALL].reverse().map((c) => c.words), SHARED_WORDS) as WordClasses;

/** A stem token: letters then "*" ("humiliat*", "golpe*"); at least three letters so it can't swallow a dictionary. */
export const STEM_TOKEN = /^[a-z]{3,}\*$/;

/** Every stem token written in a word class (scripts/judgement-stems.ts expands them into stems.ts). */
export function stemEntries(): string[] {
  const out: string[] = [];
  for (const c of [...ALL.map((x) => x.words), SHARED_WORDS]) {
    for (const words of Object.values(c)) for (const w of words) for (const t of w.split(' ')) if (t.endsWith('*')) out.push(t);
  }
  return out;
}
