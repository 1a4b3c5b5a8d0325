import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { focusedTag, posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const EDITOR = 'div.ProseMirror';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function openBluesky(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://bsky.app/');
  await page.locator(EDITOR).click();
  return page;
}

describe('Bluesky (ProseMirror)', () => {
  it('flags a violating post; a clean one shows nothing', async () => {
    const page = await openBluesky();
    await page.keyboard.type('This is bullshit, text her at (915) 555-2368');
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Profanity', 'Personal information']);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '(915) 555-2368']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Sunny day at the park 🌞');
    await waitForCard(page, false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('guards Ctrl+Enter and the Post button; posts the exact multi-line text after "Post anyway"', async () => {
    const page = await openBluesky();
    const lines = ['bullshit 🦋', '', 'línea — ñ 👍🏿'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await page.keyboard.press('Control+Enter');
    await waitForCardText(page, 'Check before posting');
    await expect.poll(() => focusedTag(page)).toBe('ask-first-card');
    expect(await posted(page)).toEqual([]);
    await page.keyboard.press('Escape'); // back to the editor; the next submit is asked about again
    await expect.poll(() => focusedTag(page)).toBe('div');
    await page.getByTestId('composerPublishBtn').click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await expect.poll(async () => (await readCard(page)).visible).toBe(false);
    await page.close();
  });
});
