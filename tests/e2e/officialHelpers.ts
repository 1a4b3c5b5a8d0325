/** Helpers for the official-account end-to-end tests (not a test file itself). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { OfficialPost } from '../../rules/schema';
import { inShadowOf, type Lab } from './harness/browser';
import { SETTLE_MS, windowListeners } from './siteHelpers';

export interface NoticeState {
  visible: boolean;
  role: string | null;
  text: string;
  /** What the notice's live region says (screen readers). */
  announced: string;
}

export async function readNotice(page: Page): Promise<NoticeState> {
  const state = await inShadowOf<NoticeState>(
    page,
    'ASK-FIRST-NOTICE',
    `function () {
      const n = this.querySelector('.notice');
      return { visible: n !== null, role: n && n.getAttribute('role'), text: n ? n.innerText : '', announced: this.querySelector('[aria-live]')?.textContent ?? '' };
    }`,
  );
  return state ?? { visible: false, role: null, text: '', announced: '' };
}

export async function waitForNotice(page: Page, visible: boolean): Promise<NoticeState> {
  await expect.poll(async () => (await readNotice(page)).visible, { timeout: SETTLE_MS }).toBe(visible);
  return readNotice(page);
}

/**
 * Waits until the follow guard listens: it is installed once the page's settings arrive from the
 * background (their political accounts), a window click listener beside the submit guard's. A
 * click sooner is a race with the settings the test did not mean to run (CI, session 10).
 */
export async function waitForFollowGuard(page: Page): Promise<void> {
  await expect.poll(async () => (await windowListeners(page)).click ?? 0, { timeout: SETTLE_MS }).toBeGreaterThanOrEqual(2);
}

/** Clicks a button of the notice with the mouse, where it is on screen. */
export async function clickInNotice(page: Page, selector: string): Promise<void> {
  const box = await inShadowOf<{ x: number; y: number }>(
    page,
    'ASK-FIRST-NOTICE',
    `function () { const r = this.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`,
  );
  if (!box) throw new Error(`no notice to click ${selector} in`);
  await page.mouse.click(box.x, box.y);
}

/** The kept official posts, read with plain IndexedDB in the service worker. */
export async function readOfficialPosts(lab: Lab): Promise<OfficialPost[]> {
  const sw = lab.context.serviceWorkers()[0];
  if (!sw) throw new Error('no extension service worker');
  return sw.evaluate(
    () =>
      new Promise<OfficialPost[]>((resolve, reject) => {
        const open = indexedDB.open('ask-first');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('officialPosts')) return resolve([]);
          const req = db.transaction('officialPosts').objectStore('officialPosts').getAll();
          req.onsuccess = () => resolve(req.result as OfficialPost[]);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
