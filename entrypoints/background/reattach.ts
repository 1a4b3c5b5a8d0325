/**
 * Re-attaching to open tabs when this version of the extension starts (install, update, reload).
 *
 * Chromium runs a manifest's content scripts only in pages loaded after the extension started:
 * a tab open across an update keeps the old copy, cut off from the extension (it says "Ask First
 * restarted — reload this tab", compose.content/notice.tsx), and a tab open before an install has
 * none. So, once per life of a version (createReattach), the background runs the compose script itself in every open
 * frame where the manifest (or an IT-listed site's registration, extraSites.ts) would have run it,
 * except where a live copy of this version already runs (a tab loaded after the update).
 *
 * Each tab is first probed: a tiny function runs in every frame the extension may script and
 * reports the frame's address and whether a live copy is there (compose.content/liveCopy.ts).
 * Frames are then matched against the scripts' own patterns (top frame only unless the script runs
 * in all frames, as YouTube's live chat entry does), so the script runs exactly where the browser
 * would have run it. The browser refuses tabs the extension holds no host permission for; those
 * keep the old copy's notice. Discarded tabs are skipped: the browser loads them afresh, with the
 * manifest's script, when they are opened.
 *
 * Firefox runs manifest content scripts in tabs already open on install and update by itself, so
 * the background does not do it there (index.ts).
 */
import { patternToRegex } from 'webext-patterns';
import { LIVE_COPY_KEY } from '../compose.content/liveCopy';
import type { StorageAreaLike } from './settings';

/** A content script as the manifest declares it, or as scripting.getRegisteredContentScripts reports it. */
export interface ScriptToReattach {
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  allFrames: boolean;
}

/** What the probe reports for a frame. */
export interface FrameProbe {
  url: string;
  live: boolean;
}

export type Injection =
  | { target: { tabId: number; allFrames: boolean }; func: (key: string) => FrameProbe; args: [string] }
  | { target: { tabId: number; frameIds: number[] }; files: string[] };

/** The parts of chrome.tabs and chrome.scripting that re-attaching uses. */
export interface ReattachDeps {
  tabs: { query(filter: Record<string, never>): Promise<Array<{ id?: number; discarded?: boolean }>> };
  scripting: { executeScript(injection: Injection): Promise<Array<{ frameId: number; result?: unknown }> | undefined> };
  scripts: ScriptToReattach[];
}

export interface ReattachReport {
  /** Tabs where the script was run in at least one frame. */
  tabs: number;
  /** Frames where the script was run. */
  frames: number;
  /** Frames left alone because a live copy of this version already runs there. */
  live: number;
}

/**
 * Runs in each frame, in the extension's isolated world (serialized by the browser: it may use
 * nothing but its argument and the frame's globals).
 */
export function probeFrame(key: string): FrameProbe {
  const copy = (globalThis as unknown as Record<symbol, { isValid?: boolean } | undefined>)[Symbol.for(key)];
  return { url: location.href, live: copy?.isValid === true };
}

/** The manifest's content_scripts entries, in the shape re-attaching uses. */
export function manifestScripts(entries: ReadonlyArray<{ matches?: string[]; exclude_matches?: string[]; js?: string[]; all_frames?: boolean }>): ScriptToReattach[] {
  return entries.map((c) => ({
    matches: c.matches ?? [],
    ...(c.exclude_matches?.length ? { excludeMatches: c.exclude_matches } : {}),
    js: c.js ?? [],
    allFrames: c.all_frames === true,
  }));
}

const isProbe = (value: unknown): value is FrameProbe =>
  typeof value === 'object' && value !== null && typeof (value as FrameProbe).url === 'string' && typeof (value as FrameProbe).live === 'boolean';

/** Runs the scripts in every open frame that should have them and has no live copy yet. */
export async function reattachContentScripts({ tabs, scripting, scripts }: ReattachDeps): Promise<ReattachReport> {
  const report: ReattachReport = { tabs: 0, frames: 0, live: 0 };
  const usable = scripts
    .filter((s) => s.matches.length && s.js.length)
    .map((s) => ({ script: s, include: patternToRegex(...s.matches), exclude: s.excludeMatches?.length ? patternToRegex(...s.excludeMatches) : null }));
  if (!usable.length) return report;
  const allFrames = usable.some((u) => u.script.allFrames);
  let open: Awaited<ReturnType<ReattachDeps['tabs']['query']>>;
  try {
    open = await tabs.query({});
  } catch {
    return report;
  }
  for (const tab of open) {
    if (tab.id === undefined || tab.discarded) continue;
    let frames: Array<{ frameId: number; result?: unknown }>;
    try {
      frames = (await scripting.executeScript({ target: { tabId: tab.id, allFrames }, func: probeFrame, args: [LIVE_COPY_KEY] })) ?? [];
    } catch {
      continue; // no access to this tab (another site, a browser page), or it closed meanwhile
    }
    // Frames to run each script's files in (the same files once per frame, whatever entry matched).
    const plan = new Map<string, { js: string[]; frameIds: number[] }>();
    for (const { frameId, result } of frames) {
      if (!isProbe(result)) continue;
      if (result.live) {
        report.live++;
        continue;
      }
      const hit = usable.find((u) => (u.script.allFrames || frameId === 0) && u.include.test(result.url) && !u.exclude?.test(result.url));
      if (!hit) continue;
      const key = JSON.stringify(hit.script.js);
      const entry = plan.get(key) ?? { js: hit.script.js, frameIds: [] };
      if (!entry.frameIds.includes(frameId)) entry.frameIds.push(frameId);
      plan.set(key, entry);
    }
    let ran = false;
    for (const { js, frameIds } of plan.values()) {
      try {
        await scripting.executeScript({ target: { tabId: tab.id, frameIds }, files: js });
        report.frames += frameIds.length;
        ran = true;
      } catch {
        /* the tab navigated or closed meanwhile: its new page got the manifest's script */
      }
    }
    if (ran) report.tabs++;
  }
  return report;
}

/**
 * storage.session key: set once this version has re-attached. Chromium empties storage.session
 * when the extension is installed, updated, reloaded or the browser starts, and keeps it while
 * the idle worker is stopped and started again.
 */
export const REATTACH_KEY = 'reattached';

export interface ReattachRecord {
  at: number;
  report?: ReattachReport;
}

export interface ReattachOnceDeps {
  session: StorageAreaLike;
  /** The scripts to run, read when re-attaching starts (the extra sites' registration may change at start-up). */
  scripts(): Promise<ScriptToReattach[]>;
  tabs: ReattachDeps['tabs'];
  scripting: ReattachDeps['scripting'];
  now?: () => number;
}

/**
 * Re-attaches once per life of this version: called at every start of the worker, it runs only
 * at the first one with an empty storage.session, which is the start that follows an install, an
 * update or a reload (with or without an onInstalled event: `chrome.runtime.reload()` is one) or a
 * browser start (then tabs load with the manifest's script and the probe finds it live). Later
 * starts of the idle-stopped worker find the record and do nothing.
 */
export function createReattach({ session, scripts, tabs, scripting, now = Date.now }: ReattachOnceDeps) {
  let pending: Promise<ReattachReport | null> | null = null;
  const once = (): Promise<ReattachReport | null> =>
    (pending ??= (async () => {
      if ((await session.get(REATTACH_KEY))[REATTACH_KEY]) return null;
      const record: ReattachRecord = { at: now() };
      // Written first: a worker stopped half-way does not run it twice.
      await session.set({ [REATTACH_KEY]: record });
      const report = await reattachContentScripts({ tabs, scripting, scripts: await scripts() });
      await session.set({ [REATTACH_KEY]: { ...record, report } });
      return report;
    })().catch((error: unknown) => {
      console.warn('[Ask First] open tabs not re-attached:', error);
      return null;
    }));
  return { once };
}
