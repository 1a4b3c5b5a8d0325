// `npx tsx scripts/eval/fixture-rows.ts <folder or file under tests/fixtures/judgement> [--misses] [--alarms]`:
// the engine on self-written judgement drafts, scored as policy_dev is scored (a violating draft
// is caught when one of its categories warns; a clean draft is a false alarm when anything warns).
// Used to record how a new round of drafts fares BEFORE anything is changed for it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { flaggedCategories, loadFixture, type FixtureRow } from '../../tests/unit/judgementFixtures';

const root = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'judgement');
const target = process.argv[2];
if (!target) {
  console.error('usage: npx tsx scripts/eval/fixture-rows.ts <round folder or file> [--misses] [--alarms]');
  process.exit(2);
}
const files = statSync(join(root, target)).isDirectory()
  ? readdirSync(join(root, target)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${target}/${f}`)
  : [target];
const rows: Array<FixtureRow & { file: string }> = files.flatMap((file) => loadFixture(file).map((r) => ({ ...r, file })));
const perCat = new Map<string, { n: number; hit: number }>();
let violating = 0, caught = 0, clean = 0, alarms = 0;
const misses: string[] = [], falseAlarms: string[] = [];
for (const r of rows) {
  const got = flaggedCategories(r);
  const cats = r.expect.filter((c) => c !== 'none');
  if (cats.length === 0) {
    clean++;
    if (got.size) (alarms++, falseAlarms.push(`[${[...got].join(',')}] ${r.text}`));
    continue;
  }
  violating++;
  if (cats.some((c) => got.has(c))) caught++;
  else misses.push(`[${cats.join(',')}] ${r.text}`);
  for (const c of cats) {
    const s = perCat.get(c) ?? { n: 0, hit: 0 };
    s.n++;
    if (got.has(c)) s.hit++;
    perCat.set(c, s);
  }
}
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
console.log(`${target}: ${rows.length} rows; violating ${caught}/${violating} caught (${f3(caught / violating)}); clean ${alarms}/${clean} flagged (FPR ${f3(alarms / clean)})`);
for (const [c, s] of [...perCat].sort()) console.log(`  ${c.padEnd(15)} ${String(s.hit).padStart(4)}/${String(s.n).padEnd(4)} ${f3(s.hit / s.n)}`);
if (process.argv.includes('--misses')) console.log(`\nmisses:\n${misses.join('\n')}`);
if (process.argv.includes('--alarms')) console.log(`\nfalse alarms:\n${falseAlarms.join('\n')}`);
