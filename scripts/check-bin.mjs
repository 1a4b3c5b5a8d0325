#!/usr/bin/env node
// Package bin (`ask-first-check`) and `npm run check`: runs the CLI (scripts/cli/main.ts)
// built by the project, never TypeScript compiled at start (tsx: ~0.4–0.5 s on its own).
//
// Where a one-line check's time went (node --cpu-prof, bundle run in-process): compiling the
// built-in policy (every pack, judgement frame and lexicon) about half, parsing and running
// the 0.6 MB bundle a quarter, the first evaluate (regular expressions compiled on first use)
// most of the rest; the CLI's own code and the audit's readers almost nothing. So the CLI is
// built twice, by esbuild:
//   1. .output/cli/ask-first-check.snapshot.cjs, made into a V8 start-up snapshot
//      (`node --build-snapshot`) with the built-in policy already compiled. A run deserializes
//      the heap instead of loading and compiling: CPU time of a one-line check 2.6× an empty
//      node, 3.7× with the bin's own process, against 5.1× for the bundle below (npm run
//      bench:cli, 15 alternating runs, Node 20, a loaded 2-core machine). Deserializing the
//      heap costs about what loading the bundle does; compiling the policy is what is saved.
//      A snapshot cannot hold a warmed-up policy (regular expressions compiled to machine
//      code cannot be serialized). A snapshot loads only into the Node binary that
//      made it, so its file name carries the Node version and platform, and it is made again
//      for another Node. It starts as a second process: Node ≥23.11's process.execve would
//      save that, but it is experimental and could not be measured here (Node 20).
//   2. .output/cli/ask-first-check.mjs, an ES module bundle, run in this process when there
//      is no snapshot (it cannot be written, or ASK_FIRST_CLI_SNAPSHOT=0).
// Tried against the snapshot (issue 16, 2026-12-05): one process running a CommonJS bundle
// whose built-in data and engine tables were worked out at build time (as the extension ships
// them: scripts/engine-tables-data.ts) through a V8 code cache (vm.Script cachedData). CPU of a
// one-line check, 8 alternating runs on a machine at load ~18, bash included: empty node 203 ms,
// snapshot alone 549, the bin (snapshot in a second process) 690, that one process 725 (775
// without the code cache). The policy compile and the first check, not parsing, are what a
// bundle pays and a snapshot does not; so the snapshot stays.
// Both are rebuilt when missing or older than any of their sources (only in a git checkout:
// an installed copy's sources do not change), so `npm run check` runs the code in the checkout.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.output/cli');
export const BUNDLE = join(out, 'ask-first-check.mjs');
const SNAPSHOT_ENTRY = join(out, 'ask-first-check.snapshot.cjs');
/** The start-up snapshot for the Node that runs this file. */
export const BLOB = join(out, `ask-first-check-${process.version}-${process.platform}-${process.arch}.blob`);
/** Written instead of BLOB when this Node could not make one: not tried again on every run. */
const NO_BLOB = `${BLOB}.none`;
const SOURCES = ['rules', 'public/_locales', 'components/i18n.ts', 'components/exportTranslate.ts', 'scripts/check.ts', 'scripts/cli', 'scripts/check-bin.mjs', 'scripts/audit-cli.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

/** Builds the two bundles (esbuild is a dev dependency of the project), then the snapshot. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const common = { bundle: true, minify: true, platform: 'node', target: 'node20', logLevel: 'warning' };
  const tmp = `.${process.pid}.tmp`;
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'scripts/check.ts')],
      format: 'esm',
      outfile: BUNDLE + tmp,
      // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    }),
    // A snapshot's entry is a CommonJS script that requires only Node's own modules.
    build({ ...common, entryPoints: [join(root, 'scripts/cli/snapshot.ts')], format: 'cjs', outfile: SNAPSHOT_ENTRY + tmp }),
  ]);
  // Atomic: two checks started at once never run a half-written file.
  renameSync(BUNDLE + tmp, BUNDLE);
  renameSync(SNAPSHOT_ENTRY + tmp, SNAPSHOT_ENTRY);
  return buildSnapshot();
}

/** Makes BLOB from the snapshot entry; false (and no BLOB) when this Node cannot. */
function buildSnapshot() {
  const tmp = `${BLOB}.${process.pid}.tmp`;
  const r = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', SNAPSHOT_ENTRY], { encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(tmp)) {
    const why = `no start-up snapshot for Node ${process.version} (the bundle is used): ${(r.stderr || r.error?.message || '').trim()}\n`;
    rmSync(tmp, { force: true });
    rmSync(BLOB, { force: true });
    writeFileSync(NO_BLOB, why);
    if (process.argv[2] === '--build-only') process.stderr.write(`check-bin: ${why}`);
    return false;
  }
  rmSync(NO_BLOB, { force: true });
  renameSync(tmp, BLOB);
  return true;
}

/** Built files older than their sources (a checkout being edited). */
function stale() {
  const snapshot = existsSync(BLOB) ? BLOB : existsSync(NO_BLOB) ? NO_BLOB : undefined;
  if (!existsSync(BUNDLE) || !snapshot) return true;
  if (!existsSync(join(root, '.git'))) return false;
  const sources = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  return sources > statSync(BUNDLE).mtimeMs || sources > statSync(snapshot).mtimeMs;
}

/** Runs the CLI from the snapshot, exit status and signal passed on; false when it cannot. */
function runSnapshot(args) {
  if (process.env.ASK_FIRST_CLI_SNAPSHOT === '0' || !existsSync(BLOB)) return false;
  // `--`: the CLI's own options (--jsonl, --pack…) are not Node's.
  const argv = ['--snapshot-blob', BLOB, '--', ...args];
  const r = spawnSync(process.execPath, argv, { stdio: 'inherit' });
  if (r.error) return false;
  if (r.signal) process.kill(process.pid, r.signal);
  process.exitCode = r.status ?? 1;
  return true;
}

const direct = process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1]);
if (process.argv[2] === '--build-only') await buildCli();
else if (direct) {
  if (stale()) {
    try {
      await buildCli();
    } catch (e) {
      // An installed copy that cannot write .output/ still runs whatever was built.
      if (!existsSync(BUNDLE)) throw e;
    }
  }
  if (!runSnapshot(process.argv.slice(2))) await import(pathToFileURL(BUNDLE).href);
}
