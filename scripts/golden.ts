// `npm run golden`: the engine's findings for every built-in pack combination over every
// eval text (../shared/eval-data) and every pack and frame example, compared with a saved
// dump. A refactor of the engine or the packs must keep it identical.
//   npm run golden            compare with tests/golden/digest.json (and .golden/dump.jsonl when present)
//   npm run golden -- --save  write both from the current code (do this only before a refactor)
//   npm run golden -- --tables  compile from the engine's serialized tables, as the extension does
//                               (rules/engine/tables.ts; must be identical too)
// The digest (one SHA-256 per combination and data set) is committed; the full dump is local
// (.golden/, ignored) and only used to show the first differences.
import { csvRecords } from './eval/csv';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_DATA, compilePolicy, evaluate, PACKS } from '../rules';
import { buildTables } from '../rules/engine/tables';
import type { EvaluateOptions, Finding, Policy } from '../rules';
import { FRAMES } from '../rules/judgement';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [process.env.ASK_FIRST_EVAL_DATA, join(repo, '..', 'shared', 'eval-data'), '/work/shared/eval-data'].filter(Boolean) as string[];
const dataDir = candidates.find((d) => existsSync(join(d, 'label_map.json')));
if (!dataDir) {
  console.log(`golden: no eval data found (looked in ${candidates.join(', ')}); skipping.`);
  process.exit(0);
}

const jsonl = (file: string): string[] =>
  readFileSync(join(dataDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);

/** One column of a CSV file (HateCheck's test_case). */
function csvColumn(file: string, column: string): string[] {
  return csvRecords(readFileSync(join(dataDir!, file), 'utf8')).map((r) => r[column] ?? '');
}

const examples = [
  ...Object.values(PACKS).flatMap((p) => p.rules.flatMap((r) => [...r.examples.hit, ...r.examples.miss])),
  ...FRAMES.flatMap((f) => [...f.examples.hit, ...f.examples.miss]),
];
const SETS: Record<string, string[]> = {
  scunthorpe: jsonl('scunthorpe.jsonl'),
  davidson: jsonl('davidson.jsonl'),
  hatecheck_en: csvColumn('hatecheck_en.csv', 'test_case'),
  hatecheck_es: csvColumn('hatecheck_es.csv', 'test_case'),
  offendes_es: jsonl('offendes_es.jsonl'),
  pii_secrets: jsonl('pii_secrets.jsonl'),
  policy_dev: ['part-a', 'part-b', 'part-c'].flatMap((p) => jsonl(`policy_dev/${p}.jsonl`)),
  examples,
};

/** Every built-in pack combination (order matters: the first pack wins a tie), and the options that change findings. */
const COMBOS: { name: string; policy: Policy; options: EvaluateOptions }[] = [
  { name: 'el-paso', policy: { packs: ['el-paso'] }, options: {} },
  { name: 'harlingen', policy: { packs: ['harlingen'] }, options: {} },
  { name: 'el-paso+harlingen', policy: { packs: ['el-paso', 'harlingen'] }, options: {} },
  { name: 'harlingen+el-paso', policy: { packs: ['harlingen', 'el-paso'] }, options: {} },
  { name: 'both/es/official', policy: { packs: ['el-paso', 'harlingen'], workEmailDomains: ['elpasotexas.gov'] }, options: { locale: 'es', identity: 'official' } },
  { name: 'harlingen/official', policy: { packs: ['harlingen'] }, options: { identity: 'official' } },
  {
    name: 'both/overrides',
    policy: { packs: ['el-paso', 'harlingen'], categories: { profanity: { severity: 'caution' }, political: { enabled: false } }, allowTerms: ['hell'] },
    options: {},
  },
];

const line = (f: Finding) => [f.ruleId, f.category, f.severity, f.start, f.end, f.citation.pack, f.citation.section, f.citation.title, f.message].join('|');

const save = process.argv.includes('--save');
const digestFile = join(repo, 'tests', 'golden', 'digest.json');
const dumpFile = join(repo, '.golden', 'dump.jsonl');
const digest: Record<string, string> = {};
const dump: string[] = [];
const started = Date.now();
// The tables as the extension gets them: serialized at build time, parsed in the worker.
const data = process.argv.includes('--tables') ? { ...BUILT_IN_DATA, tables: JSON.parse(JSON.stringify(buildTables(BUILT_IN_DATA))) as ReturnType<typeof buildTables> } : BUILT_IN_DATA;
for (const combo of COMBOS) {
  const compiled = compilePolicy(combo.policy, data);
  for (const [set, texts] of Object.entries(SETS)) {
    const hash = createHash('sha256');
    texts.forEach((text, i) => {
      const found = evaluate(text, compiled, combo.options).map(line);
      hash.update(`${i}\u0000${found.join('\u0001')}\n`);
      if (found.length) dump.push(JSON.stringify([combo.name, set, i, found]));
    });
    digest[`${combo.name} ${set}`] = hash.digest('hex');
  }
}
const evaluated = COMBOS.length * Object.values(SETS).reduce((n, t) => n + t.length, 0);

if (save) {
  mkdirSync(dirname(digestFile), { recursive: true });
  mkdirSync(dirname(dumpFile), { recursive: true });
  writeFileSync(digestFile, `${JSON.stringify(digest, null, 2)}\n`);
  writeFileSync(dumpFile, `${dump.join('\n')}\n`);
  console.log(`golden: saved ${Object.keys(digest).length} digests over ${evaluated} evaluations (${Date.now() - started} ms).`);
  process.exit(0);
}

const saved = JSON.parse(readFileSync(digestFile, 'utf8')) as Record<string, string>;
const differ = Object.keys({ ...saved, ...digest }).filter((k) => saved[k] !== digest[k]);
if (differ.length === 0) {
  console.log(`golden: identical (${Object.keys(digest).length} digests, ${evaluated} evaluations, ${Date.now() - started} ms).`);
  process.exit(0);
}
console.log(`golden: ${differ.length} of ${Object.keys(digest).length} digests differ: ${differ.join(', ')}`);
if (existsSync(dumpFile)) {
  const before = new Set(readFileSync(dumpFile, 'utf8').split('\n').filter(Boolean));
  const after = new Set(dump);
  const gone = [...before].filter((l) => !after.has(l));
  const added = dump.filter((l) => !before.has(l));
  for (const l of gone.slice(0, 10)) console.log(`- ${l}`);
  for (const l of added.slice(0, 10)) console.log(`+ ${l}`);
  console.log(`(${gone.length} lines gone, ${added.length} new)`);
}
process.exit(1);
