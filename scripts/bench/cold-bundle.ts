// `tsx scripts/bench/cold-bundle.ts [runs] <built extension folder>...`: a woken worker's own start,
// in CPU time, from the background.js a build ships (issue 18). Each run is a fresh `node`
// process that compiles the script, runs it against a stub `chrome` (empty storage, no managed
// policy), and sends it one `evaluate` message as the content script does; builds interleave
// (a, b, a, b…) so that the machine's load falls on all alike. Prints the p50 per part:
// script compile (no code cache, as in a stopped worker's start), the script's top level
// (module evaluation, the data's JSON.parse), and from there to the answer (settings, compile,
// first evaluate). Chrome's own start and its message passing are not in it: bench-latency.ts
// (SITES=cold) measures those, and a no-op extension beside ours.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 12;
const dirs = args.map((d) => resolve(d));
if (!dirs.length) throw new Error('usage: tsx scripts/bench/cold-bundle.ts [runs] <built extension folder>...');

// The child, plain JavaScript: nothing of tsx's in the process that is timed.
const CHILD = `import { readFileSync } from 'node:fs';
import vm from 'node:vm';
await import(${JSON.stringify(createRequire(import.meta.url).resolve('fake-indexeddb/auto'))});
const dir = process.argv[2];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const event = () => ({ addListener() {}, removeListener() {}, hasListener() { return false; } });
const area = () => { const d = {}; return {
  get: (k, cb) => { const r = k == null ? { ...d } : typeof k === 'string' ? (k in d ? { [k]: d[k] } : {}) : {}; return cb ? cb(r) : Promise.resolve(r); },
  set: (o, cb) => { Object.assign(d, o); return cb ? cb() : Promise.resolve(); },
  remove: () => Promise.resolve(), onChanged: event() }; };
const resolved = (v) => () => Promise.resolve(v);
const manifest = JSON.parse(readFileSync(dir + '/manifest.json', 'utf8'));
let onMessage;
globalThis.chrome = {
  runtime: { id: 'bench', getURL: (p) => 'chrome-extension://bench' + p, getManifest: () => manifest, onMessage: { addListener: (l) => (onMessage = l), removeListener() {}, hasListener() {} }, onInstalled: event(), onStartup: event() },
  storage: { local: area(), session: area(), managed: area(), sync: area(), onChanged: event() },
  tabs: { query: resolved([]), sendMessage: resolved(undefined), create: resolved({}), onRemoved: event(), onUpdated: event() },
  scripting: { getRegisteredContentScripts: resolved([]), registerContentScripts: resolved(), unregisterContentScripts: resolved(), updateContentScripts: resolved(), executeScript: resolved([]) },
  permissions: { contains: resolved(false), getAll: resolved({ origins: [] }), onAdded: event(), onRemoved: event() },
  action: { setBadgeText: resolved(), setBadgeBackgroundColor: resolved(), setTitle: resolved(), setIcon: resolved() },
  i18n: { getUILanguage: () => 'en', getMessage: (k) => k },
};
const code = readFileSync(dir + '/background.js', 'utf8');
const c0 = cpu();
const script = new vm.Script(code, { filename: 'background.js' });
const c1 = cpu();
script.runInThisContext();
const c2 = cpu();
const answer = await new Promise((reply) => onMessage({ askFirst: 1, type: 'evaluate', data: { site: 'x', text: 'this is bullshit' } }, { id: 'bench' }, reply));
const c3 = cpu();
if (!answer?.findings?.length) throw new Error('no finding: ' + JSON.stringify(answer));
console.log(JSON.stringify({ compile: c1 - c0, topLevel: c2 - c1, toAnswer: c3 - c2, total: c3 - c0 }));
`;
const tmp = mkdtempSync(join(tmpdir(), 'ask-first-cold-bundle-'));
const child = join(tmp, 'child.mjs');
writeFileSync(child, CHILD);
const rows = dirs.map(() => [] as Record<string, number>[]);
for (let i = 0; i < runs; i++) dirs.forEach((d, k) => rows[k]!.push(JSON.parse(execFileSync('node', [child, d], { encoding: 'utf8' }))));
rmSync(tmp, { recursive: true, force: true });
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`background.js in fresh Node processes, CPU ms, p50 of ${runs} (interleaved):`);
dirs.forEach((d, k) => {
  const parts = ['compile', 'topLevel', 'toAnswer', 'total'].map((f) => `${f} ${p50(rows[k]!.map((r) => r[f]!)).toFixed(1).padStart(6)}`);
  console.log(`  ${parts.join('  ')}  ${d}`);
});
