// `npx tsx scripts/eval/check-sets.ts`: the engine on every self-written round that rules are not
// written from, in aggregate only (no draft is ever printed): rounds 9, 10 and 11 whole, and
// round 12's writers i, j, k (its writers c–h are read by rule writers; fixture-rows.ts --writers).
// One line per set and per category over all of them together, so a rule change is judged on
// drafts by people it was not written from, in one command.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { flaggedCategories, loadFixturePart, type FixtureRow } from '../../tests/unit/judgementFixtures';
import { f3, newTally, tallyRow, type RowTally } from './rowTally';

const root = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'judgement');
/** Each check set: a round folder and, for a round partly read, the writers kept apart. */
export const CHECK_SETS: Array<{ round: string; writers?: string[] }> = [
  { round: 'round9' },
  { round: 'round10' },
  { round: 'round11' },
  { round: 'round12', writers: ['i', 'j', 'k'] },
];

const rowsOf = (set: (typeof CHECK_SETS)[number]): FixtureRow[] =>
  readdirSync(join(root, set.round))
    .filter((f) => f.endsWith('.jsonl') && (!set.writers || set.writers.includes(f.split('-')[0]!)))
    .sort()
    .flatMap((f) => loadFixturePart(`${set.round}/${f}`));

const line = (name: string, t: RowTally) =>
  `${name.padEnd(22)} violating ${String(t.caught).padStart(4)}/${String(t.violating).padEnd(4)} ${f3(t.caught / t.violating)}   clean flagged ${String(t.alarms).padStart(3)}/${String(t.clean).padEnd(4)} FPR ${f3(t.alarms / t.clean)}`;

const all = newTally();
for (const set of CHECK_SETS) {
  const t = newTally();
  for (const r of rowsOf(set)) {
    const got = flaggedCategories(r);
    tallyRow(t, r, got);
    tallyRow(all, r, got);
  }
  console.log(line(set.writers ? `${set.round} (${set.writers.join(',')})` : set.round, t));
}
console.log(line('all check sets', all));
console.log([...all.perCat].sort().map(([c, s]) => `${c} ${f3(s.hit / s.n)}`).join(', '));
