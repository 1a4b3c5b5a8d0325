/**
 * Launches Debian's Chromium with the BUILT extension (.output/chrome-mv3, loaded
 * unchanged) and the replica sites mapped to their real host names.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './server';

export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3/', import.meta.url));

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's package (as root: apt-get update && apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH. `npm test` installs it automatically when run as root.',
    );
  }
  return path;
}

/** Flags for every test and benchmark browser: the replicas' throwaway certificate, and no background traffic (this machine has no network). */
export const CHROMIUM_FLAGS = [
  '--ignore-certificate-errors',
  '--no-first-run',
  '--disable-sync',
  '--disable-component-update',
  '--disable-background-networking',
  '--disable-quic',
];

export interface Lab {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  close(): Promise<void>;
}

export interface LabOptions {
  headless?: boolean;
  args?: string[];
  expectId?: string;
  /** A profile folder to (re)use; kept on close. Default: a fresh one, deleted on close. */
  profile?: string;
  /** Load the extension from here instead of .output/chrome-mv3 (e.g. a copy with a higher version). */
  extensionDir?: string;
}

/**
 * Debian's Chromium on a profile, with the replica hosts mapped to the fixture server and,
 * unless `extensionDir` is null (a benchmark's baseline), our built extension loaded.
 */
export function launchChromium(
  profile: string,
  options: { extensionDir: string | null; hostResolverRules: string; headless?: boolean; args?: string[] },
): Promise<BrowserContext> {
  const dir = options.extensionDir;
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(dir ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      `--host-resolver-rules=${options.hostResolverRules}`,
      ...CHROMIUM_FLAGS,
      ...(options.args ?? []),
    ],
  });
}

/**
 * A fresh profile opens the welcome tab on install, in front of the page a benchmark drives;
 * a background page gets throttled frames and timers, so benchmarks close it first.
 */
export async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  const welcome = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 }));
  await welcome.close();
}

export async function launchLab(options: LabOptions = {}): Promise<Lab> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first (npm test does).`);
  }
  const server = await startFixtureServer();
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'ask-first-profile-'));
  const context = await launchChromium(profile, {
    extensionDir,
    hostResolverRules: server.hostResolverRules,
    ...(options.headless !== undefined ? { headless: options.headless } : {}),
    ...(options.args ? { args: options.args } : {}),
  });
  // Generous: on a loaded 2-core machine the worker can take a while to start.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 90_000 }));
  const extensionId = new URL(worker.url()).host;
  if (options.expectId && extensionId !== options.expectId) throw new Error(`extension id ${extensionId}, expected ${options.expectId}`);
  return {
    context,
    extensionId,
    server,
    async close() {
      await context.close();
      await server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface CardState {
  visible: boolean;
  text: string;
}

/**
 * Reads our card from its CLOSED shadow root through the DevTools protocol, which
 * pierces closed roots; page scripts cannot (a test proves that too).
 */
export async function readCard(page: Page): Promise<CardState> {
  const result = await onCardShadow(page, `function () {
    const card = this.querySelector('.card');
    return { visible: card !== null, text: card ? card.innerText : '' };
  }`);
  return (result as CardState | null) ?? { visible: false, text: '' };
}

/** Clicks a button in the card the way a person does: the mouse, at its on-screen position. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const box = (await onCardShadow(
    page,
    `function () { const el = this.querySelector(${JSON.stringify(selector)}); el.scrollIntoView({ block: 'nearest' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`,
  )) as { x: number; y: number } | null;
  if (!box) throw new Error(`no card to click ${selector} in`);
  await page.mouse.click(box.x, box.y);
}

/**
 * Stops the extension's service worker the way Chromium does when it is idle, through the
 * DevTools protocol of `page` (any page of the lab), and waits until it has stopped.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * Runs `fn` (a function source) with `this` = the closed shadow root of our element `host`
 * ("ASK-FIRST-CARD", "ASK-FIRST-NOTICE"), through the DevTools protocol, which pierces closed
 * roots; page scripts cannot. `frames` also looks inside same-origin iframes (YouTube live chat).
 */
export async function inShadowOf<T>(page: Page, host: string, fn: string, { frames = false } = {}): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode): DomNode | undefined => {
      if (n.nodeName === host) return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(frames && n.contentDocument ? [n.contentDocument] : [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return undefined;
    };
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

const onCardShadow = (page: Page, fn: string): Promise<unknown> => inShadowOf(page, 'ASK-FIRST-CARD', fn);

/** The text of each range currently drawn under one of our highlight names. */
export async function highlightedTexts(page: Page, name = 'ask-first-violation'): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

export interface CardFinding {
  category: string;
  severity: string;
  excerpt: string;
  citation: string;
}

/** The findings listed in the card, as a person reads them. */
export async function readCardFindings(page: Page): Promise<CardFinding[]> {
  const found = await onCardShadow(page, `function () {
    return [...this.querySelectorAll('li.finding')].map((li) => ({
      category: li.querySelector('.category').textContent,
      severity: li.querySelector('.severity').textContent,
      excerpt: li.querySelector('.excerpt').textContent,
      citation: li.querySelector('.citation').textContent,
    }));
  }`);
  return (found as CardFinding[] | null) ?? [];
}
