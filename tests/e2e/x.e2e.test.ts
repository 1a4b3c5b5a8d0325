import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper
import { extensionId } from '../../scripts/extension-key.mjs';
import { clickInCard, highlightedTexts, launchLab, readCard, type Lab } from './harness/browser';

const COMPOSER = 'div[data-testid="tweetTextarea_0"]';
/** Debounce + round trip + render; generous for a loaded CI machine. */
const SETTLE_MS = 5_000;

let lab: Lab;

beforeAll(async () => {
  // The fixed manifest key gives the same id on every machine (managed policy is keyed by it).
  lab = await launchLab({ expectId: extensionId() });
});
afterAll(async () => {
  await lab?.close();
});

async function openX(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator(COMPOSER).click();
  return page;
}

async function waitForCard(page: Page, visible: boolean) {
  await expect.poll(async () => (await readCard(page)).visible, { timeout: SETTLE_MS }).toBe(visible);
  return readCard(page);
}

async function posted(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { postedTexts: string[] }).postedTexts);
}

describe('X composer (Draft.js) with the built extension', () => {
  it('flags profanity and a phone number, highlights them and cites the policy', async () => {
    const page = await openX();
    await page.keyboard.type('This council vote is bullshit. Call my coworker at (915) 555-2368 tonight');
    const card = await waitForCard(page, true);

    expect(card.text).toContain('Before you post');
    expect(card.text).toContain('III.A.5.a'); // profanity
    expect(card.text).toContain('III.A.5.c.1'); // personal information
    expect(card.text).toContain('III.B.1'); // ask first
    expect(card.text).toContain('ask Human Resources or your management before you post');
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '(915) 555-2368']);
    await page.close();
  });

  it('shows nothing for a clean draft', async () => {
    const page = await openX();
    await page.keyboard.type('Join us Saturday at the Scunthorpe Street library for the reading assessment fair!');
    // Wait past the debounce and a round trip, then require that nothing appeared.
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('hides the card and the highlight once the draft is edited clean', async () => {
    const page = await openX();
    await page.keyboard.type('what the fuck');
    await waitForCard(page, true);
    for (let i = 0; i < 'fuck'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('heck');
    await waitForCard(page, false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('never alters the text: what Post submits is exactly what was typed', async () => {
    const page = await openX();
    const lines = ['Line one is bullshit 😅', '', 'Third line: call 915-555-2368 — ¿sí? ñandú'];
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await waitForCard(page, true);
    await clickInCard(page, 'button.primary'); // Edit: back to the draft, text untouched
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    await page.getByRole('button', { name: 'Post' }).click();
    expect(await posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });

  it('keeps the card out of reach of page scripts (closed shadow root)', async () => {
    const page = await openX();
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('ask-first-card');
      return { hostExists: host !== null, shadowRoot: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
    });
    expect(seenByPage).toEqual({ hostExists: true, shadowRoot: null, text: '' });
    await page.close();
  });
});
