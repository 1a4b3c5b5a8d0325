// The long X draft both typing benches type into (bench-typing.ts, bench/typing-profile.ts): the
// same 2,000 words with a finding every 400, pasted the same way, and the same wait for the
// extension to be done with it before any keystroke is measured.
import type { BrowserContext, Page } from 'playwright-core';
import { startupMarks } from './startupMarks';

export const WORDS = Number(process.env.WORDS ?? 2_000);
const VOCABULARY = 'the city council library meeting park budget summer reading fair water service street team schedule residents public event thanks update'.split(' ');

/** A long draft with a few findings in it, as a long real post would have. */
export function longDraft(words = WORDS): string {
  return Array.from({ length: words }, (_, i) => (i % 400 === 399 ? 'bullshit' : VOCABULARY[(i * 7) % VOCABULARY.length]!)).join(' ');
}

/** Opens X's composer and pastes the long draft into it. */
export async function pasteLongDraft(page: Page): Promise<void> {
  await page.goto('https://x.com/home');
  await page.locator('div[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.insertText(longDraft());
}

/**
 * Typing starts once the extension is done with the pasted draft: its first check answered (the
 * findings drawn) and the worker's start-up warm-up over (its `warm` mark, startup.ts). On a
 * fresh profile the first check waits ~2 s for the managed policy, and the warm-up is ~1 s of
 * engine work in another process: a fixed 1.5 s wait let both fall on the measured keystrokes,
 * which measured the worker's start-up on a 2-core machine, not typing.
 */
export async function settled(page: Page, context: BrowserContext): Promise<void> {
  await page.waitForFunction(`(CSS.highlights.get('ask-first-violation')?.size ?? 0) >= ${Math.floor(WORDS / 400)}`, null, { timeout: 30_000 });
  await startupMarks(context.serviceWorkers()[0]!, 10_000);
}
