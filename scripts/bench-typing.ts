// Typing smoothness on a long draft: input-to-paint delay per keystroke while typing into a
// 2,000-word draft on the X replica (Draft.js), in Chromium without and with the built
// extension. The draft is inserted first (as a paste would), then, once the extension is done
// with it (settled()), KEYS characters are typed one by one; each keystroke's delay runs from its
// keydown to the frame after it is painted (requestAnimationFrame, then the next task). Reports p50/p95 and the ratio; runs without and
// with the extension alternate (ROUNDS), since the machine's other load moves p95 a lot.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeWelcomeTab, EXTENSION_DIR, launchChromium } from '../tests/e2e/harness/browser';
import { buildFixtures } from '../tests/e2e/harness/fixtures';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { pasteLongDraft, settled, WORDS } from './bench/longDraft';
import { PAINT_RECORDER } from './bench/paintRecorder';

const KEYS = Number(process.env.KEYS ?? 200);
/** Without/with runs alternate, so that load from other processes falls on both alike. */
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const RECORDER = PAINT_RECORDER;

async function run(withExtension: boolean, extensionDir: string): Promise<number[]> {
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'ask-first-bench-'));
  const context = await launchChromium(profile, { extensionDir: withExtension ? extensionDir : null, hostResolverRules: server.hostResolverRules });
  try {
    if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (withExtension) await closeWelcomeTab(context);
    const page = await context.newPage();
    await pasteLongDraft(page);
    if (withExtension) {
      await settled(page, context);
      await page.waitForTimeout(500);
    } else await page.waitForTimeout(1_500);
    await page.evaluate(RECORDER);
    for (let i = 0; i < KEYS; i++) await page.keyboard.type(i % 10 === 9 ? ' ' : 'abcdefghi'[i % 10]!);
    await page.waitForTimeout(500);
    return ((await page.evaluate('window.__delays')) as number[]).sort((a, b) => a - b);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// BUILT=<built extension>: measure that copy (another checkout's .output/chrome-mv3) instead of building this one.
if (!process.env.BUILT) execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const extensionDir = process.env.BUILT ?? EXTENSION_DIR;
await buildFixtures();
const without: number[] = [];
const withExt: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  without.push(...(await run(false, extensionDir)));
  withExt.push(...(await run(true, extensionDir)));
}
without.sort((a, b) => a - b);
withExt.sort((a, b) => a - b);
console.log(`input-to-paint delay typing ${KEYS} keys into a ${WORDS}-word draft (X replica, Draft.js), ${ROUNDS} alternating rounds:`);
for (const [label, s] of [['without extension', without], ['with extension', withExt]] as const) {
  console.log(`  ${label.padEnd(18)} p50 ${pct(s, 50).toFixed(1)} ms  p95 ${pct(s, 95).toFixed(1)} ms  max ${s.at(-1)!.toFixed(1)} ms  (n=${s.length})`);
}
console.log(`  ratio with/without: p50 ${(pct(withExt, 50) / pct(without, 50)).toFixed(2)}×  p95 ${(pct(withExt, 95) / pct(without, 95)).toFixed(2)}×`);
