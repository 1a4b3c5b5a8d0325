// `BASELINE=<checkout> tsx scripts/bench/cold-engine.ts [runs]`: the engine's first answers in a
// fresh process (a woken worker: every word a first sighting, every class trie and word program
// made on first use), this checkout against another, in CPU time. Each run is a new `node`
// process per engine, interleaved (a, b, a, b…); prints the p50 of compilePolicy and of the
// first three evaluate() calls (three policy_dev drafts). The background's own start (module
// load, settings, the data's parse) is cold-bundle.ts's, on built extensions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
if (!process.env.BASELINE) throw new Error('BASELINE=<another checkout> is required');
const runs = Number(process.argv[2] ?? 12);
const outDir = mkdtempSync(join(tmpdir(), 'ask-first-cold-'));
const roots: [string, string][] = [['branch', repo], ['base', resolve(process.env.BASELINE)]];
for (const [name, root] of roots) {
  await build({ entryPoints: [join(root, 'rules/index.ts')], bundle: true, format: 'esm', platform: 'neutral', minify: true, target: ['chrome111'], outfile: join(outDir, `${name}.mjs`), logLevel: 'warning' });
}
const dataDir = [process.env.ASK_FIRST_EVAL_DATA, join(repo, '..', 'shared', 'eval-data'), '/work/shared/eval-data'].find((d) => d && existsSync(join(d, 'policy_dev')))!;
const policyDir = join(dataDir, 'policy_dev');
const drafts = readdirSync(policyDir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readFileSync(join(policyDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
const child = join(outDir, 'child.mjs');
writeFileSync(
  child,
  `const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rules = await import(process.argv[2]);
const texts = JSON.parse(process.argv[3]);
let t = cpu();
const c = rules.compilePolicy(rules.DEFAULT_POLICY);
const out = [cpu() - t];
for (const text of texts) { t = cpu(); rules.evaluate(text, c); out.push(cpu() - t); }
console.log(JSON.stringify(out));`,
);
const times: Record<string, number[][]> = { branch: [], base: [] };
for (let r = 0; r < runs; r++) {
  const texts = JSON.stringify([0, 1, 2].map((k) => drafts[(r * 37 + k * 101) % drafts.length]));
  for (const [name] of r % 2 ? [...roots].reverse() : roots) {
    times[name]!.push(JSON.parse(execFileSync(process.execPath, [child, join(outDir, `${name}.mjs`), texts], { encoding: 'utf8' })) as number[]);
  }
}
rmSync(outDir, { recursive: true, force: true });
const p50 = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
for (const [name] of roots) {
  const col = (i: number) => p50(times[name]!.map((t) => t[i]!)).toFixed(1);
  console.log(`${name.padEnd(7)} compile ${col(0)} ms, first evaluate ${col(1)} ms, second ${col(2)} ms, third ${col(3)} ms (p50 of ${runs} fresh processes, CPU time)`);
}
