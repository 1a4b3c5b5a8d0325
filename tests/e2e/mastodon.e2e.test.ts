import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const TEXTAREA = 'textarea.autosuggest-textarea__textarea';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function openMastodon(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://mastodon.social/home');
  await page.locator(TEXTAREA).click();
  return page;
}

describe('Mastodon (textarea, highlighted through a mirror)', () => {
  it('highlights the offending words over the textarea without touching it', async () => {
    const page = await openMastodon();
    await page.keyboard.type('Line one is fine\nbullshit here, call (915) 555-2368');
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Profanity', 'Personal information']);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '(915) 555-2368']);
    // The highlight is drawn on a copy laid exactly over the same characters of the textarea.
    expect(await page.locator(TEXTAREA).inputValue()).toBe('Line one is fine\nbullshit here, call (915) 555-2368');
    const [drawn, box] = await Promise.all([
      page.evaluate(() => {
        const range = [...CSS.highlights.get('ask-first-violation')!][0] as Range;
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, h: r.height };
      }),
      page.locator(TEXTAREA).boundingBox(),
    ]);
    // Second line of a 24px-line textarea: inside the box, one line below the first.
    expect(drawn.x).toBeGreaterThan(box!.x);
    expect(drawn.y).toBeGreaterThan(box!.y + 20);
    expect(drawn.y + drawn.h).toBeLessThan(box!.y + box!.height);
    await page.close();
  });

  it('shows nothing for a clean post', async () => {
    const page = await openMastodon();
    await page.keyboard.type('Lovely evening at the city park 🌇');
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('guards the Post button and Ctrl+Enter; posts the exact text after "Post anyway"', async () => {
    const page = await openMastodon();
    const lines = ['Total bullshit 🐘', '', 'ñ — ¿sí? 👍'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await page.keyboard.press('Control+Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Post' }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Post' }).click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });
});
