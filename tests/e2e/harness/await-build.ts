/**
 * Setup file of the e2e project: each test file starts once the builds the global setup started
 * are done (./builds.ts says why they run in the background), so none runs beside a browser test.
 */
import { inject } from 'vitest';
import { startedBuilds, waitForBuild, type Target } from './builds';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder where the builds of this run say they started and how they ended. */
    extensionBuilds: string;
  }
}

/** Waits until this run's production build for `target` is in .output (the Firefox tests ask for 'firefox'). */
export const extensionBuilt = (target: Target): Promise<void> => waitForBuild(inject('extensionBuilds'), target);

for (const target of startedBuilds(inject('extensionBuilds'))) await extensionBuilt(target);
