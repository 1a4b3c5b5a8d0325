// The command-line checker as IT meets it, a whole process each time, beside obscenity behind
// the same JSONL contract (one {"id","text"} line in, one {"id","findings"} line out), in the
// same run. Used by `npm run bench:cli` and at the end of `npm run bench`.
//   1. start-up: `--jsonl` on one draft, p50 and p95 of alternating runs, wall and CPU time
//      (user + system: steadier than wall time when other work shares the machine), beside an
//      empty Node process as the floor. Ask First as the bin runs it (the start-up snapshot),
//      the snapshot without the bin's own process, the ES bundle (the bin's fallback), and the
//      old way (TypeScript compiled at start by tsx);
//   2. whole run: the drafts of eval-data/davidson.jsonl three times over (74,349 lines),
//      piped in and out, every output line counted (nothing may be lost).
// Data: real posts from the eval data; without it, generated drafts (said in the output).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error plain ESM launcher
import { BLOB, BUNDLE, buildCli } from '../check-bin.mjs';

export interface CliBenchOptions {
  repo: string;
  /** A directory holding davidson.jsonl, or undefined (generated drafts). */
  dataDir: string | undefined;
  startRuns?: number;
  wholeRuns?: number;
}

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** One whole process, stdin from a file, stdout through a pipe into wc -l: wall and CPU time (the pipeline's). */
function run(cmd: string[], input: string): { ms: number; cpu: number; lines: number } {
  // bash's `time` reports user and system seconds of the pipeline on the group's stderr.
  const shell = `TIMEFORMAT='%U %S'; { time ( ${cmd.map((c) => `'${c}'`).join(' ')} < '${input}' 2>/dev/null | wc -l ) ; } 2>&1`;
  const t0 = performance.now();
  const out = execFileSync('bash', ['-c', shell], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  const [lines, times] = out.trim().split('\n');
  const [user, sys] = times!.trim().split(' ').map(Number);
  return { ms, cpu: (user! + sys!) * 1000, lines: Number(lines) };
}

/** obscenity's recommended English matcher behind the same JSONL contract, bundled like ours. */
async function obscenityCli(repo: string, work: string): Promise<string> {
  const source = join(work, 'obscenity-cli.mjs');
  writeFileSync(
    source,
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
  const outfile = join(work, 'obscenity-cli.bundle.mjs');
  await build({ entryPoints: [source], bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'warning' });
  return outfile;
}

export async function benchCli({ repo, dataDir, startRuns = 15, wholeRuns = 3 }: CliBenchOptions): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'ask-first-bench-cli-'));
  const snapshot = await buildCli();
  const peer = await obscenityCli(repo, work);

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

  const node = process.execPath;
  const bin = join(repo, 'scripts/check-bin.mjs');
  type Contender = { name: string; cmd: string[] };
  const shipped: Contender = { name: snapshot ? 'ask-first-check (the bin)' : 'ask-first-check (bin, no snapshot)', cmd: [node, bin, '--jsonl'] };
  const obscenity: Contender = { name: 'obscenity (same contract)', cmd: [node, peer] };
  const startup: Contender[] = [
    shipped,
    ...(snapshot && existsSync(BLOB) ? [{ name: '  snapshot, no bin process', cmd: [node, '--snapshot-blob', BLOB, '--', '--jsonl'] }] : []),
    { name: '  bundle in-process (fallback)', cmd: [node, BUNDLE, '--jsonl'] },
    { name: '  via tsx (before #16)', cmd: [node, '--import', 'tsx', join(repo, 'scripts/check.ts'), '--jsonl'] },
    obscenity,
    { name: 'node, empty script', cmd: [node, '-e', ''] },
  ];

  console.log(`Start-up: one draft, whole process, ${startRuns} alternating runs (ratios to an empty node: other load on the machine affects all alike)`);
  const times = startup.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let r = 0; r < startRuns; r++) {
    startup.forEach((c, i) => {
      const { ms, cpu } = run(c.cmd, one);
      times[i]!.wall.push(ms);
      times[i]!.cpu.push(cpu);
    });
  }
  const floor = times.at(-1)!;
  const [fw, fc] = [q(floor.wall, 0.5), q(floor.cpu, 0.5)];
  startup.forEach((c, i) => {
    const t = times[i]!;
    console.log(
      `  ${c.name.padEnd(32)} wall p50 ${fmt(q(t.wall, 0.5)).padStart(7)}  p95 ${fmt(q(t.wall, 0.95)).padStart(7)}  (${(q(t.wall, 0.5) / fw).toFixed(1)}×)   CPU p50 ${fmt(q(t.cpu, 0.5)).padStart(7)}  p95 ${fmt(q(t.cpu, 0.95)).padStart(7)}  (${(q(t.cpu, 0.5) / fc).toFixed(1)}× an empty node)`,
    );
  });

  console.log(`\nWhole run: ${lines.length.toLocaleString('en-US')} drafts in, JSONL out through a pipe, ${wholeRuns} alternating runs (${source})`);
  const contenders = [shipped, obscenity];
  const whole = contenders.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let r = 0; r < wholeRuns; r++) {
    contenders.forEach((c, i) => {
      const { ms, cpu, lines: got } = run(c.cmd, drafts);
      if (got !== lines.length) throw new Error(`${c.name}: ${got} lines out for ${lines.length} in`);
      whole[i]!.wall.push(ms);
      whole[i]!.cpu.push(cpu);
    });
  }
  contenders.forEach((c, i) => {
    const t = whole[i]!;
    console.log(`  ${c.name.padEnd(32)} wall p50 ${fmt(q(t.wall, 0.5)).padStart(7)}  CPU p50 ${fmt(q(t.cpu, 0.5)).padStart(7)}  (runs: ${t.wall.map(fmt).join(', ')})`);
  });
  const [ours, theirs] = whole;
  console.log(
    `  ratio ask-first / obscenity: wall ${(q(ours!.wall, 0.5) / q(theirs!.wall, 0.5)).toFixed(2)}×, CPU ${(q(ours!.cpu, 0.5) / q(theirs!.cpu, 0.5)).toFixed(2)}× (ask-first: both packs, English + Spanish, all detectors and frames; obscenity: English profanity only)`,
  );
  console.log('  every run: as many lines out as in');
  rmSync(work, { recursive: true, force: true });
}
