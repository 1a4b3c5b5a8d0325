// `npm run bench:cli`: the command-line checker as IT meets it, a whole process each time,
// beside obscenity behind the same JSONL contract (one {"id","text"} line in, one
// {"id","findings"} line out), in the same run:
//   1. start-up: `--jsonl` on one draft, p50 and p95 of alternating runs; also the old way
//      (TypeScript compiled at start by tsx) and an empty Node process as the floor;
//   2. whole run: the drafts of eval-data/davidson.jsonl three times over (74,349 lines),
//      piped in and out, every output line counted (nothing may be lost).
// Both CLIs are esbuild bundles, minified. Data: $ASK_FIRST_EVAL_DATA, ../shared/eval-data
// or /work/shared/eval-data (real posts); without it, generated drafts (said in the output).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// @ts-expect-error plain ESM launcher
import { BUNDLE, buildCli } from './check-bin.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'ask-first-bench-cli-'));
await buildCli();

// The peer: obscenity's recommended English matcher behind the same JSONL contract.
const peerSource = join(work, 'obscenity-cli.mjs');
writeFileSync(
  peerSource,
  `import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from ${JSON.stringify(join(repo, 'node_modules/obscenity/dist/index.js'))};
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const out = [];
let any = false;
for (const line of Buffer.concat(chunks).toString('utf8').split('\\n')) {
  if (!line.trim()) continue;
  let id = null, result;
  try {
    const o = JSON.parse(line); id = o.id ?? null;
    if (typeof o.text !== 'string') throw new Error('"text" must be a string');
    const findings = matcher.getAllMatches(o.text, true).map((m) => ({ start: m.startIndex, end: m.endIndex + 1, excerpt: o.text.slice(m.startIndex, m.endIndex + 1) }));
    if (findings.length) any = true;
    result = { id, findings };
  } catch (e) { result = { id, error: e.message }; }
  out.push(JSON.stringify(result) + '\\n');
  if (out.length >= 512) { if (!process.stdout.write(out.join(''))) await new Promise((r) => process.stdout.once('drain', r)); out.length = 0; }
}
process.stdout.write(out.join(''));
process.exitCode = any ? 1 : 0;
`,
);
const PEER = join(work, 'obscenity-cli.bundle.mjs');
await build({ entryPoints: [peerSource], bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20', outfile: PEER, logLevel: 'warning' });

// Drafts: real posts when the shared data is there.
const dataDir = [process.env.ASK_FIRST_EVAL_DATA, join(repo, '..', 'shared', 'eval-data'), '/work/shared/eval-data'].find((d) => d && existsSync(join(d, 'davidson.jsonl')));
let lines: string[];
let source: string;
if (dataDir) {
  const posts = readFileSync(join(dataDir, 'davidson.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  lines = [0, 1, 2].flatMap((copy) => posts.map((text, i) => JSON.stringify({ id: `${copy}-${i}`, text })));
  source = `${dataDir}/davidson.jsonl ×3 (real posts)`;
} else {
  const words = 'the council meeting was a mess road closures on Mesa St call 915-555-2368 this is bullshit vote yes on Prop 3 library fair'.split(' ');
  lines = Array.from({ length: 74_349 }, (_, i) => JSON.stringify({ id: i, text: Array.from({ length: 20 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ') }));
  source = 'generated drafts (eval-data not found)';
}
const drafts = join(work, 'drafts.jsonl');
writeFileSync(drafts, `${lines.join('\n')}\n`);
const one = join(work, 'one.jsonl');
writeFileSync(one, '{"id":1,"text":"Road closures on Mesa St this weekend"}\n');

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Wall time of one whole process, stdin from a file, stdout through a pipe into wc -l. */
function run(cmd: string[], input: string): { ms: number; lines: number } {
  const shell = `${cmd.map((c) => `'${c}'`).join(' ')} < '${input}' | wc -l`;
  const t0 = performance.now();
  const out = execFileSync('bash', ['-c', shell], { encoding: 'utf8' });
  return { ms: performance.now() - t0, lines: Number(out.trim()) };
}

const node = process.execPath;
const contenders: [string, string[]][] = [
  ['ask-first (bundled bin)', [node, BUNDLE, '--jsonl']],
  ['obscenity (same contract)', [node, PEER]],
];
const startup: [string, string[]][] = [
  ...contenders,
  ['ask-first via tsx (before)', [node, '--import', 'tsx', join(repo, 'scripts/check.ts'), '--jsonl']],
  ['node, empty script', [node, '-e', '']],
];

console.log(`Start-up: one draft, whole process (alternating runs; the machine's other load affects all alike)`);
const START_RUNS = 15;
const times = new Map<string, number[]>(startup.map(([n]) => [n, []]));
for (let r = 0; r < START_RUNS; r++) for (const [name, cmd] of startup) times.get(name)!.push(run(cmd, one).ms);
const floor = q(times.get('node, empty script')!, 0.5);
for (const [name] of startup) {
  const t = times.get(name)!;
  console.log(`  ${name.padEnd(28)} p50 ${fmt(q(t, 0.5)).padStart(7)}  p95 ${fmt(q(t, 0.95)).padStart(7)}  (${(q(t, 0.5) / floor).toFixed(1)}× an empty node)`);
}

console.log(`\nWhole run: ${lines.length.toLocaleString('en-US')} drafts in, JSONL out through a pipe (${source})`);
const WHOLE_RUNS = 3;
const whole = new Map<string, number[]>(contenders.map(([n]) => [n, []]));
for (let r = 0; r < WHOLE_RUNS; r++) {
  for (const [name, cmd] of contenders) {
    const { ms, lines: got } = run(cmd, drafts);
    if (got !== lines.length) throw new Error(`${name}: ${got} lines out for ${lines.length} in`);
    whole.get(name)!.push(ms);
  }
}
const [ours, peer] = contenders.map(([n]) => q(whole.get(n)!, 0.5));
for (const [name] of contenders) {
  const t = whole.get(name)!;
  console.log(`  ${name.padEnd(28)} p50 ${fmt(q(t, 0.5)).padStart(7)}  (${(lines.length / q(t, 0.5)).toFixed(0)} drafts/ms; runs: ${t.map(fmt).join(', ')})`);
}
console.log(`  ratio ask-first / obscenity: ${(ours! / peer!).toFixed(2)}× (ask-first: both packs, English + Spanish, all detectors; obscenity: English profanity only)`);
console.log('  every run: as many lines out as in');
rmSync(work, { recursive: true, force: true });
