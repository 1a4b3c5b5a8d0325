// `npx tsx scripts/eval/frame-hits.ts [--max N] [--only ids.txt]`: how broad each judgement frame
// is, read on the drafts rules are written from (policy_dev's dev part, the self-written fixtures
// and rounds 4–5, round 6's dev part — never a measured part). For every frame: the drafts it
// catches in its own category (hits), the drafts only it catches (sole), and the clean drafts it
// fires on (alarms). A frame whose hits are one or two drafts is a rule for a sentence (issue
// #12: "a rule that exists to match one sentence is a defect"); `--max N` lists the frames with at
// most N hits. `--only FILE` limits the list to the frame ids in FILE (one per line), e.g. the
// frames a branch added.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { loadFixturePart } from '../../tests/unit/judgementFixtures';
import { loadDrafts, partOf } from './policy-dev';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const max = Number(arg('--max') ?? 2);
const onlyFile = arg('--only');
const only = onlyFile ? new Set(readFileSync(onlyFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) : undefined;

interface Row { text: string; lang: string; expect: string[] }
const rows: Row[] = [];
const dataDir = [join(repo, '..', 'shared', 'eval-data'), '/work/shared/eval-data'].find((d) => existsSync(join(d, 'policy_dev')));
if (dataDir) rows.push(...loadDrafts(dataDir).filter((r) => partOf(r.id) === 'dev' && !r.borderline));
const fixtures = join(repo, 'tests', 'fixtures', 'judgement');
for (const name of readdirSync(fixtures).sort()) {
  const path = join(fixtures, name);
  if (name.endsWith('.jsonl')) rows.push(...loadFixturePart(name));
  else if (statSync(path).isDirectory() && /^round[45]$/.test(name))
    for (const f of readdirSync(path).filter((f) => f.endsWith('.jsonl')).sort()) rows.push(...loadFixturePart(`${name}/${f}`));
  else if (statSync(path).isDirectory() && name === 'round6')
    for (const f of readdirSync(path).filter((f) => f.endsWith('.jsonl')).sort()) rows.push(...loadFixturePart(`${name}/${f}`, 'dev'));
}

const compiled = compilePolicy(DEFAULT_POLICY);
const stats = new Map<string, { hits: number; sole: number; alarms: number }>();
const stat = (id: string) => stats.get(id) ?? (stats.set(id, { hits: 0, sole: 0, alarms: 0 }), stats.get(id)!);
for (const { id } of compiled.rules) if (id.startsWith('judgement.')) stat(id);
for (const r of rows) {
  const found = evaluate(r.text, compiled, { locale: r.lang === 'es' ? 'es' : 'en', merge: false }).filter((f) => f.severity === 'caution' || f.severity === 'violation');
  const clean = r.expect.includes('none');
  const right = found.filter((f) => r.expect.includes(f.category));
  const frames = new Set(found.filter((f) => f.ruleId.startsWith('judgement.')).map((f) => f.ruleId));
  for (const id of frames) {
    const s = stat(id);
    if (clean) s.alarms++;
    else if (right.some((f) => f.ruleId === id)) {
      s.hits++;
      if (new Set(right.map((f) => f.ruleId)).size === 1) s.sole++;
    }
  }
}
const listed = [...stats].filter(([id]) => !only || only.has(id)).sort((a, b) => a[1].hits - b[1].hits || a[0].localeCompare(b[0]));
console.log(`${rows.length} drafts written from (policy_dev dev part, fixtures, rounds 4–5, round 6 dev part); ${listed.length} frames listed`);
const narrow = listed.filter(([, s]) => s.hits <= max);
console.log(`frames with at most ${max} hits: ${narrow.length}`);
for (const [id, s] of narrow) console.log(`  ${id.padEnd(60)} hits ${s.hits}  sole ${s.sole}  alarms ${s.alarms}`);
if (process.argv.includes('--all')) for (const [id, s] of listed) console.log(`${id}\t${s.hits}\t${s.sole}\t${s.alarms}`);
