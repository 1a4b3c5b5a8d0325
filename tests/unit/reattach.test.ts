/**
 * Re-attaching to open tabs when a version starts (entrypoints/background/reattach.ts): which
 * frames get the compose script, and that none gets it twice. Tabs and storage.session come from
 * @webext-core/fake-browser; chrome.scripting (not in the fake) is modelled here as the browser
 * behaves: it scripts only frames of hosts the extension may access, runs the probe in each, and
 * a frame that ran the compose script holds a live copy from then on.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createReattach,
  manifestScripts,
  probeFrame,
  reattachContentScripts,
  REATTACH_KEY,
  type Injection,
  type ReattachDeps,
  type ScriptToReattach,
} from '../../entrypoints/background/reattach';
import { claimFrame, LIVE_COPY_KEY } from '../../entrypoints/compose.content/liveCopy';
import type { StorageAreaLike } from '../../entrypoints/background/settings';

const JS = ['content-scripts/compose.js'];
/** The built manifest's two entries (wxt.config.ts): the sites, top frames; YouTube live chat, in frames. */
const MANIFEST = manifestScripts([
  { matches: ['https://x.com/*', 'https://www.youtube.com/*', 'https://www.facebook.com/*'], js: JS },
  { matches: ['https://www.youtube.com/live_chat*'], js: JS, all_frames: true },
]);
/** Hosts this extension holds permission for: the manifest's, plus one IT-listed site the person allowed. */
const ACCESS = ['x.com', 'www.youtube.com', 'www.facebook.com', 'forum.city.example'];

interface Frame {
  frameId: number;
  url: string;
  /** A live copy of this version runs here (the compose script ran since the version started). */
  live: boolean;
}

/** chrome.scripting over a set of tabs, each a list of frames. */
function fakeScripting(pages: Map<number, Frame[]>) {
  const ran: Array<{ tabId: number; frameIds: number[]; files: string[] }> = [];
  let probes = 0;
  const mayScript = (f: Frame) => ACCESS.includes(new URL(f.url).hostname);
  const scripting: ReattachDeps['scripting'] = {
    async executeScript(injection: Injection) {
      const frames = pages.get(injection.target.tabId);
      if (!frames) throw new Error(`No tab with id: ${injection.target.tabId}.`);
      if (!mayScript(frames[0]!)) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      if ('func' in injection) {
        expect(injection.func).toBe(probeFrame);
        expect(injection.args).toEqual([LIVE_COPY_KEY]);
        probes++;
        const reached = injection.target.allFrames ? frames.filter(mayScript) : [frames[0]!];
        return reached.map((f) => ({ frameId: f.frameId, result: { url: f.url, live: f.live } }));
      }
      ran.push({ tabId: injection.target.tabId, frameIds: injection.target.frameIds, files: injection.files });
      for (const f of frames) if (injection.target.frameIds.includes(f.frameId)) f.live = true;
      return injection.target.frameIds.map((frameId) => ({ frameId }));
    },
  };
  return { scripting, ran, probes: () => probes };
}

/** Opens a tab in the fake browser and gives it frames. */
async function open(pages: Map<number, Frame[]>, frames: Array<Omit<Frame, 'live'> & { live?: boolean }>): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: frames[0]!.url });
  pages.set(tab.id!, frames.map((f) => ({ live: false, ...f })));
  return tab.id!;
}

const tabs = () => fakeBrowser.tabs as unknown as ReattachDeps['tabs'];

describe('reattachContentScripts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the script in open tabs of the declared sites that have no live copy, and nowhere else', async () => {
    const pages = new Map<number, Frame[]>();
    // Open before the update: the old copy here is cut off (not live in this version's world).
    const x = await open(pages, [{ frameId: 0, url: 'https://x.com/home' }]);
    const facebook = await open(pages, [{ frameId: 0, url: 'https://www.facebook.com/' }]);
    // Loaded after the update: the manifest's script already runs here.
    const loadedAfter = await open(pages, [{ frameId: 0, url: 'https://x.com/compose/post', live: true }]);
    // Another site, and a browser page: the browser refuses both.
    await open(pages, [{ frameId: 0, url: 'https://news.example/' }]);
    await open(pages, [{ frameId: 0, url: 'chrome://settings/' }]);
    // Discarded: the browser reloads it (with the manifest's script) when it is opened.
    const discarded = await open(pages, [{ frameId: 0, url: 'https://x.com/explore' }]);
    // (Chromium sets `discarded` itself; the fake lets a test set it.)
    await (fakeBrowser.tabs.update as (id: number, p: object) => Promise<unknown>)(discarded, { discarded: true });
    const { scripting, ran } = fakeScripting(pages);

    const report = await reattachContentScripts({ tabs: tabs(), scripting, scripts: MANIFEST });

    expect(ran).toEqual([
      { tabId: x, frameIds: [0], files: JS },
      { tabId: facebook, frameIds: [0], files: JS },
    ]);
    expect(report).toEqual({ tabs: 2, frames: 2, live: 1 });
    expect(pages.get(loadedAfter)![0]!.live).toBe(true);
  });

  it('top frames only, except where the entry runs in all frames (YouTube live chat)', async () => {
    const pages = new Map<number, Frame[]>();
    const watch = await open(pages, [
      { frameId: 0, url: 'https://www.youtube.com/watch?v=council' },
      { frameId: 3, url: 'https://www.youtube.com/live_chat?v=council' },
      // A same-site frame the manifest never scripts (its first entry is top frames only).
      { frameId: 4, url: 'https://www.youtube.com/embed/other' },
      // A frame of another site inside the page: the browser does not script it.
      { frameId: 5, url: 'https://ads.example/frame' },
    ]);
    // A page of another site with a YouTube embed: the manifest's first entry does not run in frames.
    await open(pages, [
      { frameId: 0, url: 'https://x.com/home', live: true },
      { frameId: 2, url: 'https://www.youtube.com/embed/council' },
    ]);
    const { scripting, ran } = fakeScripting(pages);

    await reattachContentScripts({ tabs: tabs(), scripting, scripts: MANIFEST });

    // One run per tab for both entries (the same files), in the top frame and the live chat frame.
    expect(ran).toEqual([{ tabId: watch, frameIds: [0, 3], files: JS }]);
  });

  it("IT-listed sites: the registered script's patterns and exclusions are honoured", async () => {
    const pages = new Map<number, Frame[]>();
    const forum = await open(pages, [{ frameId: 0, url: 'https://forum.city.example/t/42' }]);
    await open(pages, [{ frameId: 0, url: 'https://forum.city.example/admin/' }]);
    const extra: ScriptToReattach = { matches: ['https://forum.city.example/*'], excludeMatches: ['https://forum.city.example/admin/*'], js: JS, allFrames: false };
    const { scripting, ran } = fakeScripting(pages);

    await reattachContentScripts({ tabs: tabs(), scripting, scripts: [...MANIFEST, extra] });

    expect(ran).toEqual([{ tabId: forum, frameIds: [0], files: JS }]);
  });

  it('a tab that closes or navigates between the probe and the run is skipped without an error', async () => {
    const pages = new Map<number, Frame[]>();
    const gone = await open(pages, [{ frameId: 0, url: 'https://x.com/home' }]);
    const stays = await open(pages, [{ frameId: 0, url: 'https://www.facebook.com/' }]);
    const { scripting, ran } = fakeScripting(pages);
    const flaky: ReattachDeps['scripting'] = {
      async executeScript(injection) {
        if (injection.target.tabId === gone && 'files' in injection) throw new Error('Frame with ID 0 was removed.');
        return scripting.executeScript(injection);
      },
    };

    const report = await reattachContentScripts({ tabs: tabs(), scripting: flaky, scripts: MANIFEST });

    expect(ran.map((r) => r.tabId)).toEqual([stays]);
    expect(report.tabs).toBe(1);
  });
});

describe('createReattach: once per life of a version', () => {
  beforeEach(() => fakeBrowser.reset());
  const session = () => fakeBrowser.storage.session as unknown as StorageAreaLike;

  it('the first worker start re-attaches; later starts of the same version do nothing; a new version does it again without attaching twice', async () => {
    const pages = new Map<number, Frame[]>();
    const x = await open(pages, [{ frameId: 0, url: 'https://x.com/home' }]);
    const { scripting, ran, probes } = fakeScripting(pages);
    const start = () => createReattach({ session: session(), tabs: tabs(), scripting, scripts: async () => MANIFEST, now: () => 1 });

    // The worker's first start after the update; the same worker asked again.
    const first = start();
    const [a, b] = await Promise.all([first.once(), first.once()]);
    expect(a).toEqual({ tabs: 1, frames: 1, live: 0 });
    expect(b).toBe(a);
    expect(ran).toEqual([{ tabId: x, frameIds: [0], files: JS }]);
    expect((await fakeBrowser.storage.session.get(REATTACH_KEY))[REATTACH_KEY]).toEqual({ at: 1, report: a });

    // Chromium stopped the idle worker and starts it again: storage.session is kept.
    expect(await start().once()).toBeNull();
    expect(probes()).toBe(1);

    // The next update (storage.session emptied): probed again, the live copy is left alone.
    await fakeBrowser.storage.session.clear();
    expect(await start().once()).toEqual({ tabs: 0, frames: 0, live: 1 });
    expect(ran).toHaveLength(1);
  });

  it('a failure is logged, never thrown into the worker', async () => {
    const broken = createReattach({
      session: session(),
      tabs: tabs(),
      scripting: { executeScript: async () => [] },
      scripts: async () => {
        throw new Error('registration unreadable');
      },
    });
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      expect(await broken.once()).toBeNull();
    } finally {
      console.warn = warn;
    }
    expect(warned).toHaveLength(1);
  });
});

describe('the probe and the claim (both sides of "one live copy per frame")', () => {
  it('probeFrame reports the frame address and whether the copy claiming it is still valid', () => {
    const scope = globalThis as unknown as Record<symbol, unknown>;
    const key = Symbol.for(LIVE_COPY_KEY);
    delete scope[key];
    expect(probeFrame(LIVE_COPY_KEY)).toEqual({ url: location.href, live: false });

    const copy = { isValid: true };
    expect(claimFrame(copy)).toBe(true);
    expect(probeFrame(LIVE_COPY_KEY).live).toBe(true);
    // A second copy in the same frame (the manifest's and the background's) stops.
    expect(claimFrame({ isValid: true })).toBe(false);
    expect(scope[key]).toBe(copy);

    // The claiming copy's extension context went away: the next copy takes the frame.
    copy.isValid = false;
    expect(probeFrame(LIVE_COPY_KEY).live).toBe(false);
    const next = { isValid: true };
    expect(claimFrame(next)).toBe(true);
    expect(scope[key]).toBe(next);
    delete scope[key];
  });
});
