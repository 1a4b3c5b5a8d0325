// Where the labelled eval data lives: $ASK_FIRST_EVAL_DATA, else <repo>/../shared/eval-data, else
// /work/shared/eval-data. Every eval, bench and trainer script looks it up here.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folders looked in, in order. */
export const EVAL_DATA_CANDIDATES = [process.env.ASK_FIRST_EVAL_DATA, join(repo, '..', 'shared', 'eval-data'), '/work/shared/eval-data'].filter(Boolean) as string[];

/** The first candidate folder that holds `entry` (a file or folder name), or undefined. */
export const findEvalData = (entry: string): string | undefined => EVAL_DATA_CANDIDATES.find((d) => existsSync(join(d, entry)));
