/** Helpers for the official-account end-to-end tests (not a test file itself). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { OfficialPost } from '../../rules/schema';
import type { Lab } from './harness/browser';
import { SETTLE_MS } from './siteHelpers';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * Runs `fn` (a function source, `this` = the closed shadow root of our element `host`,
 * e.g. "ASK-FIRST-NOTICE") through the DevTools protocol, which pierces closed roots.
 */
export async function inShadowOf<T>(page: Page, host: string, fn: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode): DomNode | undefined =>
      n.nodeName === host ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

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
