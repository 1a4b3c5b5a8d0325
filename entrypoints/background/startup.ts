/**
 * Milestones of this service worker's start, in ms since the worker was created
 * (performance.now()): when the bundle began to run, when its modules were loaded, when the
 * policy was compiled and warmed, when the first draft was answered. `npm run bench:latency`
 * reads them through the DevTools protocol to split a cold first check into its parts
 * (issue 18). Nothing here is reachable from a page or a content script.
 */
export type StartupMark = 'script' | 'loaded' | 'settings' | 'compiling' | 'compiled' | 'firstAnswer' | 'warming' | 'warm';

const marks: Partial<Record<StartupMark, number>> = {};
(globalThis as { __askFirstStartup?: typeof marks }).__askFirstStartup = marks;

/** Records the first time `name` happened in this worker's life. */
export function mark(name: StartupMark): void {
  marks[name] ??= performance.now();
}

mark('script');
