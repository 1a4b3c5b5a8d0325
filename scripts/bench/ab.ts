// `BASELINE=<checkout> tsx scripts/bench/ab.ts`: this checkout's engine against another's, on
// unseen real text, in one process, interleaved text by text (the order alternating), in CPU
// time: a quick before/after for engine work on a shared machine (bench.ts has the full table).
// Each text is evaluated once per engine (a first sighting), after a warm-up on texts not measured.
// Sets: 1,500 280-character posts + policy_dev ("short"), 40 12,000-character posts ("long").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { realTexts } from './realTexts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = mkdtempSync(join(tmpdir(), 'ask-first-ab-'));
type Rules = typeof import('../../rules');
async function bundled(root: string, name: string): Promise<Rules> {
  const file = join(outDir, name);
  await build({ entryPoints: [join(root, 'rules/index.ts')], bundle: true, format: 'esm', platform: 'neutral', minify: true, target: ['chrome111'], outfile: file, logLevel: 'warning' });
  return (await import(pathToFileURL(file).href)) as Rules;
}
if (!process.env.BASELINE) throw new Error('BASELINE=<another checkout> is required');
const engines = [await bundled(repo, 'branch.mjs'), await bundled(resolve(process.env.BASELINE), 'base.mjs')];
rmSync(outDir, { recursive: true, force: true });
const names = ['branch', 'base'];

const { davidson, offendes, drafts, post } = realTexts(repo);
const compiled = engines.map((e) => e.compilePolicy(e.DEFAULT_POLICY));
for (const t of [...davidson.slice(12_000, 16_000), ...offendes.slice(-1500)]) engines.forEach((e, i) => e.evaluate(t, compiled[i]!));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sets: [string, string[]][] = [
  ['short', [...Array.from({ length: 1500 }, () => post(280)), ...drafts]],
  ['long', Array.from({ length: 40 }, () => post(12_000))],
];
for (const [label, texts] of sets) {
  const times = engines.map(() => [] as number[]);
  texts.forEach((t, n) => {
    for (let k = 0; k < 2; k++) {
      const i = (n + k) % 2;
      const t0 = cpu();
      engines[i]!.evaluate(t, compiled[i]!);
      times[i]!.push(cpu() - t0);
    }
  });
  const total = times.map((xs) => xs.reduce((a, b) => a + b, 0));
  const q = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
  console.log(
    `${label} (${texts.length} texts): ` +
      names.map((n, i) => `${n} total ${total[i]!.toFixed(0)} ms, p50 ${q(times[i]!, 0.5).toFixed(3)}, p95 ${q(times[i]!, 0.95).toFixed(3)}`).join('; ') +
      `; branch/base total ${(total[0]! / total[1]!).toFixed(3)}`,
  );
}
