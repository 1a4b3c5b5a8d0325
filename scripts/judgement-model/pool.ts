// Which rows a judgement-model training sees (session 14, "the learning curve"): the fixture
// files of the training rounds and of the evaluation round (never a training row), a held-out
// slice of the pool for placing thresholds, and a nested subset of the rest for the curve.
// Every choice is a hash of the row's id, so a run is reproducible and the subsets are nested.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fnv } from './seeded';

/** A fixture file and whether its rows may be trained on (false: the evaluation round's). */
export interface FixtureFile {
  file: string;
  train: boolean;
}

/**
 * The fixture files: the top-level `.jsonl` files and those of each training round (`train`), then
 * — only when `withEval` — the evaluation round's (`train: false`). An evaluation round that is also
 * a training round is an error, not a silent overlap.
 */
export function fixtureFiles(dir: string, rounds: string[], evalRound: string, withEval: boolean): FixtureFile[] {
  if (rounds.includes(evalRound)) throw new Error(`the evaluation round ${evalRound} is also a training round`);
  const jsonl = (d: string) => readdirSync(d).filter((f) => f.endsWith('.jsonl')).sort();
  return [
    ...jsonl(dir).map((file) => ({ file, train: true })),
    ...rounds.flatMap((r) => jsonl(join(dir, r)).map((f) => ({ file: `${r}/${f}`, train: true }))),
    ...(withEval ? jsonl(join(dir, evalRound)).map((f) => ({ file: `${evalRound}/${f}`, train: false })) : []),
  ];
}

/** A row's place in [0, 1), by a hash salted apart from the folds' and the public halves' (plain fnv(id)). */
const unit = (salt: string, id: string) => fnv(`${salt}:${id}`) / 4294967296;

/** The held-out slice (about `share` of the pool) on which thresholds are placed; never fitted on. */
export const inHoldout = (id: string, share = 0.2) => unit('holdout', id) < share;

/**
 * Whether a pool row is in the training subset of size `fraction`: a row in the 1/4 subset is in
 * the 1/2 subset and in the whole pool (nested), and drafts and public rows are cut alike.
 */
export const inFraction = (id: string, fraction: number) => fraction >= 1 || unit('fraction', id) < fraction;
