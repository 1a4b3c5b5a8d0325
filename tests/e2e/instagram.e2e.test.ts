import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, type Lab } from './harness/browser';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const TEXTAREA = 'form textarea';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function openPost(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://www.instagram.com/p/council/');
  await page.locator(TEXTAREA).click();
  return page;
}

describe('Instagram comments (textarea, Enter posts)', () => {
  it('flags a violating comment; a clean one shows nothing and posts on Enter', async () => {
    const page = await openPost();
    await page.keyboard.type('what bullshit');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Love this! 📚');
    await waitForCard(page, false);
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['Love this! 📚']);
    await page.close();
  });

  it('stops Enter and "Post", not the emoji button; posts the exact text after "Post anyway"', async () => {
    const page = await openPost();
    const lines = ['bullshit 😤', 'segunda ñ'];
    await typeLines(page, lines, 'Shift+Enter');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await page.locator('form div.emoji').click();
    expect(await page.evaluate(() => (window as unknown as { emojiClicks: number }).emojiClicks)).toBe(1);
    expect((await readCard(page)).text).not.toContain('Check before posting');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });
});
