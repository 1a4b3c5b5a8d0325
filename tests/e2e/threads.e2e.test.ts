import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, type Lab } from './harness/browser';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const EDITOR = 'div[role="dialog"] [data-lexical-editor="true"]';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function openComposer(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://www.threads.com/');
  await page.locator('#open-composer').click();
  await page.locator(EDITOR).click();
  return page;
}

const button = (page: Page, name: string) => page.locator('div[role="dialog"] div[role="button"]', { hasText: name });

describe('Threads (Lexical 0.52, post button told apart by its label)', () => {
  it('flags a violating draft in the dialog opened after load; a clean one shows nothing', async () => {
    const page = await openComposer();
    await page.keyboard.type('bullshit take');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Good morning, El Paso ☀️');
    await waitForCard(page, false);
    await page.close();
  });

  it('guards "Post" (not "Add to thread") and Ctrl+Enter; posts the exact text after "Post anyway"', async () => {
    const page = await openComposer();
    const lines = ['What bullshit 🧵', '', 'ñ — fin'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await button(page, 'Add to thread').click();
    expect(await page.evaluate(() => (window as unknown as { addToThreadClicks: number }).addToThreadClicks)).toBe(1);
    expect((await readCard(page)).text).not.toContain('Check before posting');
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await button(page, 'Post').click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await button(page, 'Post').click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await expect.poll(() => page.locator('ask-first-card').count()).toBe(0);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });
});

describe('Threads replies (a second Lexical editor, in the reply dialog)', () => {
  const REPLY_EDITOR = 'div[role="dialog"][aria-label="Reply"] [data-lexical-editor="true"]';

  async function openReply(): Promise<Page> {
    const page = await lab.context.newPage();
    await page.goto('https://www.threads.com/');
    await page.getByRole('button', { name: 'Reply' }).click();
    await page.locator(REPLY_EDITOR).click();
    return page;
  }

  it('flags a violating reply; a clean reply shows nothing', async () => {
    const page = await openReply();
    await page.keyboard.type('Another bullshit trail');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('A shaded picnic area would be great 🌳');
    await waitForCard(page, false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('guards the reply dialog’s "Post"; posts the exact reply after "Post anyway"; the new-thread editor works after it', async () => {
    const page = await openReply();
    const lines = ['Total bullshit 🙄', 'ñ — ¿por qué?'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await button(page, 'Post').click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await button(page, 'Post').click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    expect(await page.locator('p.reply').textContent()).toBe(lines.join('\n'));
    // The reply editor left with its dialog; the next editor (a new thread) is watched as well.
    await expect.poll(() => page.locator('ask-first-card').count()).toBe(0);
    await page.locator('#open-composer').click();
    await page.locator(EDITOR).click();
    await page.keyboard.type('bullshit again');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    await page.close();
  });
});
