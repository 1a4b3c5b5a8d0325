// `npm run eval:drafts [-- --misses] [-- --part test] [-- --category violence] [-- --hide-test]`: judgement on
// policy_dev (drafts by city employees), on the development part, the measured part and the
// whole (scripts/eval/policy-dev.ts says how the set is split). `--misses` lists the
// development part's misses and false alarms; the measured part's are only shown with
// `--part test`, which is for the end of a piece of work, not for writing rules. `blind` is a
// second measured-only set (tests/fixtures/blind), printed as aggregates only.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../rules';
import { EVAL_DATA_CANDIDATES, findEvalData } from './eval/data-dir';
import { formatMisses, formatScore, loadDrafts, partOf, scoreDrafts, type DraftRow } from './eval/policy-dev';

export function evalDrafts(argv: string[] = []): void {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dataDir = findEvalData('policy_dev');
  if (!dataDir) {
    console.log(`eval: no policy_dev found (looked in ${EVAL_DATA_CANDIDATES.join(', ')}); skipping.`);
    return;
  }
  const rows = loadDrafts(dataDir);
  const compiled = compilePolicy(DEFAULT_POLICY);
  const cache = new Map<string, ReturnType<typeof evaluate>>();
  const check = (r: { id: string; text: string; lang: string }) => {
    let f = cache.get(r.id);
    if (!f) cache.set(r.id, (f = evaluate(r.text, compiled, { locale: r.lang === 'es' ? 'es' : 'en' })));
    return f;
  };
  const partArg = argv.includes('--part') ? argv[argv.indexOf('--part') + 1] : undefined;
  const category = argv.includes('--category') ? argv[argv.indexOf('--category') + 1] : undefined;
  const dev = rows.filter((r) => partOf(r.id) === 'dev');
  const test = rows.filter((r) => partOf(r.id) === 'test');
  console.log('\npolicy_dev (drafts by city employees; split by a hash of the id: dev = developed on, test = only measured)');
  // `--hide-test` leaves the measured part out of the printout entirely, for rule writing rounds that
  // keep even its aggregates for the end (session 10 on).
  const hideTest = argv.includes('--hide-test');
  for (const [name, part] of [['dev', dev], ['test', test], ['all', rows]] as const) if (!hideTest || name === 'dev') console.log(formatScore(name, scoreDrafts(part, check)));
  // A second measured-only set, written apart from the frames (tests/fixtures/blind/README.md): aggregates only.
  const blindFile = join(repo, 'tests', 'fixtures', 'blind', 'drafts.jsonl');
  if (existsSync(blindFile)) {
    const blind = readFileSync(blindFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => ({ ...(JSON.parse(l) as DraftRow), id: `blind-${i}` }));
    console.log(formatScore('blind', scoreDrafts(blind, check)));
  }
  if (argv.includes('--misses')) {
    const shown = partArg === 'test' ? test : partArg === 'all' ? rows : dev;
    const s = scoreDrafts(shown, check);
    const keep = (m: { row: { expect: string[] }; flagged: string[] }) => !category || m.row.expect.includes(category) || m.flagged.includes(category);
    s.misses = s.misses.filter(keep);
    s.alarms = s.alarms.filter(keep);
    console.log(`\nmisses and false alarms (${partArg ?? 'dev'} part${category ? `, ${category}` : ''}):`);
    console.log(formatMisses(s));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) evalDrafts(process.argv.slice(2));
