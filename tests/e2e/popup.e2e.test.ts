import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, tabTo } from './a11y';
import { launchLab, readCard, type Lab } from './harness/browser';

/** `npm run screenshots` refreshes the committed ones in docs/; a plain test run writes to test-results/. */
const SHOTS = fileURLToPath(new URL(process.env.UPDATE_SCREENSHOTS ? '../../docs/screenshots/' : '../../test-results/screenshots/', import.meta.url));
const COMPOSER = 'div[data-testid="tweetTextarea_0"]';

let lab: Lab;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function openPopup(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.setViewportSize({ width: 360, height: 480 });
  await page.goto(`chrome-extension://${lab.extensionId}/popup.html`);
  await page.waitForSelector('main.popup');
  return page;
}

/**
 * Keeps a draft the way "Ask before posting" does: through the real `saveDraft` message, so the
 * background opens its own database. (Opening IndexedDB from the page raced that first open: an
 * empty database without the `drafts` store, and a promise that never settled.)
 */
async function seedDraft(page: Page, text: string): Promise<void> {
  const saved = (await sendFromPage(page, 'saveDraft', { site: 'x', text })) as { id?: unknown } | undefined;
  expect(typeof saved?.id, 'saveDraft answered with the row id').toBe('number');
}

/** Sends one protocol message from an extension page, as our pages do. */
function sendFromPage(page: Page, type: string, data: unknown) {
  return page.evaluate(
    ([type, data]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ askFirst: 1, type, data }),
    [type, data] as const,
  );
}

describe('toolbar popup in Chromium (built extension)', () => {
  it('shows status, the last saved draft and links to the options page; axe clean, light and dark', async () => {
    const page = await openPopup();
    await seedDraft(page, 'Is it OK to post the photos from the park opening?');
    await page.reload();
    await page.waitForSelector('text=Last saved draft');
    // The popup opened in a tab of its own: no content script runs on an extension page.
    expect(await page.locator('.state').textContent()).toBe('Ask First does not check drafts on this page.');
    expect(await page.locator('.draft-text').textContent()).toBe('Is it OK to post the photos from the park opening?');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}popup-en-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);

    const opened = lab.context.waitForEvent('page');
    await tabTo(page, /^button\|.*What does Ask First check\?/);
    await page.keyboard.press('Enter');
    const options = await opened;
    await options.waitForURL(/options\.html/);
    await options.close();
    await page.close();
  });

  it('pause for 10 minutes (keyboard): drafts on X stop being flagged, and the pause is in the history', async () => {
    const x = await lab.context.newPage();
    await x.goto('https://x.com/home');
    await x.locator(COMPOSER).click();
    await x.keyboard.type('This is bullshit');
    await expect.poll(async () => (await readCard(x)).visible, { timeout: 5_000 }).toBe(true);

    const popup = await openPopup();
    await tabTo(popup, /^button\|.*Pause for 10 minutes/);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('text=/Checking is paused until/');
    expect(await popup.locator('button:text("Pause for 10 minutes")').count()).toBe(0);

    // The next check of the same draft finds nothing while paused: the card goes away.
    await x.bringToFront();
    await x.locator(COMPOSER).click();
    await x.keyboard.type(', really');
    await expect.poll(async () => (await readCard(x)).visible, { timeout: 5_000 }).toBe(false);

    const options = await lab.context.newPage();
    await options.goto(`chrome-extension://${lab.extensionId}/options.html`);
    await options.waitForSelector('table.decisions');
    expect(await options.locator('table.decisions tbody').innerText()).toContain('Paused checking');
    await options.close();
    await x.close();
    await popup.close();
  });

  it('speaks Spanish when the language is set to Spanish; axe clean', async () => {
    const page = await openPopup();
    // Through the real message, as the options page's language picker sends it.
    await sendFromPage(page, 'setUserSettings', { language: 'es' });
    await page.reload();
    await page.waitForSelector('text=/La revisión está en pausa/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}popup-es-dark.png` });
    await sendFromPage(page, 'setUserSettings', { language: 'auto' });
    await page.close();
  });
});
