/**
 * The extension reloaded (an update does the same) while a tab holds a draft: the new version
 * runs its content script in the open tab at once (entrypoints/background/reattach.ts), so the
 * draft is guarded again without a reload of the tab, exactly once. Production build, real
 * Chromium, the X replica (Draft.js).
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, inShadowOf, launchLab, readCard, type Lab } from './harness/browser';
import { posted, waitForCardText } from './siteHelpers';

const COMPOSER = 'div[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';
const TRIALS = 2;

let lab: Lab;
beforeAll(async () => {
  lab = await launchLab();
  // An unpacked build (this test's) comes back after a reload only in developer mode;
  // otherwise Chromium disables it as "unsupported developer extension".
  const extensions = await lab.context.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.evaluate(
    () =>
      new Promise<void>((resolve) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object, done: () => void): void } } }
        ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve),
      ),
  );
  await extensions.close();
});
afterAll(async () => {
  await lab?.close();
});

type Chrome = {
  runtime: { reload(): void; getManifest(): { content_scripts: Array<{ js: string[] }> } };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  scripting: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> };
};

function currentWorker(): Worker {
  const sw = lab.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${lab.extensionId}/`));
  if (!sw) throw new Error('no service worker');
  return sw;
}

/**
 * chrome.runtime.reload() from the service worker (what an update does to a running
 * extension), then waits until the new worker answers. No page is opened meanwhile: the
 * replica tab stays in front with its composer focused, as a person's would.
 */
async function reloadExtension(): Promise<Worker> {
  const old = currentWorker();
  const next = lab.context.waitForEvent('serviceworker', {
    predicate: (w) => w !== old && w.url().startsWith(`chrome-extension://${lab.extensionId}/`),
    timeout: 30_000,
  });
  await old.evaluate(() => setTimeout(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.reload(), 0));
  const worker = await next;
  await expect.poll(() => worker.evaluate(() => typeof (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getManifest), { timeout: 10_000 }).toBe('function');
  return worker;
}

const cardHosts = (page: Page) => page.locator('ask-first-card').count();
const restartNotices = (page: Page) => page.locator('ask-first-restarted').count();

async function typeDraft(page: Page, text: string): Promise<void> {
  await page.locator(COMPOSER).click();
  await page.keyboard.type(text);
  await expect.poll(() => page.locator(COMPOSER).innerText(), { timeout: 5_000 }).toBe(text);
}

describe('the extension reloaded with a draft open', () => {
  it(`the open tab is guarded again without a reload or a keystroke, once (${TRIALS} trials)`, async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    const seen: string[] = [];
    for (let trial = 1; trial <= TRIALS; trial++) {
      const draft = `trial ${trial}: this council vote is bullshit`;
      await typeDraft(page, draft);
      await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toEqual(['bullshit']);
      const startedAt = Date.now();
      await reloadExtension();
      const workerUp = Date.now() - startedAt;

      // No keystroke, no click: the new copy checks the open draft and draws it again.
      await expect
        .poll(async () => ((await readCard(page)).visible && (await highlightedTexts(page)).join() === 'bullshit' ? 'guarded' : 'not guarded'), {
          timeout: 10_000,
          interval: 200,
        })
        .toBe('guarded');
      seen.push(`${Date.now() - startedAt} ms (new worker up after ${workerUp} ms)`);
      // The new version's worker says what it did: this tab's top frame, run once.
      // The report is written after executeScript resolves, which can be after the page has
      // already drawn the highlight (a fast worker start): wait for it rather than read once.
      const record = () =>
        currentWorker().evaluate(async () =>
          (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get('reattached')).reattached,
        );
      await expect.poll(record, { timeout: 5_000 }).toMatchObject({ report: { tabs: 1, frames: 1 } });
      // The old copy's "restarted" notice is gone (or never shown), and one card host is left.
      // The old copy notices it was cut off within a second (index.ts): wait past that, then look.
      await page.waitForTimeout(1_500);
      expect(await restartNotices(page)).toBe(0);
      expect(await cardHosts(page)).toBe(1);
      expect(await highlightedTexts(page)).toEqual(['bullshit']);
      // The draft is exactly what was typed.
      expect(await page.locator(COMPOSER).innerText()).toBe(draft);

      // The first Post is stopped; after "Post anyway" the site receives exactly the draft, once.
      await page.locator(POST).click();
      await waitForCardText(page, 'Check before posting');
      expect(await posted(page)).toEqual([]);
      await clickInCard(page, 'button[data-action="post-anyway"]');
      await page.locator(POST).click();
      await expect.poll(() => posted(page), { timeout: 5_000 }).toEqual([draft]);
      await page.waitForTimeout(300);
      expect(await posted(page)).toEqual([draft]);
      await page.evaluate(() => ((window as unknown as { postedTexts: string[] }).postedTexts.length = 0));

      // A clean draft posts on the first click.
      const clean = `trial ${trial}: see you at the library on Saturday`;
      await typeDraft(page, clean);
      await page.locator(POST).click();
      await expect.poll(() => posted(page), { timeout: 5_000 }).toEqual([clean]);
      await page.evaluate(() => ((window as unknown as { postedTexts: string[] }).postedTexts.length = 0));
      expect(await cardHosts(page)).toBeLessThanOrEqual(1);
    }
    console.log(`REATTACH reload to guarded again, per trial: ${seen.join(', ')}`);
    await page.close();
  }, 60_000);

  it('a tab that already runs the new version is not attached twice: one guard, one card host', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    const draft = 'loaded after the update, still bullshit';
    await typeDraft(page, draft);
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toEqual(['bullshit']);
    // What the background does on install/update, run once more into this live tab.
    const injected = await currentWorker().evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id }, files: chrome.runtime.getManifest().content_scripts[0]!.js });
      return true;
    });
    expect(injected).toBe(true);
    await page.waitForTimeout(800);
    expect(await cardHosts(page)).toBe(1);
    // One guard: the Post is stopped once, and "Post anyway" posts the draft once.
    await page.locator(POST).click();
    await waitForCardText(page, 'Check before posting');
    expect(await cardHosts(page)).toBe(1);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(POST).click();
    await expect.poll(() => posted(page), { timeout: 5_000 }).toEqual([draft]);
    await page.waitForTimeout(300);
    expect(await posted(page)).toEqual([draft]);
    expect(await inShadowOf(page, 'ASK-FIRST-RESTARTED', 'function () { return 1; }')).toBeNull();
    await page.close();
  });

  it('asking for the content script\'s own sites as host permissions adds no install warning', async () => {
    const page = await lab.context.newPage();
    await page.goto(`chrome-extension://${lab.extensionId}/popup.html`);
    const warnings = await page.evaluate(async () => {
      type Management = { getPermissionWarningsByManifest(manifest: string): Promise<string[]> };
      const { chrome } = globalThis as unknown as { chrome: Chrome & { management: Management } };
      const built = chrome.runtime.getManifest() as unknown as Record<string, unknown>;
      const { host_permissions: hosts, ...without } = built;
      return {
        hosts,
        with: await chrome.management.getPermissionWarningsByManifest(JSON.stringify(built)),
        without: await chrome.management.getPermissionWarningsByManifest(JSON.stringify(without)),
      };
    });
    console.log(`REATTACH install warnings: ${JSON.stringify(warnings.with)}`);
    expect(warnings.hosts).toBeDefined();
    expect(warnings.with).toEqual(warnings.without);
    await page.close();
  });
});
