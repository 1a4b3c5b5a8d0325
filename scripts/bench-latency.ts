// Keystroke-to-highlight latency of the built extension in real Chromium, per site replica
// (X: Draft.js, Facebook, Threads and Reddit: Lexical, YouTube: contenteditable, LinkedIn: Quill,
// Bluesky: ProseMirror, Mastodon, Instagram and Nextdoor: textarea, Reddit titles: a textarea in a
// shadow root, YouTube Studio: contenteditable; Threads replies: a second Lexical editor).
// YouTube live chat (an iframe) is not measured here: the probe runs in the top frame. Measured inside the page: from
// the keydown of the character that completes an offending word to the first moment our
// highlight covers that word. The figure includes the content script's debounce (DEBOUNCE_MS),
// reported beside it.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { DEBOUNCE_MS } from '../entrypoints/compose.content/timing';
import { closeWelcomeTab, launchLab, stopServiceWorker } from '../tests/e2e/harness/browser';
import { buildFixtures } from '../tests/e2e/harness/fixtures';

const TRIALS = Number(process.env.TRIALS ?? 30);

/** How to reach each replica's composer (the same surfaces the e2e tests use). */
const SITES: { site: string; url: string; open(page: Page): Promise<void> }[] = [
  { site: 'x', url: 'https://x.com/home', open: (p) => p.locator('div[data-testid="tweetTextarea_0"]').click() },
  { site: 'facebook', url: 'https://www.facebook.com/', open: (p) => p.locator('div[role="textbox"][aria-label="Write a comment…"]').click() },
  { site: 'youtube', url: 'https://www.youtube.com/watch?v=council', open: (p) => p.locator('#placeholder-area').click() },
  { site: 'linkedin', url: 'https://www.linkedin.com/feed/', open: (p) => p.locator('.comments-comment-box .ql-editor').click() },
  { site: 'bluesky', url: 'https://bsky.app/', open: (p) => p.locator('div.ProseMirror').click() },
  { site: 'mastodon', url: 'https://mastodon.social/home', open: (p) => p.locator('textarea.autosuggest-textarea__textarea').click() },
  { site: 'instagram', url: 'https://www.instagram.com/p/council/', open: (p) => p.locator('form textarea').click() },
  { site: 'reddit', url: 'https://www.reddit.com/r/ElPaso/comments/council/', open: (p) => p.locator('shreddit-composer [data-lexical-editor="true"]').click() },
  {
    site: 'threads',
    url: 'https://www.threads.com/',
    open: async (p) => {
      await p.locator('#open-composer').click();
      await p.locator('div[role="dialog"] [data-lexical-editor="true"]').click();
    },
  },
  {
    site: 'threads-reply',
    url: 'https://www.threads.com/',
    open: async (p) => {
      await p.getByRole('button', { name: 'Reply' }).click();
      await p.locator('div[role="dialog"][aria-label="Reply"] [data-lexical-editor="true"]').click();
    },
  },
  {
    site: 'reddit-title',
    url: 'https://www.reddit.com/r/ElPaso/submit',
    // A textarea inside faceplate-textarea-input's open shadow root.
    open: (p) => p.locator('faceplate-textarea-input[name="title"] textarea').click(),
  },
  { site: 'nextdoor', url: 'https://nextdoor.com/news_feed/', open: (p) => p.locator('textarea[data-testid="comment-add-reply-input"]').click() },
  {
    site: 'youtube_studio',
    url: 'https://studio.youtube.com/channel/UCcity/videos/upload',
    open: async (p) => {
      await p.getByRole('button', { name: 'Upload videos' }).click();
      await p.locator('#description-textarea div#textbox').click();
    },
  },
];

// Runs in the page (as a string: tsx would add helpers the page lacks). Resolves with the
// time from the next keydown until a highlight covers "bullshit", polling every task.
const PROBE = `window.__askFirstProbe = new Promise((resolve) => {
  let start = 0;
  addEventListener('keydown', () => { start = performance.now(); }, { capture: true, once: true });
  const channel = new MessageChannel();
  const poll = () => {
    const h = CSS.highlights.get('ask-first-violation');
    if (start && h && [...h].some((r) => r.toString() === 'bullshit')) resolve(performance.now() - start);
    else channel.port2.postMessage(0);
  };
  channel.port1.onmessage = poll;
  poll();
}); 0`;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
await buildFixtures();
const lab = await launchLab();
await closeWelcomeTab(lab.context);
const only = process.env.SITES?.split(',');
console.log(`keystroke → highlight, ${TRIALS} trials per site (debounce ${DEBOUNCE_MS} ms included):`);
for (const { site, url, open } of SITES.filter((s) => !only || only.includes(s.site))) {
  const page = await lab.context.newPage();
  await page.goto(url);
  await open(page);
  const samples: number[] = [];
  for (let i = 0; i < TRIALS; i++) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(`draft ${i}: this is bullshi`);
    await page.waitForTimeout(DEBOUNCE_MS + 150);
    await page.evaluate(PROBE); // installed before the keystroke it times
    await page.keyboard.type('t');
    samples.push((await page.evaluate('window.__askFirstProbe')) as number);
  }
  await page.close();
  samples.sort((a, b) => a - b);
  const [p50, p95] = [pct(samples, 50), pct(samples, 95)];
  console.log(
    `  ${site.padEnd(9)} p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${samples.at(-1)!.toFixed(1)} ms` +
      `  (above the debounce: p50 ${(p50 - DEBOUNCE_MS).toFixed(1)} ms, p95 ${(p95 - DEBOUNCE_MS).toFixed(1)} ms)`,
  );
}

// After the worker has been stopped (Chrome stops it after 30 s idle), the first highlight waits
// for the worker to start, load, compile the policy and warm up. Cold and warm trials alternate
// on X so that the machine's load affects both alike; the worker is stopped before each cold one.
if (!only || only.includes('cold')) {
  const page = await lab.context.newPage();
  await page.goto('https://x.com/home');
  await SITES[0]!.open(page);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < TRIALS * 2; i++) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(`draft ${i}: this is bullshi`);
    await page.waitForTimeout(DEBOUNCE_MS + 150);
    if (i % 2 === 0) await stopServiceWorker(lab.context, page);
    await page.evaluate(PROBE);
    await page.keyboard.type('t');
    (i % 2 === 0 ? cold : warm).push((await page.evaluate('window.__askFirstProbe')) as number);
  }
  await page.close();
  for (const [label, xs] of [['cold (worker stopped)', cold], ['warm', warm]] as const) {
    xs.sort((a, b) => a - b);
    console.log(`  x ${label.padEnd(22)} p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms  max ${xs.at(-1)!.toFixed(1)} ms`);
  }
  const ratio = pct(cold, 50) / pct(warm, 50);
  console.log(`  first check after the worker was stopped: ${ratio.toFixed(2)}× a warm check (p50)`);
}
await lab.close();
