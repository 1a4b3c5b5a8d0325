/**
 * Nothing leaves the machine, and no draft text stays behind (docs/security.md).
 * 1. The built bundles contain no network or code-from-string API (syntax-tree scan).
 * 2. The built manifest's CSP is strict and nothing opens the extension to web pages.
 * 3. A whole session in a real browser — typing on a replica site, the submit guard,
 *    the options page, a policy change — recorded by Chromium's own network log
 *    (--log-net-log: every request of every context, the service worker's included):
 *    not one request from the extension, and the page requested only its own files.
 * 4. After that session (keepDraftText false, the default) no draft text is anywhere in
 *    IndexedDB or extension storage; "delete all my history" leaves no row.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSource } from './harness/bundleScan';
import { clickInCard, EXTENSION_DIR, highlightedTexts, launchLab, readCard, stopServiceWorker, type Lab } from './harness/browser';
import { DIST_DIR } from './harness/fixtures';
import { posted, setUserSettings, waitForCard, waitForCardText } from './siteHelpers';

const COMPOSER = 'div[data-testid="tweetTextarea_0"]';
/** A draft no rule, setting or log could contain unless it copied the text. */
const MARKER = 'quokka-zebra-7741';
const DRAFT = `this ${MARKER} budget memo is bullshit, call 915-555-2368`;

const jsFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));

describe('the built extension holds no network API', () => {
  it('no fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource, dynamic import, eval or new Function in any bundle', () => {
    const files = jsFiles(EXTENSION_DIR);
    expect(files.map((f) => f.slice(EXTENSION_DIR.length)).sort()).toEqual(
      expect.arrayContaining(['background.js', 'content-scripts/compose.js']),
    );
    const hits = files.flatMap((f) => scanSource(f.slice(EXTENSION_DIR.length), readFileSync(f, 'utf8')));
    expect(hits.map((h) => `${h.file}: ${h.what} … ${h.excerpt}`)).toEqual([]);
  });

  it('the scan finds each API when it is there (so an empty result means something)', () => {
    const planted = [
      'fetch("https://e.example")', 'const f = fetch', 'new XMLHttpRequest()', 'new WebSocket("wss://e")',
      'navigator.sendBeacon("/x", "")', 'new EventSource("/s")', 'import("https://e.example/m.js")',
      'eval("1")', 'globalThis["eval"]("1")', 'new Function("return 1")', 'window.fetch("/")', 'chrome.runtime.connectNative("h")',
    ];
    for (const code of planted) expect(scanSource('planted.js', code), code).not.toEqual([]);
    // Same names that are not the APIs: a method called eval, an object key, Function.prototype.call.
    expect(scanSource('ok.js', 'p.eval(t); class A { eval() {} fetch() {} }; ({ fetch: 1 }); Function.call.bind(x)')).toEqual([]);
  });

  it('the manifest: strict CSP, no remote or unsafe sources, nothing web pages can connect to', () => {
    const m = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
    expect(JSON.stringify(m.content_security_policy)).not.toMatch(/unsafe-|https?:|\*|data:|blob:/);
    for (const key of ['externally_connectable', 'web_accessible_resources', 'sandbox', 'update_url']) {
      expect(m[key], key).toBeUndefined();
    }
    // Host access only where the content script already runs (re-attaching to open tabs after
    // an update needs it for chrome.scripting): no host beyond the content scripts' matches.
    const scripted = new Set((m.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches));
    expect(m.host_permissions.length).toBeGreaterThan(0);
    for (const host of m.host_permissions as string[]) expect(scripted.has(host), host).toBe(true);
    // The extension's HTML pages load only their own bundled scripts.
    for (const page of ['options.html', 'popup.html']) {
      const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
      for (const [, src] of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)) expect(src, page).toMatch(/^\/(?!\/)/);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    }
  });
});

/**
 * Chromium's chrome://extensions API: turn developer mode on (the page then collects each
 * extension's errors), or read every extension's state and error lists.
 */
async function developerPrivate(lab: Lab, what: 'developerMode' | 'extensionsInfo'): Promise<unknown> {
  const page = await lab.context.newPage();
  try {
    await page.goto('chrome://extensions');
    return await page.evaluate(
      (w) =>
        new Promise((resolve) => {
          type Api = {
            updateProfileConfiguration(config: object, done: () => void): void;
            getExtensionsInfo(options: object, done: (info: unknown) => void): void;
          };
          const api = (globalThis as unknown as { chrome: { developerPrivate: Api } }).chrome.developerPrivate;
          if (w === 'developerMode') api.updateProfileConfiguration({ inDeveloperMode: true }, () => resolve(true));
          else api.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }, resolve);
        }),
      what,
    );
  } finally {
    await page.close();
  }
}

interface NetRequest {
  url: string;
  initiator: string;
  isolationKey: string;
}

/** Every URL request in a Chromium net log (URL_REQUEST_START_JOB events). */
function requestsIn(logFile: string): NetRequest[] {
  const log = JSON.parse(readFileSync(logFile, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: Record<string, string> }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '', isolationKey: e.params!.network_isolation_key ?? '' }));
}

describe('a whole session in a real browser', () => {
  let lab: Lab;
  let dir: string;
  let netLog: string;
  let ours: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ask-first-netlog-'));
    netLog = join(dir, 'net.json');
    lab = await launchLab({ args: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
    ours = `chrome-extension://${lab.extensionId}`;
    // Developer mode: chrome://extensions then collects the extension's errors (checked below).
    await developerPrivate(lab, 'developerMode');
  });
  afterAll(async () => {
    await lab?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  const extensionPage = async (path: string): Promise<Page> => {
    const page = await lab.context.newPage();
    await page.goto(`${ours}/${path}`);
    return page;
  };

  it('typing, the submit guard, the options page and a policy change make no request outside the browser', async () => {
    // Typing and the guard on a replica site: findings, "Post anyway", then "Edit" on a second draft.
    const x = await lab.context.newPage();
    await x.goto('https://x.com/home');
    await x.locator(COMPOSER).click();
    await x.keyboard.type(DRAFT);
    await waitForCardText(x, 'III.A.5.c.1');
    await x.getByRole('button', { name: 'Post', exact: true }).click();
    await waitForCardText(x, 'Check before posting');
    await clickInCard(x, 'button[data-action="post-anyway"]');
    await x.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posted(x)).toEqual([DRAFT]);

    // The options page: try a draft, read the history.
    const options = await extensionPage('options.html');
    await options.waitForSelector('#overview');
    await options.fill('#try-text', DRAFT);
    await options.click('text=Check draft');
    await expect.poll(() => options.locator('mark.hl').count()).toBeGreaterThan(0);
    await options.waitForSelector('table.decisions tbody tr');
    const popup = await extensionPage('popup.html');
    await popup.waitForLoadState('load');

    // A policy change while a draft is open: the draft is checked again.
    const draft = await lab.context.newPage();
    await draft.goto('https://x.com/home');
    await draft.locator(COMPOSER).click();
    await draft.keyboard.type(`the ${MARKER} plan is bullshit`);
    await waitForCard(draft, true);
    await setUserSettings(lab, { allowTerms: ['bullshit'] });
    await expect.poll(() => highlightedTexts(draft), { timeout: 10_000 }).toEqual([]);
    await setUserSettings(lab, {});
    await expect.poll(() => highlightedTexts(draft), { timeout: 10_000 }).toEqual(['bullshit']);
    await waitForCard(draft, true);
    for (const p of [x, options, popup, draft]) await p.close();
  });

  it('after that session no draft text is in IndexedDB or extension storage (keepDraftText off)', async () => {
    const page = await extensionPage('options.html');
    const dump = await page.evaluate(async () => {
      const out: Record<string, unknown> = {};
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of db.objectStoreNames) {
          out[`idb:${info.name}/${store}`] = await new Promise((resolve, reject) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
        }
        db.close();
      }
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      const storage = (globalThis as unknown as { chrome: { storage: Record<string, Area> } }).chrome.storage;
      out['storage.local'] = await storage.local!.get(null);
      out['storage.session'] = await storage.session!.get(null).catch(() => ({}));
      out.localStorage = { ...localStorage };
      return out;
    });
    const decisions = dump['idb:ask-first/decisions'] as { action: string; textHash: string; text?: string }[];
    // The session was recorded (so the check below looks at real rows) …
    expect(decisions.map((d) => d.action)).toContain('posted_anyway');
    expect(decisions.every((d) => /^[0-9a-f]{64}$/.test(d.textHash) && d.text === undefined)).toBe(true);
    // … and no part of any draft is stored anywhere.
    const all = JSON.stringify(dump);
    for (const fragment of [MARKER, 'budget memo', '555-2368', 'bullshit']) expect(all).not.toContain(fragment);
    await page.close();
  });

  it('historyDays: rows older than the retention are purged when the service worker starts again', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const page = await extensionPage('options.html');
    const rows = (sql: 'seed' | 'read') =>
      page.evaluate(
        ({ what, DAY }) =>
          new Promise<number[]>((resolve, reject) => {
            const open = indexedDB.open('ask-first');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(['decisions', 'drafts'], what === 'seed' ? 'readwrite' : 'readonly');
              if (what === 'seed') {
                const old = { time: Date.now() - 91 * DAY, site: 'x', categories: ['profanity'], ruleIds: ['r'], action: 'posted_anyway', textHash: 'old' };
                tx.objectStore('decisions').add(old);
                tx.objectStore('drafts').add({ time: Date.now() - 91 * DAY, site: 'x', text: 'an old kept draft', findings: [] });
                tx.objectStore('decisions').add({ ...old, time: Date.now() - 89 * DAY, textHash: 'recent' });
              }
              const ages: number[] = [];
              tx.objectStore('decisions').openCursor().onsuccess = (e) => {
                const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
                if (!cursor) return;
                ages.push(Math.floor((Date.now() - (cursor.value as { time: number }).time) / DAY));
                cursor.continue();
              };
              tx.objectStore('drafts').openCursor().onsuccess = (e) => {
                const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
                if (!cursor) return;
                ages.push(1000 + Math.floor((Date.now() - (cursor.value as { time: number }).time) / DAY));
                cursor.continue();
              };
              tx.oncomplete = () => {
                db.close();
                resolve(ages.sort((a, b) => a - b));
              };
            };
          }),
        { what: sql, DAY },
      );
    expect((await rows('seed')).filter((age) => age >= 89)).toEqual([89, 91, 1091]);
    // Stop the worker; the options page's next message starts it, and the start purges (default 90 days).
    await stopServiceWorker(lab.context, page);
    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ askFirst: 1, type: 'getSettingsView', data: {} }),
    );
    await expect.poll(async () => (await rows('read')).filter((age) => age >= 89), { timeout: 10_000 }).toEqual([89]);
    await page.close();
  });

  it('"delete all my history" leaves no decision and no saved draft', async () => {
    const page = await extensionPage('options.html');
    const left = await page.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      await runtime.sendMessage({ askFirst: 1, type: 'deleteHistory', data: {} });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('ask-first');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
        });
      const counts = { decisions: await count('decisions'), drafts: await count('drafts') };
      db.close();
      return counts;
    });
    expect(left).toEqual({ decisions: 0, drafts: 0 });
    await page.close();
  });

  it('chrome://extensions shows no error for the extension after the whole session', async () => {
    const info = (await developerPrivate(lab, 'extensionsInfo')) as {
      id: string;
      state: string;
      runtimeErrors: { message: string }[];
      manifestErrors: { message: string }[];
    }[];
    const mine = info.find((e) => e.id === lab.extensionId)!;
    expect(mine.state).toBe('ENABLED');
    expect([...mine.runtimeErrors, ...mine.manifestErrors].map((e) => e.message)).toEqual([]);
  });

  it('the network log: zero requests from the extension, and the page fetched only its own files', async () => {
    // A known request from an extension page, so the log is proven to show the extension's requests.
    const probe = await extensionPage('popup.html');
    await probe.evaluate(() => fetch('https://probe.invalid/ask-first').catch(() => undefined));
    await probe.close();
    await lab.close();
    const requests = requestsIn(netLog);
    const fromExtension = requests.filter((r) => r.initiator.startsWith(ours) || r.isolationKey.includes(ours) || r.url.startsWith(ours));
    expect(fromExtension.map((r) => r.url)).toEqual(['https://probe.invalid/ask-first']);
    // Requests made from the replica page (its own scripts and, in its world, our content script).
    const replicaFiles = new Set(readdirSync(join(DIST_DIR, 'x')).map((f) => `/${f}`));
    const fromPage = requests.filter((r) => r.initiator === 'https://x.com' || r.isolationKey.startsWith('https://x.com'));
    expect(fromPage.length).toBeGreaterThan(0);
    const unexpected = fromPage
      .map((r) => new URL(r.url))
      .filter((u) => u.origin !== 'https://x.com' || !(replicaFiles.has(u.pathname) || ['/', '/home', '/favicon.ico'].includes(u.pathname)));
    expect(unexpected.map(String)).toEqual([]);
  });
});
