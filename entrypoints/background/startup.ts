/**
 * Milestones of this service worker's start, in ms since the worker was created
 * (performance.now()): when the bundle began to run, when its modules were loaded, when the
 * policy was compiled and warmed, when the first draft was answered. `npm run bench:latency`
 * reads them through the DevTools protocol to split a cold first check into its parts
 * (issue 18). Nothing here is reachable from a page or a content script.
 */
export type StartupMark = 'script' | 'loaded' | 'shared' | 'settings' | 'compiling' | 'compiled' | 'firstAnswer' | 'warming' | 'warm';

const marks: Partial<Record<StartupMark, number>> = {};
(globalThis as { __askFirstStartup?: typeof marks }).__askFirstStartup = marks;

const afterWarm: (() => void)[] = [];

/** Records the first time `name` happened in this worker's life. */
export function mark(name: StartupMark): void {
  marks[name] ??= performance.now();
  if (name === 'warm') for (const fn of afterWarm.splice(0)) setTimeout(fn, 0);
}

/**
 * Runs `fn` once the engine is compiled and warmed (the worker compiles and warms at every
 * start, checked or not): start-up chores that no draft waits for (the history purge, an
 * IndexedDB open and query) stay off the first check's path instead of sharing its thread.
 */
export function afterStartup(fn: () => void): void {
  if (marks.warm !== undefined) setTimeout(fn, 0);
  else afterWarm.push(fn);
}

mark('script');
