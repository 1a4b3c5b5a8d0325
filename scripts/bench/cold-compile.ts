// `tsx scripts/bench/cold-compile.ts [runs]`: what a woken service worker's first compile of the
// built-in policy costs, in CPU time, in fresh Node processes (issue 18).
//
// Each tree (this checkout; `BASELINE=<another checkout>` too) is bundled as the background ships
// rules/: `virtual:ask-first/engine-tables` and rules/policy/builtIn.ts replaced by what that
// tree's own Vite plugin emits (scripts/engine-tables-plugin.ts), not minified. Then `runs` fresh
// `node` processes per tree, interleaved (base, this, base, this…), each time with
// process.cpuUsage(): importing the bundle (module evaluation), the first compilePolicy of the
// default settings from the shipped tables (what `evaluate.ts` does on the first message), and
// the first evaluate() of a short draft. A cold process is what counts: the worker compiles once
// per start. `PROFILE=1`: also V8's sampling profiles of the import and of the compile, self time
// per function and source module as shares of the samples, summed over the runs (the compile
// is then timed after the first profile stops).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { tsImport } from 'tsx/esm/api';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.argv[2] ?? 20);
const profile = process.env.PROFILE === '1';
const out = mkdtempSync(join(tmpdir(), 'ask-first-cold-'));

/** rules/ bundled as the background ships it, by the tree's own plugin code. */
async function bundle(root: string, name: string): Promise<string> {
  const plugin = (await tsImport(pathToFileURL(join(root, 'scripts/engine-tables-plugin.ts')).href, import.meta.url)) as typeof import('../engine-tables-plugin');
  const tables = (await tsImport(pathToFileURL(join(root, 'scripts/engine-tables.ts')).href, import.meta.url)) as typeof import('../engine-tables');
  const entry = join(root, `.cold-entry-${name}.ts`);
  writeFileSync(
    entry,
    [
      "import tables from 'virtual:ask-first/engine-tables';",
      "export { tables };",
      "export { BUILT_IN_DATA, compilePolicy, evaluate, policyOf, DEFAULT_SETTINGS } from './rules';",
    ].join('\n'),
  );
  const virtual: Plugin = {
    name: 'ask-first-virtual',
    setup(b) {
      b.onResolve({ filter: /^virtual:ask-first\/engine-tables$/ }, () => ({ path: 'engine-tables', namespace: 'virtual' }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, async () => ({
        // The same module text the Vite plugin emits in a build.
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(tables.builtInTables()))});`,
        loader: 'js',
      }));
      b.onLoad({ filter: /rules[\\/]policy[\\/]builtIn\.ts$/ }, () => ({
        contents: plugin.builtInDataModule(tables),
        loader: 'ts',
        resolveDir: join(root, 'rules/policy'),
      }));
    },
  };
  const file = join(out, `${name}.mjs`);
  try {
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', target: ['chrome111'], outfile: file, logLevel: 'warning', plugins: [virtual] });
  } finally {
    rmSync(entry, { force: true });
  }
  return file;
}

const child = join(out, 'child.mjs');
writeFileSync(
  child,
  `
import { Session } from 'node:inspector/promises';
const profile = process.env.PROFILE === '1';
let session;
if (profile) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const ms = (a, b) => (b.user + b.system - a.user - a.system) / 1000;
const c0 = process.cpuUsage();
const m = await import(process.argv[2]);
const c1 = process.cpuUsage();
const loadProfile = profile ? (await session.post('Profiler.stop')).profile : undefined;
if (profile) await session.post('Profiler.start');
const c1b = process.cpuUsage();
const policy = m.compilePolicy(m.policyOf(m.DEFAULT_SETTINGS), { ...m.BUILT_IN_DATA, tables: m.tables });
const c2 = process.cpuUsage();
const prof = profile ? (await session.post('Profiler.stop')).profile : undefined;
m.evaluate('draft 3: this is bullshit', policy);
const c3 = process.cpuUsage();
const result = { load: ms(c0, c1), compile: ms(c1b, c2), evaluate: ms(c2, c3) };
if (prof) result.profiles = { load: loadProfile, compile: prof };
process.stdout.write(JSON.stringify(result));
`,
);

const trees: [string, string][] = [];
if (process.env.BASELINE) trees.push(['baseline', await bundle(resolve(process.env.BASELINE), 'baseline')]);
trees.push(['this', await bundle(process.env.TREE ? resolve(process.env.TREE) : here, 'this')]);

type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };
type Result = { load: number; compile: number; evaluate: number; profiles?: Record<Phase, Profile> };
type Phase = 'load' | 'compile';
const results = new Map<string, Result[]>(trees.map(([n]) => [n, []]));
/** Per tree and phase: function and module → sampled ms (wall clock while sampling: read as shares). */
const selfTime = new Map<string, Map<string, number>>(trees.flatMap(([n]) => [[`${n} load`, new Map()], [`${n} compile`, new Map()]]));
const moduleOfLine = new Map<string, string[]>();
for (const [name, file] of trees) {
  let current = '?';
  moduleOfLine.set(name, readFileSync(file, 'utf8').split('\n').map((line) => ((current = /^\/\/ (\S+\.(?:ts|js|mjs))$/.exec(line)?.[1] ?? current), current)));
}

for (let i = 0; i < runs; i++) {
  for (const [name, file] of trees) {
    const r = JSON.parse(execFileSync(process.execPath, [child, pathToFileURL(file).href], { encoding: 'utf8', env: { ...process.env, PROFILE: profile ? '1' : '' }, maxBuffer: 1 << 28 })) as Result;
    results.get(name)!.push(r);
    for (const [phase, prof] of Object.entries(r.profiles ?? {})) {
      const byId = new Map(prof.nodes.map((n) => [n.id, n]));
      const lines = moduleOfLine.get(name)!;
      const acc = selfTime.get(`${name} ${phase}`)!;
      prof.samples.forEach((id, k) => {
        const f = byId.get(id)!.callFrame;
        const mod = f.url.endsWith(`${name}.mjs`) ? lines[f.lineNumber] ?? '?' : f.url ? f.url.replace(/^.*\//, '') : '(native)';
        const key = `${f.functionName || `(anonymous):${f.lineNumber}:${f.columnNumber}`} ${mod}`;
        acc.set(key, (acc.get(key) ?? 0) + prof.timeDeltas[k]! / 1000);
      });
    }
    delete r.profiles;
  }
}
if (process.env.KEEP) console.log(`bundles kept in ${out}`);
else rmSync(out, { recursive: true, force: true });

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const stat = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1).padStart(6)}  p95 ${pct(xs, 95).toFixed(1).padStart(6)} ms`;
console.log(`${runs} fresh node processes per tree, interleaved; CPU time (user + system), process.cpuUsage()`);
for (const [name] of trees) {
  const rs = results.get(name)!;
  console.log(`${name.padEnd(9)} load ${stat(rs.map((r) => r.load))} | compile ${stat(rs.map((r) => r.compile))} | load+compile ${stat(rs.map((r) => r.load + r.compile))} | first evaluate ${stat(rs.map((r) => r.evaluate))}`);
}
if (trees.length === 2) {
  const [b, t] = trees.map(([n]) => results.get(n)!);
  for (const k of ['load', 'compile'] as const) console.log(`ratio this/baseline ${k} p50 ${(pct(t!.map((r) => r[k]), 50) / pct(b!.map((r) => r[k]), 50)).toFixed(2)}`);
  const sum = (rs: Result[]) => rs.map((r) => r.load + r.compile);
  console.log(`ratio this/baseline load+compile p50 ${(pct(sum(t!), 50) / pct(sum(b!), 50)).toFixed(2)}`);
}
if (profile) {
  // Shares of the samples (the profiler's clock is wall time, and the inspector adds its own).
  for (const [name, acc] of selfTime) {
    const total = [...acc.values()].reduce((a, b) => a + b, 0);
    const share = (v: number) => `${((100 * v) / total).toFixed(1).padStart(5)} %`;
    console.log(`\n${name}: self time per function, share of samples`);
    for (const [k, v] of [...acc].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${share(v)}  ${k}`);
    const byModule = new Map<string, number>();
    for (const [k, v] of acc) {
      const mod = k.slice(k.lastIndexOf(' ') + 1);
      byModule.set(mod, (byModule.get(mod) ?? 0) + v);
    }
    console.log(`${name}: per module`);
    for (const [k, v] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${share(v)}  ${k}`);
  }
}
