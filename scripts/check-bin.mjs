#!/usr/bin/env node
// Package bin (`ask-first-check`) and `npm run check`: runs the CLI (scripts/check.ts) as one
// bundled, minified file, .output/cli/ask-first-check.mjs, so start-up is a plain Node
// start (~0.1 s) instead of compiling TypeScript each time (tsx: ~0.4–0.5 s).
// The bundle is rebuilt with esbuild when it is missing or older than any of its sources,
// so `npm run check` always runs the code in the checkout.
import { existsSync, readdirSync, realpathSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(root, '.output/cli/ask-first-check.mjs');
const SOURCES = ['rules', 'public/_locales', 'scripts/check.ts', 'scripts/check-bin.mjs', 'scripts/audit-cli.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

/** Builds the bundle (esbuild is a dev dependency of the project). */
export async function buildCli() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'scripts/check.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: `${BUNDLE}.${process.pid}.tmp`,
    // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  // Atomic: two checks started at once never run a half-written bundle.
  renameSync(`${BUNDLE}.${process.pid}.tmp`, BUNDLE);
}

const stale = () => !existsSync(BUNDLE) || Math.max(...SOURCES.map((s) => newest(join(root, s)))) > statSync(BUNDLE).mtimeMs;

const direct = process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1]);
if (process.argv[2] === '--build-only') await buildCli();
else if (direct) {
  if (stale()) await buildCli();
  await import(pathToFileURL(BUNDLE).href);
}
