// `npx tsx scripts/eval/fixture-rows.ts <folder or file under tests/fixtures/judgement> [--misses] [--alarms]`:
// the engine on self-written judgement drafts, scored as policy_dev is scored (a violating draft
// is caught when one of its categories warns; a clean draft is a false alarm when anything warns).
// Used to record how a new round of drafts fares BEFORE anything is changed for it.
// `--part dev|check` scores one part of the split (judgementFixtures.ts, partOfRow): rules are
// written from the dev part's misses; the check part is only ever scored in aggregate, so it
// refuses --misses and --alarms.
// `--writers c,d,e` keeps the files of those writers only (a round written by several writers names
// each file `<writer>-<topic>.jsonl`): rules read some writers' drafts, the others' are scored in
// aggregate, which says whether a change carries over to people it was not written from.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { flaggedCategories, loadFixturePart, type FixtureRow, type RoundPart } from '../../tests/unit/judgementFixtures';
import { f3, newTally, tallyRow } from './rowTally';

const root = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'judgement');
const target = process.argv[2];
if (!target) {
  console.error('usage: npx tsx scripts/eval/fixture-rows.ts <round folder or file> [--part dev|check] [--writers c,d] [--misses] [--alarms]');
  process.exit(2);
}
const partArg = process.argv.find((a) => a.startsWith('--part='))?.slice(7) ?? (process.argv.includes('--part') ? process.argv[process.argv.indexOf('--part') + 1] : undefined);
if (partArg !== undefined && partArg !== 'dev' && partArg !== 'check') {
  console.error(`--part must be dev or check, not "${partArg}"`);
  process.exit(2);
}
const part = partArg as RoundPart | undefined;
if (part === 'check' && (process.argv.includes('--misses') || process.argv.includes('--alarms'))) {
  console.error('The check part is scored in aggregate only: --misses and --alarms are refused for it.');
  process.exit(2);
}
const writersArg = process.argv.find((a) => a.startsWith('--writers='))?.slice(10) ?? (process.argv.includes('--writers') ? process.argv[process.argv.indexOf('--writers') + 1] : undefined);
const writers = writersArg?.split(',').map((w) => w.trim()).filter(Boolean);
const files = (statSync(join(root, target)).isDirectory()
  ? readdirSync(join(root, target)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${target}/${f}`)
  : [target]
).filter((f) => !writers || writers.includes(f.split('/').pop()!.split('-')[0]!));
if (!files.length) {
  console.error(`no files${writers ? ` of writers ${writers.join(',')}` : ''} under ${target}`);
  process.exit(2);
}
const rows: Array<FixtureRow & { file: string }> = files.flatMap((file) => loadFixturePart(file, part).map((r) => ({ ...r, file })));
const t = newTally();
for (const r of rows) tallyRow(t, r, flaggedCategories(r));
const { violating, caught, clean, alarms, perCat, misses, falseAlarms } = t;
console.log(`${target}${writers ? ` (writers ${writers.join(',')})` : ''}${part ? ` (${part} part)` : ''}: ${rows.length} rows; violating ${caught}/${violating} caught (${f3(caught / violating)}); clean ${alarms}/${clean} flagged (FPR ${f3(alarms / clean)})`);
for (const [c, s] of [...perCat].sort()) console.log(`  ${c.padEnd(15)} ${String(s.hit).padStart(4)}/${String(s.n).padEnd(4)} ${f3(s.hit / s.n)}`);
if (process.argv.includes('--misses')) console.log(`\nmisses:\n${misses.join('\n')}`);
if (process.argv.includes('--alarms')) console.log(`\nfalse alarms:\n${falseAlarms.join('\n')}`);
