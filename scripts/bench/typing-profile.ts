// `tsx scripts/bench/typing-profile.ts`: where each keystroke's main-thread time goes while typing
// into a 2,000-word draft on the X replica (bench-typing.ts's flow), with the built extension
// (.output/chrome-mv3, or EXT=<dir>; EXT=none for the page alone).
//
// A Chromium trace (CDP Tracing, devtools.timeline categories) of the page's renderer main thread
// is cut into keystroke windows (keydown to next keydown). Every event's exclusive time is charged
// to an owner, the nearest enclosing JavaScript call: `ours` (a function of a chrome-extension://
// script: listeners, observers, timers of the content script), `page` (the site's), or `browser`
// (outside any script: the frame's style, layout, paint and commit). Promise continuations carry
// no script address in the trace: ours that run from a timer (the card's update) count as
// `browser`; the SUMMARY line's "between frames" layouts are where they show. Only the page's
// renderer is traced: the extension's worker (the engine's evaluate) runs in another process.
// Prints the mean per keystroke, a SUMMARY line, and the slowest keystrokes (by the recorder's
// keydown -> frame delay) with what their windows held. LABEL=<name> tags the SUMMARY line.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { closeWelcomeTab, EXTENSION_DIR, launchChromium } from '../../tests/e2e/harness/browser';
import { buildFixtures } from '../../tests/e2e/harness/fixtures';
import { startFixtureServer } from '../../tests/e2e/harness/server';
import { pasteLongDraft, settled, WORDS } from './longDraft';
import { PAINT_RECORDER } from './paintRecorder';

const KEYS = Number(process.env.KEYS ?? 200);
const EXT = process.env.EXT === 'none' ? null : (process.env.EXT ?? EXTENSION_DIR);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; type?: string; functionName?: string; frames?: { url?: string }[] } };
}

function pageHighlight(variant: string): string {
  const css = variant === 'deco' ? 'background-color: rgba(229, 57, 53, 0.22); text-decoration: underline wavy #c62828;' : 'background-color: rgba(229, 57, 53, 0.22);';
  return `(() => {
    const style = document.createElement('style');
    style.textContent = '::highlight(hl) { ${css} }';
    document.head.append(style);
    const box = document.querySelector('div[data-testid="tweetTextarea_0"]');
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const ranges = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let at = n.data.indexOf('bullshit'); at >= 0; at = n.data.indexOf('bullshit', at + 1)) {
        const r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + 8); ranges.push(r);
      }
    }
    CSS.highlights.set('hl', new Highlight(...ranges));
    return ranges.length;
  })()`;
}

/**
 * CPU time (user + system, ms) of each Chromium process by kind, from /proc: the extension's
 * process (its worker, `--extension-process`) is not in the page's trace. CPU time, unlike a
 * duration, does not grow with the machine's other load.
 */
function processCpu(profileDir: string): Map<number, { kind: string; ms: number }> {
  const tick = 1000 / 100; // USER_HZ on Linux
  const all = new Map<number, { ppid: number; args: string[]; ms: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Zygote-forked renderers rewrite their title: arguments then sit in one string, space-separated.
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split(/[\0 ]/);
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(entry), { ppid: Number(fields[1]), args, ms: (Number(fields[11]) + Number(fields[12])) * tick });
    } catch {
      // the process ended meanwhile
    }
  }
  // This browser (its profile folder) and its descendants only: other browsers run on the machine.
  const root = [...all].find(([, p]) => p.args.some((a) => a === `--user-data-dir=${profileDir}`))?.[0];
  const out = new Map<number, { kind: string; ms: number }>();
  const mine = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 10; at = all.get(at)?.ppid ?? 0, hops++) if (at === root) return true;
    return false;
  };
  for (const [pid, p] of all) {
    if (root === undefined || !mine(pid)) continue;
    const type = p.args.find((a) => a.startsWith('--type='))?.slice(7) ?? 'browser';
    out.set(pid, { kind: p.args.includes('--extension-process') ? 'extension' : type, ms: p.ms });
  }
  return out;
}
function diffCpu(before: Map<number, { kind: string; ms: number }>, after: Map<number, { kind: string; ms: number }>): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const [pid, { kind, ms }] of after) sum[kind] = (sum[kind] ?? 0) + ms - (before.get(pid)?.ms ?? 0);
  return sum;
}

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // Tracing's events are not in playwright-core's CDPSession event types.
  const emitter = cdp as unknown as { on(event: string, f: (e: { value: TraceEvent[] }) => void): void; once(event: string, f: () => void): void };
  emitter.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise<void>((resolve) => emitter.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : []), 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'v8.execute'] },
  });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

await buildFixtures();
const server = await startFixtureServer();
const profile = mkdtempSync(join(tmpdir(), 'ask-first-tprof-'));
const context = await launchChromium(profile, { extensionDir: EXT, hostResolverRules: server.hostResolverRules });
let events: TraceEvent[] = [];
let delays: number[] = [];
let cpu: Record<string, number> = {};
try {
  if (EXT) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  if (EXT) await closeWelcomeTab(context);
  const page = await context.newPage();
  await pasteLongDraft(page);
  if (EXT) await settled(page, context);
  await page.waitForTimeout(EXT ? 500 : 1_500);
  // PAGE_HL=bg|deco (with EXT=none): the page itself highlights each finding as the extension
  // would (a live Range per finding, one CSS Custom Highlight), with or without the wavy underline:
  // what the browser's side of highlighting costs, without our script.
  if (process.env.PAGE_HL) await page.evaluate(pageHighlight(process.env.PAGE_HL));
  // PAGE_CSS=<rules>: a page stylesheet for an experiment (e.g. `ask-first-card{display:none!important}`).
  if (process.env.PAGE_CSS) await page.addStyleTag({ content: process.env.PAGE_CSS });
  await page.evaluate(PAINT_RECORDER);
  const cdp = await page.context().newCDPSession(page);
  const cpuBefore = processCpu(profile);
  events = await trace(cdp, async () => {
    for (let i = 0; i < KEYS; i++) await page.keyboard.type(i % 10 === 9 ? ' ' : 'abcdefghi'[i % 10]!);
    await page.waitForTimeout(500);
  });
  delays = (await page.evaluate('window.__delays')) as number[];
  cpu = diffCpu(cpuBefore, processCpu(profile));
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));

// The page's renderer main thread: the one that dispatched the keydowns.
const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
const { pid, tid } = keydowns[0]!;
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
const starts = keydowns.filter((e) => e.pid === pid && e.tid === tid).map((e) => e.ts).sort((a, b) => a - b);

type Owner = 'ours' | 'page' | 'browser';
const ownerOf = (e: TraceEvent): Owner | null => {
  if (e.name !== 'FunctionCall' && e.name !== 'EvaluateScript' && e.name !== 'v8.callFunction') return null;
  const url = e.args?.data?.url ?? e.args?.data?.frames?.[0]?.url ?? '';
  if (!url) return null;
  return url.startsWith('chrome-extension://') ? 'ours' : 'page';
};
/** The events that make a frame, named as DevTools does; everything else inside JS is "script". */
const KIND: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'prepaint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  UpdateLayer: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  'V8.Execute': 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.run': 'script',
  HitTest: 'hittest',
  ParseHTML: 'parse',
};

// Exclusive time per (owner, kind), per keystroke window. Nesting from ts/dur on one thread.
const windows = starts.map(() => new Map<string, number>());
const ourFunctions = new Map<string, number>();
const otherNames = new Map<string, number>();
const stack: { end: number; owner: Owner; event: TraceEvent; childTime: number }[] = [];
const windowOf = (ts: number) => {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= ts) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};
const close = (entry: (typeof stack)[number]) => {
  const self = entry.event.dur! - entry.childTime;
  const w = windowOf(entry.event.ts);
  if (w < 0) return;
  const kind = KIND[entry.event.name] ?? 'other';
  const key = `${entry.owner}:${kind}`;
  if (kind === 'other') otherNames.set(`${entry.owner}:${entry.event.name}`, (otherNames.get(`${entry.owner}:${entry.event.name}`) ?? 0) + self / 1000);
  windows[w]!.set(key, (windows[w]!.get(key) ?? 0) + self / 1000);
  if (entry.owner === 'ours' && (entry.event.name === 'FunctionCall' || entry.event.name === 'v8.callFunction')) {
    const d = entry.event.args?.data;
    const name = `${d?.functionName || '(anonymous)'}`;
    ourFunctions.set(name, (ourFunctions.get(name) ?? 0) + entry.event.dur! / 1000);
  }
};
for (const e of main) {
  while (stack.length && stack.at(-1)!.end <= e.ts) close(stack.pop()!);
  const parent = stack.at(-1);
  if (parent) parent.childTime += e.dur!;
  const owner = ownerOf(e) ?? parent?.owner ?? 'browser';
  stack.push({ end: e.ts + e.dur!, owner, event: e, childTime: 0 });
}
while (stack.length) close(stack.pop()!);

const total = new Map<string, number>();
for (const w of windows) for (const [k, v] of w) total.set(k, (total.get(k) ?? 0) + v);
const n = windows.length;
console.log(`${n} keystrokes traced, ${EXT ? `extension ${EXT}` : 'no extension'}; main-thread exclusive ms per keystroke (mean), by owner:kind`);
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1])) if (v / n >= 0.01) console.log(`  ${k.padEnd(22)} ${(v / n).toFixed(3)}`);
const ours = [...total].filter(([k]) => k.startsWith('ours:')).reduce((s, [, v]) => s + v, 0);
console.log(`  ours in all: ${(ours / n).toFixed(3)} ms a keystroke, ${ours.toFixed(1)} ms over the run`);
console.log('"other" by event name (exclusive ms per keystroke):');
for (const [k, v] of [...otherNames].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${k.padEnd(40)} ${(v / n).toFixed(3)}`);
console.log('our JS calls (inclusive ms over the run, by function name):');
for (const [k, v] of [...ourFunctions].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${k.padEnd(30)} ${v.toFixed(1)}`);
const sortedDelays = [...delays].sort((a, b) => a - b);
const pct = (p: number) => sortedDelays[Math.min(sortedDelays.length - 1, Math.floor((p / 100) * sortedDelays.length))]!;
// Whole (inclusive) time of the frame's stages, per keystroke: Layout, Paint and Commit on the main
// thread (whoever caused them), raster on the renderer's other threads.
const inclusive = (name: string, sameThread = true) =>
  events.filter((e) => e.pid === pid && (!sameThread || e.tid === tid) && e.ph === 'X' && e.name === name).reduce((sum, e) => sum + e.dur!, 0) / 1000 / n;
const stages = ['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Commit'].map((name) => `${name} ${inclusive(name).toFixed(2)}`).join(', ');
// Paints of more than the typed line: a keystroke's own paint takes ~1 ms, a repaint of the
// whole 14,000-character draft ~10 ms (the trace's clip is the layer's, not what was repainted).
const tallPaints = main.filter((e) => e.name === 'Paint' && e.dur! > 4_000).length;
// Layouts by where they ran: inside the keystroke's own events (the editor's), in the frame, or
// elsewhere (timers, animation-frame callbacks, microtasks: a script reading layout between
// frames; the page alone has none here, so these are ours). Counts the machine's load does not move.
const layouts = { keystroke: 0, frame: 0, elsewhere: 0, elsewhereCount: 0 };
{
  const open: TraceEvent[] = [];
  for (const e of main) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= e.ts) open.pop();
    if (e.name === 'Layout') {
      const names = open.map((o) => o.name);
      const ms = e.dur! / 1000;
      if (names.includes('EventDispatch')) layouts.keystroke += ms;
      else if (names.includes('WebFrameWidgetImpl::UpdateLifecycle') || names.includes('WebFrameWidgetImpl::BeginMainFrame')) layouts.frame += ms;
      else {
        layouts.elsewhere += ms;
        layouts.elsewhereCount++;
      }
    }
    open.push(e);
  }
}
console.log(`SUMMARY ${process.env.LABEL ?? ''} per key ms: ${stages}, RasterTask ${inclusive('RasterTask', false).toFixed(2)}, ours ${(ours / n).toFixed(2)}; paints > 4 ms ${tallPaints}, layout in keystroke events ${(layouts.keystroke / n).toFixed(2)} ms/key, between frames ${layouts.elsewhereCount}× ${layouts.elsewhere.toFixed(1)} ms; delay p50 ${pct(50).toFixed(1)} p95 ${pct(95).toFixed(1)}`);
console.log(`CPU ms while typing, this browser's processes by kind: ${Object.entries(cpu).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
console.log(`delay p50 ${pct(50).toFixed(1)} ms p95 ${pct(95).toFixed(1)} ms max ${sortedDelays.at(-1)!.toFixed(1)} ms`);
console.log('slowest keystrokes (delay ms: window contents, ms):');
const order = delays.map((d, i) => [d, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 10);
for (const [d, i] of order) {
  const w = windows[i];
  if (!w) continue;
  const parts = [...w].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 0.5).map(([k, v]) => `${k} ${v.toFixed(1)}`);
  const gap = i + 1 < starts.length ? ((starts[i + 1]! - starts[i]!) / 1000).toFixed(0) : '?';
  console.log(`  #${i} ${d.toFixed(1)} (window ${gap} ms): ${parts.join(', ')}`);
}
