import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const COMPOSER = 'textarea[data-testid="composer-text-field"]';
const COMMENT = 'textarea[data-testid="comment-add-reply-input"]';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function openNextdoor(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://nextdoor.com/news_feed/');
  return page;
}

describe('Nextdoor (React controlled textareas, highlighted through a mirror)', () => {
  it('flags a violating post in the composer dialog opened after load; the textarea keeps the text', async () => {
    const page = await openNextdoor();
    await page.getByRole('button', { name: "What's happening, neighbor?" }).click();
    await page.locator(COMPOSER).click();
    await page.keyboard.type('Whoever parks here is an idiot. Call me at (915) 555-2368');
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toContain('Personal information');
    await expect.poll(() => highlightedTexts(page)).toContain('(915) 555-2368');
    expect(await page.locator(COMPOSER).inputValue()).toBe('Whoever parks here is an idiot. Call me at (915) 555-2368');
    await page.close();
  });

  it('a clean comment shows nothing and posts untouched', async () => {
    const page = await openNextdoor();
    await page.locator(COMMENT).click();
    await page.keyboard.type('I saw him near the library 10 minutes ago 🐕');
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual(['I saw him near the library 10 minutes ago 🐕']);
    await page.close();
  });

  it('stops the first "Post" and posts the exact multi-line text after "Post anyway"', async () => {
    const page = await openNextdoor();
    await page.getByRole('button', { name: "What's happening, neighbor?" }).click();
    await page.locator(COMPOSER).click();
    const lines = ['This HOA is bullshit 🏡', '', 'ñ — ¿sí?'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    // The dialog closed: its composer and card are gone.
    await expect.poll(() => page.locator('ask-first-card').count()).toBe(0);
    await page.close();
  });

  it('stops the first comment "Comment" (inline-composer-reply-button, no type attribute) and lets the same text through after "Post anyway"', async () => {
    const page = await openNextdoor();
    await page.locator(COMMENT).click();
    await page.keyboard.type('What a bullshit excuse');
    await waitForCard(page, true);
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual(['What a bullshit excuse']);
    await page.close();
  });

  it('stops Enter on a one-line comment, sends the exact text on Enter after "Post anyway"; a clean one goes on the first Enter', async () => {
    const page = await openNextdoor();
    await page.locator(COMMENT).click();
    await page.keyboard.type('Found him, thanks all!');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['Found him, thanks all!']);
    await page.keyboard.type('Total bullshit response time');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual(['Found him, thanks all!']);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['Found him, thanks all!', 'Total bullshit response time']);
    await page.close();
  });
});
