// The worker's start-up marks (globalThis.__askFirstStartup, entrypoints/background/startup.ts),
// read once its warm-up is marked or `waitMs` has passed: the warm-up follows the first answer,
// so a bench that reads the marks right after the answer would miss it.
import type { Worker } from 'playwright-core';

export type Startup = Partial<Record<'script' | 'loaded' | 'shared' | 'settings' | 'compiling' | 'compiled' | 'firstAnswer' | 'warming' | 'warm', number>>;

/** The marks (ms on the worker's clock) and the worker's time origin. */
export async function startupMarks(worker: Worker, waitMs: number): Promise<{ origin: number; m: Startup }> {
  // A string: tsx would add helpers to a function that the worker lacks.
  return (await worker.evaluate(`new Promise((resolve) => {
    const at = performance.now();
    const poll = () => globalThis.__askFirstStartup?.warm !== undefined || performance.now() - at > ${waitMs}
      ? resolve({ origin: performance.timeOrigin, m: { ...globalThis.__askFirstStartup } })
      : setTimeout(poll, 10);
    poll();
  })`)) as { origin: number; m: Startup };
}
