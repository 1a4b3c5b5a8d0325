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

describe('Reddit post titles (a textarea inside faceplate-textarea-input’s open shadow root)', () => {
  const TITLE = 'faceplate-textarea-input[name="title"] textarea';
  const POST = '#inner-post-submit-button';

  /** The submit form, reached the way people do: "Create post", an in-page navigation. */
  async function openSubmit(): Promise<Page> {
    const page = await lab.context.newPage();
    await page.goto('https://www.reddit.com/r/ElPaso/comments/council/');
    await page.locator(EDITOR).waitFor();
    await page.getByRole('link', { name: 'Create post' }).click();
    await page.waitForURL('**/r/ElPaso/submit');
    await page.locator(TITLE).click(); // Playwright's CSS pierces open shadow roots
    return page;
  }

  it('flags a violating title over the shadow-root textarea; a clean title shows nothing', async () => {
    const page = await openSubmit();
    await page.keyboard.type('Council is bullshit, call (915) 555-2368');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '(915) 555-2368']);
    expect(await page.locator(TITLE).inputValue()).toBe('Council is bullshit, call (915) 555-2368');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Spring cleanup at Ascarate Park this Saturday 🌵');
    await waitForCard(page, false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('stops the first "Post" (a button in another shadow root) and posts the exact title after "Post anyway"', async () => {
    const page = await openSubmit();
    const title = 'What a bullshit decision 😤 ¿sí?';
    await page.keyboard.type(title);
    await waitForCard(page, true);
    await page.locator(POST).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(POST).click();
    await expect.poll(() => posted(page)).toEqual([title, '']);
    await page.close();
  });
});
