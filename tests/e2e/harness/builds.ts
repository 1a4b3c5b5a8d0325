/**
 * The production builds the real-browser tests load (.output/chrome-mv3, .output/firefox-mv2),
 * made once per run and waited for by the tests.
 *
 * In `npm test` the global setup starts both in the background: the unit project runs first
 * (e2e files run one at a time after it, never beside it) and leaves one of CI's two cores
 * mostly idle, so the builds cost the run next to nothing instead of holding up every test
 * (before: `wxt build` ran ahead of the first unit test, and each Firefox test file built
 * Firefox again inside its own test). Every e2e file waits for the builds started here before it
 * starts (./await-build.ts), so no build ever runs beside a browser test. When only the e2e
 * project runs, Firefox is built on demand by the first test that asks for it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { shippingEnv } from '../../../scripts/shipping-env';

export { shippingEnv };

export type Target = 'chrome' | 'firefox';

interface BuildResult {
  ok: boolean;
  output?: string;
}

const resultFile = (dir: string, target: Target) => join(dir, `${target}.json`);
const startedFile = (dir: string, target: Target) => join(dir, `${target}.started`);

/**
 * `wxt build` for one browser, exactly what ships (scripts/shipping-env.ts). At a low CPU priority: beside
 * the unit tests it takes only the time they leave idle, and their timing checks keep the cores
 * they had before.
 */
function wxtBuild(target: Target): Promise<BuildResult> {
  const args = target === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox'];
  return new Promise((resolve) => {
    const child = execFile('npx', args, { env: shippingEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error && stderr.trim()) process.stderr.write(stderr); // warnings, as before
      resolve(error ? { ok: false, output: `${error.message}\n${stdout}\n${stderr}` } : { ok: true });
    });
    try {
      if (child.pid) setPriority(child.pid, 10); // inherited by the processes and threads it starts
    } catch {
      // not allowed here: the build runs at normal priority
    }
  });
}

async function build(dir: string, target: Target): Promise<void> {
  let result: BuildResult;
  try {
    // ASK_FIRST_SKIP_BUILD=1 reuses .output/chrome-mv3 as it is (as before: Firefox was always built).
    result = target === 'chrome' && process.env.ASK_FIRST_SKIP_BUILD === '1' ? { ok: true } : await wxtBuild(target);
  } catch (error) {
    result = { ok: false, output: String(error) };
  }
  const file = resultFile(dir, target);
  writeFileSync(`${file}.tmp`, JSON.stringify(result));
  renameSync(`${file}.tmp`, file); // whole, for the reader that polls for it
}

/**
 * Starts the builds of `targets`, one after the other (they share .wxt/); each writes its
 * result to `dir` when done. The promise resolves once all are done.
 */
export async function startBuilds(dir: string, targets: Target[]): Promise<void> {
  for (const target of targets) writeFileSync(startedFile(dir, target), '');
  for (const target of targets) await build(dir, target);
}

/** The targets whose build was started in `dir` (by the global setup or a test). */
export const startedBuilds = (dir: string): Target[] => (['chrome', 'firefox'] as const).filter((t) => existsSync(startedFile(dir, t)));

/**
 * Waits until the build of `target` in `dir` is done, building it here first if nothing has
 * started it (test files run one at a time: no two build at once). Throws the build's output if it failed.
 */
export async function waitForBuild(dir: string, target: Target): Promise<void> {
  const file = resultFile(dir, target);
  if (!existsSync(startedFile(dir, target))) await startBuilds(dir, [target]);
  for (const end = Date.now() + 10 * 60_000; !existsSync(file); ) {
    if (Date.now() > end) throw new Error(`the ${target} build did not finish in 10 minutes`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const result = JSON.parse(readFileSync(file, 'utf8')) as BuildResult;
  if (!result.ok) throw new Error(`\`wxt build\` for ${target} failed:\n${result.output}`);
}
