// `npm run store-screenshots`: the store listing's screenshots (1280×800 PNG, the size the
// Chrome Web Store asks for), taken from the BUILT extension in Debian's Chromium on the
// replica sites (tests/e2e/sites), never mock-ups. Writes docs/store/screenshots/*.png.
// ASK_FIRST_SKIP_BUILD=1 reuses .output/chrome-mv3 as it is.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchLab, readCard, readCardFindings, type Lab } from '../tests/e2e/harness/browser';
import { buildFixtures } from '../tests/e2e/harness/fixtures';
// @ts-expect-error plain ESM helper
import { ensureChromium } from './ensure-chromium.mjs';

const OUT = join(process.cwd(), 'docs', 'store', 'screenshots');
const SIZE = { width: 1280, height: 800 };

/** A draft typed into a replica composer, and what must be flagged before the picture is taken. */
interface Shot {
  file: string;
  url: string;
  /** Clicked before typing (the composer, or what reveals it). */
  composer: string;
  draft: string;
  /** Card text that shows the whole draft was checked. */
  expect: string;
}

const SITE_SHOTS: Shot[] = [
  {
    file: 'x-warning-en.png',
    url: 'https://x.com/home',
    composer: 'div[data-testid="tweetTextarea_0"]',
    draft: 'This council vote is total bullshit. Call my coworker at (915) 555-2368 and tell her.',
    expect: 'III.A.5.c.1',
  },
  {
    file: 'facebook-warning-en.png',
    url: 'https://www.facebook.com/',
    composer: 'div[role="textbox"][aria-label="Write a comment…"]',
    draft: 'Vote NO on Proposition 3 this November! My coworker Ana can tell you why: 915-555-2368.',
    expect: '915-555-2368',
  },
];

const SPANISH_SHOT: Shot = {
  file: 'x-warning-es.png',
  url: 'https://x.com/home',
  composer: 'div[data-testid="tweetTextarea_0"]',
  draft: 'Esta votación del concejo es una mierda. Llamen a mi compañera al (915) 555-2368.',
  expect: '(915) 555-2368',
};

async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function siteShot(lab: Lab, shot: Shot): Promise<string[]> {
  const page = await lab.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(shot.url);
  await page.locator(shot.composer).click();
  await page.keyboard.type(shot.draft);
  await until(`the card on ${shot.url}`, async () => (await readCard(page)).text.includes(shot.expect));
  // The caret blinks and the card fades in: one more frame settles both.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, shot.file) });
  const found = (await readCardFindings(page)).map((f) => `${f.category}: ${f.excerpt}`);
  await page.close();
  return found;
}

async function extensionShot(page: Page, file: string, scrollTo?: string): Promise<void> {
  await page.setViewportSize(SIZE);
  if (scrollTo) await page.locator(scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(OUT, file) });
}

ensureChromium();
if (process.env.ASK_FIRST_SKIP_BUILD !== '1') {
  console.log('Building the extension (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
}
await buildFixtures();
mkdirSync(OUT, { recursive: true });
const lab = await launchLab();
try {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  const welcome = lab.context.pages().find(isWelcome) ?? (await lab.context.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 }));
  await welcome.bringToFront();
  // No managed policy on this machine: the setup form appears once the background is sure of it.
  await welcome.waitForSelector('[data-state="none"] form.setup', { timeout: 40_000 });
  await extensionShot(welcome, 'welcome-en.png');
  console.log('welcome-en.png: the welcome page with the setup');

  for (const shot of SITE_SHOTS) console.log(`${shot.file}: ${(await siteShot(lab, shot)).join('; ')}`);

  const options = await lab.context.newPage();
  await options.goto(`chrome-extension://${lab.extensionId}/options.html`);
  await options.waitForSelector('#rules .categories');
  await extensionShot(options, 'options-rules-en.png', '#rules');
  console.log('options-rules-en.png: what is checked, with the policy sections');

  // Spanish: the person's language choice, through the same message the options page sends.
  await options.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      askFirst: 1,
      type: 'setUserSettings',
      data: { language: 'es' },
    }),
  );
  console.log(`${SPANISH_SHOT.file}: ${(await siteShot(lab, SPANISH_SHOT)).join('; ')}`);
  await welcome.reload();
  await welcome.waitForSelector('[data-state="none"] form.setup', { timeout: 40_000 });
  await extensionShot(welcome, 'welcome-es.png');
  console.log('welcome-es.png: the welcome page in Spanish');
  console.log(`\nScreenshots (${SIZE.width}×${SIZE.height}) in ${OUT}`);
} finally {
  await lab.close();
}
