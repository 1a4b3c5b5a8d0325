// `tsx scripts/bench/bare-worker-size.ts <built extension folder> [trials]`: does a worker script's
// size alone cost its start (issue 18)? The no-op extension of bareWorker.ts three ways, in three
// browsers, trials interleaved: as is; with the build's data (every `JSON.parse(`…`)` literal of
// its background.js) inside a function never called (only scanned); and parsed at its top level,
// as the background does. Each trial stops the worker and types one key on the X replica; prints
// the p50 of keydown → worker created, created → script runs (after the data, when parsed) and
// the round trip. Run under the e2e lock.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, launchLab, stopServiceWorker } from '../../tests/e2e/harness/browser';
import { buildFixtures } from '../../tests/e2e/harness/fixtures';
import { writeBareWorkerExtension, type BareAnswer } from './bareWorker';

const built = resolve(process.argv[2] ?? '.output/chrome-mv3');
const trials = Number(process.argv[3] ?? 10);
const bundle = readFileSync(join(built, 'background.js'), 'utf8');
const literals: string[] = [];
for (let i = bundle.indexOf("JSON.parse('"); i >= 0; i = bundle.indexOf("JSON.parse('", i)) {
  let j = i + 12;
  while (!(bundle[j] === "'" && bundle[j - 1] !== '\\')) j++;
  literals.push(bundle.slice(i, j + 2));
  i = j;
}
const bytes = literals.reduce((n, l) => n + l.length, 0);
const variants: Record<string, (worker: string) => string> = {
  'as is': (w) => w,
  'data unused': (w) => `function unused() { return [${literals.join(',')}]; }\n${w}`,
  'data parsed': (w) => `const data = [${literals.join(',')}];\n${w}`,
};
await buildFixtures();
// The fixture server (the X replica), from a lab running the build itself.
const lab = await launchLab({ extensionDir: built });
const runs = await Promise.all(
  Object.entries(variants).map(async ([name, make]) => {
    const dir = writeBareWorkerExtension();
    writeFileSync(join(dir, 'background.js'), make(readFileSync(join(dir, 'background.js'), 'utf8')));
    const profile = mkdtempSync(join(tmpdir(), 'ask-first-bare-size-'));
    const context = await launchChromium(profile, { extensionDir: dir, hostResolverRules: lab.server.hostResolverRules });
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('div[data-testid="tweetTextarea_0"]').click();
    return { name, dir, profile, context, page, parts: {} as Record<string, number[]> };
  }),
);
for (let t = 0; t < trials; t++) {
  for (const r of runs) {
    await stopServiceWorker(r.context, r.page);
    await r.page.waitForTimeout(300);
    await r.page.evaluate('delete document.documentElement.dataset.bareWorker');
    await r.page.keyboard.type('t');
    await r.page.waitForFunction('document.documentElement.dataset.bareWorker !== undefined');
    const a = JSON.parse((await r.page.evaluate('document.documentElement.dataset.bareWorker')) as string) as BareAnswer;
    for (const [k, v] of [['keydown → created', a.origin - a.keydownAt], ['created → script', a.script], ['round trip', a.roundTrip]] as const) (r.parts[k] ??= []).push(v);
  }
}
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
console.log(`a no-op worker, ${trials} interleaved trials, with ${(bytes / 1024).toFixed(0)} KB of ${built}'s data literals (p50 ms):`);
for (const r of runs) console.log(`  ${r.name.padEnd(12)} ${Object.entries(r.parts).map(([k, xs]) => `${k} ${p50(xs)}`).join('  ')}`);
for (const r of runs) {
  await r.context.close();
  rmSync(r.profile, { recursive: true, force: true });
  rmSync(r.dir, { recursive: true, force: true });
}
await lab.close();
