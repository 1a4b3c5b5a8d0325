import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, launchLab, readCard, type Lab } from './harness/browser';

const COMPOSER = 'div[data-testid="tweetTextarea_0"]';

/** The slice of the extension API these tests call inside the browser. */
interface ChromeApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
}
declare const chrome: ChromeApi;
let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function draftOnX(text: string): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator(COMPOSER).click();
  await page.keyboard.type(text);
  await expect.poll(async () => (await readCard(page)).visible, { timeout: 10_000 }).toBe(true);
  return page;
}

async function setUserSettings(settings: Record<string, unknown>): Promise<void> {
  const worker = lab.context.serviceWorkers()[0]!;
  await worker.evaluate((s) => chrome.storage.local.set({ userSettings: s }), settings);
}

describe('an open draft follows the settings and answers the popup', () => {
  it('re-checks the open draft when the policy changes, with no keystroke', async () => {
    const page = await draftOnX('this plan is bullshit');
    expect(await highlightedTexts(page)).toEqual(['bullshit']);
    await setUserSettings({ allowTerms: ['bullshit'] });
    await expect.poll(async () => (await readCard(page)).visible, { timeout: 10_000 }).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
    await setUserSettings({});
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toEqual(['bullshit']);
    await page.close();
  });

  it("a person's own extra word (My words) is flagged in the open draft as soon as it is saved", async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    await page.locator(COMPOSER).click();
    await page.keyboard.type('Lunch at Casa Falcon was great');
    await page.waitForTimeout(600); // checked once: nothing to flag
    expect((await readCard(page)).visible).toBe(false);
    // Saved the way the options page's "My words" saves an extra term: a user.* custom rule.
    await setUserSettings({
      customRules: [
        { id: 'user.confidential.casa-falcon', category: 'confidential', severity: 'caution', terms: ['Casa Falcon'], message: 'One of your own words.' },
      ],
    });
    await expect.poll(() => highlightedTexts(page, 'ask-first-caution'), { timeout: 10_000 }).toEqual(['Casa Falcon']);
    // The card follows its highlight by a frame (composerSession.ts): wait for it.
    await expect.poll(async () => (await readCard(page)).text, { timeout: 5_000 }).toContain('One of your own words.');
    await setUserSettings({});
    await page.close();
  });

  it('tells the popup which site it is, how many composers it watches and the focused draft’s findings', async () => {
    const page = await draftOnX('this plan is bullshit, call 915-555-2368');
    // Ask every tab from an extension page, as the popup asks the active one.
    const extensionPage = await lab.context.newPage();
    await extensionPage.goto(`chrome-extension://${lab.extensionId}/popup.html`);
    const answers = await extensionPage.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const replies = await Promise.all(
        tabs.map((tab) =>
          chrome.tabs.sendMessage(tab.id!, { askFirst: 1, type: 'getTabStatus', data: {} }).catch(() => undefined),
        ),
      );
      return replies.filter(Boolean);
    });
    expect(answers).toEqual([{ site: 'x', composers: 1, findings: 2 }]);
    await extensionPage.close();
    await page.close();
  });
});

describe('pause', () => {
  it('a pause started elsewhere clears the open draft’s card at once, and its end brings it back', async () => {
    const page = await draftOnX('what a bullshit meeting');
    const worker = lab.context.serviceWorkers()[0]!;
    await worker.evaluate(() => chrome.storage.local.set({ pausedUntil: Date.now() + 10 * 60_000 }));
    await expect.poll(async () => (await readCard(page)).visible, { timeout: 10_000 }).toBe(false);
    await worker.evaluate(() => chrome.storage.local.set({ pausedUntil: 0 }));
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toEqual(['bullshit']);
    await page.close();
  });
});
