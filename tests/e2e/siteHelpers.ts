/** Helpers shared by the per-site end-to-end tests (not a test file itself). */
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { Decision, SavedDraft, Settings } from '../../rules/schema';
import { inShadowOf, readCard, type CardState, type Lab } from './harness/browser';

/** Debounce + round trip + render; generous for a loaded CI machine. */
export const SETTLE_MS = 5_000;

export async function waitForCard(page: Page, visible: boolean): Promise<CardState> {
  await expect.poll(async () => (await readCard(page)).visible, { timeout: SETTLE_MS }).toBe(visible);
  return readCard(page);
}

/** Waits until the card shows `text` (e.g. the submit prompt's title). */
export async function waitForCardText(page: Page, text: string): Promise<CardState> {
  await expect.poll(async () => (await readCard(page)).text, { timeout: SETTLE_MS }).toContain(text);
  return readCard(page);
}

/** What the replica site received from its post/comment/reply actions, in order. */
export function posted(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { postedTexts: string[] }).postedTexts);
}

/** Types lines into the focused editor, separated by the key that makes a new line there. */
export async function typeLines(page: Page, lines: string[], newline = 'Enter'): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(newline);
    await page.keyboard.type(line);
  }
}

/** The tag name of the page's focused element (our card's host when focus is inside the card). */
export function focusedTag(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.tagName.toLowerCase());
}

function worker(lab: Lab): Worker {
  const sw = lab.context.serviceWorkers()[0];
  if (!sw) throw new Error('no extension service worker');
  return sw;
}

/** Sets the user's settings the way the options page stores them (storage.local "userSettings"). */
export async function setUserSettings(lab: Lab, settings: Partial<Settings>): Promise<void> {
  type Chrome = { storage: { local: { set(items: object): Promise<void> } } };
  await worker(lab).evaluate(
    (s) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ userSettings: s }),
    settings as Record<string, unknown>,
  );
}

/** All rows of one table of the extension's Dexie database, read with plain IndexedDB in the service worker. */
export function readTable(lab: Lab, table: 'decisions'): Promise<Decision[]>;
export function readTable(lab: Lab, table: 'drafts'): Promise<SavedDraft[]>;
export async function readTable(lab: Lab, table: 'decisions' | 'drafts'): Promise<(Decision | SavedDraft)[]> {
  type T = Decision | SavedDraft;
  return worker(lab).evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('ask-first');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/** SHA-256 hex, to compare with the decisions log's textHash. */
export async function sha256(text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Runs `fn` with `this` = our card's closed shadow root (see inShadowOf). */
export const inCardShadow = <T>(page: Page, fn: string): Promise<T | null> => inShadowOf<T>(page, 'ASK-FIRST-CARD', fn);

/**
 * How many listeners of each type our content script has on `window`, read through the
 * DevTools protocol in the extension's isolated world (page scripts cannot see them).
 */
export async function windowListeners(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const ours = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    if (!ours) throw new Error('no content-script world in this page');
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window', contextId: ours.id });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    const counts: Record<string, number> = {};
    for (const l of listeners) counts[l.type] = (counts[l.type] ?? 0) + 1;
    return counts;
  } finally {
    await cdp.detach();
  }
}

/** Like inCardShadow, for a card inside a same-origin iframe (YouTube live chat). */
export const inFramedCardShadow = <T>(page: Page, fn: string): Promise<T | null> => inShadowOf<T>(page, 'ASK-FIRST-CARD', fn, { frames: true });
