// `tsx scripts/bench/profile.ts [out.cpuprofile]`: where the engine's time goes on unseen real text.
//
// rules/ is bundled as the extension ships it but not minified (names kept), warmed up on texts the
// measured sets do not use (as bench.ts does), then profiled (V8's sampling profiler via
// node:inspector) while it evaluates unseen 280-character posts and policy_dev drafts once each.
// Self time is summed per engine part: each sample's function is mapped back to its source file
// (esbuild marks each module in the bundle) and, inside evaluate.ts, to the step it belongs to.
// RegExp execution is charged to the function that ran it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { realTexts } from './realTexts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const root = resolve(process.env.TREE ?? repo);
const outDir = mkdtempSync(join(tmpdir(), 'ask-first-profile-'));
const file = join(outDir, 'rules.mjs');
await build({ entryPoints: [join(root, 'rules/index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: ['chrome111'], outfile: file, logLevel: 'warning' });
const bundle = readFileSync(file, 'utf8').split('\n');
const rules = (await import(pathToFileURL(file).href)) as typeof import('../../rules');
rmSync(outDir, { recursive: true, force: true });

// Which source module each bundle line came from ("// rules/engine/evaluate.ts" marks its start).
const moduleOfLine: string[] = [];
let current = '?';
for (const line of bundle) {
  const m = /^\/\/ (\S+\.ts)$/.exec(line);
  if (m) current = m[1]!;
  moduleOfLine.push(current);
}

const { davidson, offendes, drafts, post } = realTexts(repo);

const compiled = rules.compilePolicy(rules.DEFAULT_POLICY);
// PROGRAM_TRIES=n: patterns run as word programs for their first n tries (CompiledPolicy.programTries; Infinity: always).
if (process.env.PROGRAM_TRIES) compiled.programTries = Number(process.env.PROGRAM_TRIES);
const warm = [...davidson.slice(12_000, 16_000), ...offendes.slice(-1500)];
for (const t of warm) rules.evaluate(t, compiled);
// PROFILE_SET=long: 40 unseen 12,000-character posts instead (where growth with length shows).
const measured = process.env.PROFILE_SET === 'long' ? Array.from({ length: 40 }, () => post(12_000)) : [...Array.from({ length: 1500 }, () => post(280)), ...drafts];

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (const t of measured) rules.evaluate(t, compiled);
const ms = performance.now() - t0;
const { profile } = await session.post('Profiler.stop');
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(profile));

// Self time per node, from the sample counts.
const self = new Map<number, number>();
for (const id of profile.samples ?? []) self.set(id, (self.get(id) ?? 0) + 1);
const total = (profile.samples ?? []).length;
const parts = new Map<string, number>();
const fns = new Map<string, number>();
for (const node of profile.nodes) {
  const n = self.get(node.id) ?? 0;
  if (!n) continue;
  const f = node.callFrame;
  const mod = f.url.endsWith('rules.mjs') ? moduleOfLine[f.lineNumber] ?? '?' : f.url ? 'node' : `(${f.functionName || 'native'})`;
  const part = partOf(mod, f.functionName);
  parts.set(part, (parts.get(part) ?? 0) + n);
  const key = `${part} · ${mod.replace(/^rules\//, '')} ${f.functionName || '(anon)'}`;
  fns.set(key, (fns.get(key) ?? 0) + n);
}
function partOf(mod: string, fn: string): string {
  if (/normalize|runs\.ts|fold\.ts|charmaps/.test(mod)) return 'tokenize/normalize';
  if (/termIndex|terms\.ts/.test(mod)) return 'term lookups';
  if (/fuzzy/.test(mod)) return 'speller';
  if (/disguise/.test(mod)) return 'disguise reader';
  if (/leadGate/.test(mod)) return 'pattern lead gate';
  if (/literals/.test(mod)) return 'pattern prefilter (literals)';
  if (/wordMatcher/.test(mod)) return 'patterns (programs)';
  if (/patterns\.ts/.test(mod)) return fn === 'negated' ? 'negation check' : 'patterns (RegExp)';
  if (/detectors|links/.test(mod)) return 'detectors/links';
  if (/judgement/.test(mod)) return 'judgement';
  if (/evaluate\.ts/.test(mod)) {
    if (/matchEnd/.test(fn)) return 'patterns (RegExp)';
    if (/dedupe|stableSort|byCategory|finding|isFrame/.test(fn)) return 'findings assembly';
    if (/mayMatch/.test(fn)) return 'pattern prefilter (literals)';
    return `evaluate.ts (${fn || 'anon'})`;
  }
  if (mod === '(garbage collector)') return 'GC';
  return mod;
}
const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
console.log(`${measured.length} unseen texts (${process.env.PROFILE_SET === 'long' ? '12,000-char posts' : `1,500 280-char posts + ${drafts.length} policy_dev drafts`}), ${ms.toFixed(0)} ms wall, ${total} samples`);
for (const [k, n] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`${pct(n)}  ${k}`);
console.log('\ntop functions (self):');
for (const [k, n] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(`${pct(n)}  ${k}`);
// LINES=name[,name]: the bundle's lines where those functions' samples fell (V8's positionTicks), most first.
if (process.env.LINES) {
  const wanted = new Set(process.env.LINES.split(','));
  const lines = new Map<number, number>();
  for (const node of profile.nodes) {
    if (!wanted.has(node.callFrame.functionName) || !node.callFrame.url.endsWith('rules.mjs')) continue;
    for (const { line, ticks } of node.positionTicks ?? []) lines.set(line, (lines.get(line) ?? 0) + ticks);
  }
  console.log(`\nlines of ${process.env.LINES}:`);
  for (const [line, n] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${pct(n)}  ${String(line).padStart(6)}  ${bundle[line - 1]!.trim().slice(0, 150)}`);
}
