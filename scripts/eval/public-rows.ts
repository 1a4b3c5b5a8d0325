// `npx tsx scripts/eval/public-rows.ts <set> [--fp|--misses] [--half A|B] [--rule id]`:
// one public set's recall and clean-row FPR on its two fixed halves, and (behind a flag) the
// false alarms or misses of one half, with the rule and words that fired. The halves are split
// once by an FNV-1a hash of the row's id (text where a set has none), so that a change made
// while reading half A's rows can be checked on half B, which nobody reads.
// Sets: davidson, offendes_es, hatecheck_en, hatecheck_es.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRecords } from './csv';
import { half } from './halves';
import { EVAL_DATA_CANDIDATES, findEvalData } from './data-dir';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = findEvalData('label_map.json');
if (!dataDir) throw new Error(`no eval data in ${EVAL_DATA_CANDIDATES.join(', ')}`);

type LabelMap = Record<string, { map: Record<string, { policy_expect: string }> }>;
const labelMap = JSON.parse(readFileSync(join(dataDir, 'label_map.json'), 'utf8')) as LabelMap;

interface Row {
  key: string;
  text: string;
  label: string;
  expect: string;
}


function load(set: string): Row[] {
  const file = set.startsWith('hatecheck') ? `${set}.csv` : `${set}.jsonl`;
  const map = labelMap[file]!.map;
  const raw = readFileSync(join(dataDir!, file), 'utf8');
  if (file.endsWith('.csv')) {
    return csvRecords(raw).map((r) => ({ key: r.test_case!, text: r.test_case!, label: r.functionality!, expect: map[r.functionality!]?.policy_expect ?? 'ambiguous' }));
  }
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((r) => ({ key: String(r.id ?? r.text), text: r.text as string, label: r.label as string, expect: map[r.label as string]?.policy_expect ?? 'ambiguous' }));
}

const args = process.argv.slice(2);
const set = args[0] ?? 'davidson';
const show = args.includes('--fp') ? 'fp' : args.includes('--misses') ? 'misses' : null;
const showHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : 'A';
const onlyRule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : null;
const compiled = compilePolicy(DEFAULT_POLICY);

const stats = { A: { pos: 0, tp: 0, neg: 0, fp: 0 }, B: { pos: 0, tp: 0, neg: 0, fp: 0 } };
const listed: string[] = [];
const byRule = new Map<string, number>();
for (const row of load(set)) {
  const h = half(row.key);
  const findings = evaluate(row.text, compiled).filter((f) => f.severity !== 'info');
  const flagged = findings.length > 0;
  const s = stats[h];
  if (row.expect === 'flag') {
    s.pos++;
    if (flagged) s.tp++;
    else if (show === 'misses' && h === showHalf) listed.push(`[${row.label}] ${row.text.replace(/\s+/g, ' ')}`);
  } else if (row.expect === 'none') {
    s.neg++;
    if (flagged) {
      s.fp++;
      if (h === showHalf) for (const f of findings) byRule.set(`${f.ruleId} «${f.excerpt.toLowerCase()}»`, (byRule.get(`${f.ruleId} «${f.excerpt.toLowerCase()}»`) ?? 0) + 1);
      if (show === 'fp' && h === showHalf && (!onlyRule || findings.some((f) => f.ruleId.includes(onlyRule)))) {
        listed.push(`${findings.map((f) => `${f.ruleId}«${f.excerpt}»`).join(' ')}  ::  ${row.text.replace(/\s+/g, ' ')}`);
      }
    }
  }
}
const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '—');
for (const h of ['A', 'B'] as const) {
  const s = stats[h];
  console.log(`${set} half ${h}: recall ${pct(s.tp, s.pos)} (${s.tp}/${s.pos})  FPR ${pct(s.fp, s.neg)} (${s.fp}/${s.neg})`);
}
const all = { pos: stats.A.pos + stats.B.pos, tp: stats.A.tp + stats.B.tp, neg: stats.A.neg + stats.B.neg, fp: stats.A.fp + stats.B.fp };
console.log(`${set} whole : recall ${pct(all.tp, all.pos)} (${all.tp}/${all.pos})  FPR ${pct(all.fp, all.neg)} (${all.fp}/${all.neg})`);
if (show) {
  if (show === 'fp') {
    console.log(`\nfalse alarms on half ${showHalf}, by rule and words:`);
    for (const [k, n] of [...byRule.entries()].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
  }
  console.log(`\n${show} on half ${showHalf} (${listed.length}):`);
  for (const l of listed) console.log(l);
}
