import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, type Lab } from './harness/browser';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const EDITOR = 'shreddit-composer [data-lexical-editor="true"]';
const SUBMIT = 'shreddit-composer button[slot="submit-button"]';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function openThread(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://www.reddit.com/r/ElPaso/comments/council/');
  await page.locator(EDITOR).click();
  return page;
}

describe('Reddit comments (Lexical 0.52 slotted into shreddit-composer)', () => {
  it('flags a violating comment; a clean one shows nothing and posts untouched', async () => {
    const page = await openThread();
    await page.keyboard.type('bullshit, all of it');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Thanks for the summary, very helpful 👍');
    await waitForCard(page, false);
    await page.locator(SUBMIT).click();
    await expect.poll(() => posted(page)).toEqual(['Thanks for the summary, very helpful 👍']);
    await page.close();
  });

  it('stops the first "Comment" and posts the exact multi-line text after "Post anyway"', async () => {
    const page = await openThread();
    const lines = ['Pure bullshit 🤬', '', 'segunda línea — ñ'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await page.locator(SUBMIT).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(SUBMIT).click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await expect.poll(async () => (await readCard(page)).visible).toBe(false);
    await page.close();
  });
});
