// Load: what the content script and the service worker cost under many composers and tabs,
// and whether the content script's heap grows over a long session. Built extension, replica
// sites, Chromium; the same page and actions without the extension give the baseline, so the
// figures for the content script are "with minus without".
//   1. 50 composers on one page (Mastodon replica + 49 more textareas the page adds), text pasted
//      into each in turn for ROUNDS rounds.
//   2. 20 tabs (X replica) typing at once (keystrokes sent to all tabs concurrently).
//   3. A 30-minute session compressed: SESSION_KEYS keystrokes (30 min at one key per 300 ms =
//      6,000) plus a composer opened and closed every 100 keys, as single-page apps do; heap after
//      a forced garbage collection at the start and the end.
// CPU = Performance.getMetrics ScriptDuration (page renderer, all worlds) and the worker's own
// ScriptDuration; memory = JSHeapUsedSize after HeapProfiler.collectGarbage.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { closeWelcomeTab, EXTENSION_DIR, launchChromium } from '../tests/e2e/harness/browser';
import { buildFixtures } from '../tests/e2e/harness/fixtures';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/harness/server';

const COMPOSERS = Number(process.env.COMPOSERS ?? 50);
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const TABS = Number(process.env.TABS ?? 20);
const TAB_KEYS = Number(process.env.TAB_KEYS ?? 60);
const SESSION_KEYS = Number(process.env.SESSION_KEYS ?? 6_000);

interface Metrics {
  script: number;
  heap: number;
}

async function metrics(cdp: CDPSession, gc = true): Promise<Metrics> {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration') * 1000, heap: get('JSHeapUsedSize') };
}

async function pageCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return cdp;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The service worker, through a page's DevTools session attached to the worker target
 * (Playwright opens CDP sessions on pages only): its CPU from a sampling profile (time not
 * spent idle or in the garbage collector's idle state), its heap from Runtime.getHeapUsage.
 */
async function watchWorker(page: Page): Promise<{ stop(): Promise<Metrics> }> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  if (!sw) throw new Error('no service worker');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let id = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const mine = ++id;
      const onMessage = (e: { sessionId?: string; message: string }) => {
        const msg = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown> };
        if (e.sessionId === sessionId && msg.id === mine) {
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(msg.result ?? {});
        }
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method, params }) });
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 1000 });
  await call('Profiler.start');
  return {
    async stop() {
      const { profile } = (await call('Profiler.stop')) as { profile: CpuProfile };
      const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(program)'].includes(n.callFrame.functionName)).map((n) => n.id));
      let busy = 0;
      profile.samples.forEach((node, i) => {
        if (!idle.has(node)) busy += profile.timeDeltas[i] ?? 0;
      });
      await call('HeapProfiler.collectGarbage');
      const heap = (await call('Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.send('Target.detachFromTarget', { sessionId });
      await cdp.detach();
      return { script: busy / 1000, heap: heap.usedSize };
    },
  };
}

async function launch(server: FixtureServer, withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ask-first-load-'));
  const context = await launchChromium(profile, { extensionDir: withExtension ? EXTENSION_DIR : null, hostResolverRules: server.hostResolverRules });
  if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  if (withExtension) await closeWelcomeTab(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const DRAFTS = ['Library hours this week are 9 to 5', 'the council vote was bullshit', 'call me at 915-555-2368', 'Summer reading fair on Saturday'];

/** 1. Many composers on one page. */
async function manyComposers(context: BrowserContext): Promise<{ page: Metrics; ms: number }> {
  const page = await context.newPage();
  await page.goto('https://mastodon.social/home');
  await page.evaluate((n) => {
    const first = document.querySelector('textarea.autosuggest-textarea__textarea')!;
    for (let i = 1; i < n; i++) {
      const t = first.cloneNode() as HTMLTextAreaElement;
      t.value = '';
      document.body.append(t);
    }
  }, COMPOSERS);
  const cdp = await pageCdp(page);
  await page.waitForTimeout(1_000);
  const before = await metrics(cdp);
  const start = Date.now();
  for (let r = 0; r < ROUNDS; r++) {
    await page.evaluate(
      ({ r, drafts }) => {
        const all = document.querySelectorAll<HTMLTextAreaElement>('textarea.autosuggest-textarea__textarea');
        all.forEach((t, i) => {
          t.value = `${t.value} ${drafts[(i + r) % drafts.length]}`;
          t.dispatchEvent(new InputEvent('input', { bubbles: true }));
        });
      },
      { r, drafts: DRAFTS },
    );
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1_500); // the last checks
  const after = await metrics(cdp);
  await cdp.detach();
  await page.close();
  return { page: { script: after.script - before.script, heap: after.heap }, ms: Date.now() - start };
}

/** 2. Many tabs typing at once. */
async function manyTabs(context: BrowserContext): Promise<{ page: Metrics }> {
  const pages = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
  for (const p of pages) {
    await p.goto('https://x.com/home');
    await p.locator('div[data-testid="tweetTextarea_0"]').click();
  }
  const cdps = await Promise.all(pages.map(pageCdp));
  const before = await Promise.all(cdps.map((c) => metrics(c)));
  const text = 'the budget meeting was bullshit, call 915-555-2368 '.repeat(4).slice(0, TAB_KEYS);
  await Promise.all(pages.map((p) => p.keyboard.type(text)));
  await pages[0]!.waitForTimeout(1_500);
  const after = await Promise.all(cdps.map((c) => metrics(c)));
  const total = { script: 0, heap: 0 };
  after.forEach((a, i) => {
    total.script += a.script - before[i]!.script;
    total.heap += a.heap;
  });
  for (const c of cdps) await c.detach();
  for (const p of pages) await p.close();
  return { page: { script: total.script / TABS, heap: total.heap / TABS } };
}

/** 3. A long session, compressed. */
async function longSession(context: BrowserContext): Promise<{ start: number; end: number; keys: number }> {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  const cdp = await pageCdp(page);
  const composer = page.locator('div[data-testid="tweetTextarea_0"]').first();
  await composer.click();
  await page.keyboard.type('warm up bullshit');
  await page.waitForTimeout(1_000);
  const start = await metrics(cdp);
  let typed = 0;
  while (typed < SESSION_KEYS) {
    // Clear, then type a 100-key draft.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const chunk = `${DRAFTS[(typed / 100) % DRAFTS.length]} ${'x'.repeat(100)}`.slice(0, 100);
    await page.keyboard.type(chunk);
    typed += chunk.length;
    // A reply dialog: its composer appears, a clean reply is posted, and the dialog goes.
    // (The page's own clicks and focus: our card may lie over the buttons, as it may for a person.)
    await page.getByTestId('reply').first().evaluate((el: HTMLElement) => el.click());
    await page.locator('div[role="dialog"] div[data-testid="tweetTextarea_0"]').focus();
    await page.keyboard.type('thanks');
    await page.getByTestId('tweetButton').evaluate((el: HTMLElement) => el.click());
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await composer.focus();
  }
  await page.waitForTimeout(1_500);
  const end = await metrics(cdp);
  await cdp.detach();
  await page.close();
  return { start: start.heap, end: end.heap, keys: typed };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
await buildFixtures();
const server = await startFixtureServer();
const results: Record<string, { composers: Awaited<ReturnType<typeof manyComposers>>; tabs: Awaited<ReturnType<typeof manyTabs>>; session: Awaited<ReturnType<typeof longSession>>; worker: Metrics | null }> = {};
for (const withExtension of [false, true]) {
  const lab = await launch(server, withExtension);
  try {
    const probe = await lab.context.newPage();
    const watcher = withExtension ? await watchWorker(probe) : null;
    const composers = await manyComposers(lab.context);
    const tabs = await manyTabs(lab.context);
    const session = await longSession(lab.context);
    const worker = watcher ? await watcher.stop() : null;
    results[withExtension ? 'with' : 'without'] = { composers, tabs, session, worker };
    await probe.close();
  } finally {
    await lab.close();
  }
}
await server.close();

const w = results.with!;
const o = results.without!;
console.log(`Load (built extension vs. none, same pages and actions; CPU = script time in the renderer):`);
console.log(`  ${COMPOSERS} composers on one page, ${ROUNDS} rounds of pasting into each:`);
console.log(`    script time ${o.composers.page.script.toFixed(0)} → ${w.composers.page.script.toFixed(0)} ms (content script ≈ ${(w.composers.page.script - o.composers.page.script).toFixed(0)} ms); heap ${mb(o.composers.page.heap)} → ${mb(w.composers.page.heap)}`);
console.log(`  ${TABS} tabs typing ${TAB_KEYS} keys at once (per tab):`);
console.log(`    script time ${o.tabs.page.script.toFixed(0)} → ${w.tabs.page.script.toFixed(0)} ms; heap ${mb(o.tabs.page.heap)} → ${mb(w.tabs.page.heap)}`);
console.log(`  service worker over all of the above: script ${w.worker ? w.worker.script.toFixed(0) : '?'} ms, heap after GC ${w.worker ? mb(w.worker.heap) : '?'}`);
console.log(`  long session (${w.session.keys} keys ≈ ${Math.round((w.session.keys * 0.3) / 60)} min at one key per 300 ms, compressed; composer opened/closed every 100 keys):`);
console.log(`    page heap after GC: without ${mb(o.session.start)} → ${mb(o.session.end)}; with ${mb(w.session.start)} → ${mb(w.session.end)} (growth with the extension minus without: ${mb(w.session.end - w.session.start - (o.session.end - o.session.start))})`);
