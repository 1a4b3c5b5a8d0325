import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { engineTablesPlugin } from './scripts/engine-tables-plugin';

const ISOLATED = 'tests/unit/**/*.isolated.test.ts';

/** The unit projects: happy-dom, the extension's WXT aliases and the engine's prebuilt tables. */
function unitProject(name: string, files: { include: string[]; exclude?: string[]; isolate: boolean }) {
  return {
    plugins: [WxtVitest(), preact(), engineTablesPlugin()],
    test: {
      name,
      ...files,
      environment: 'happy-dom',
      globals: true,
      setupFiles: ['tests/unit/setup/dom-cleanup.ts'],
      // One file at a time (Vitest's default on 2 cores: cores - 1): two workers were measured to
      // fail time-budget tests under load (commit 0a04099, reverted). A hang guard, not a time
      // budget (tests that hold a budget assert it themselves): Vitest's 5 s default failed tests
      // that take 0.3-1.7 s on a quiet run when this shared machine sat at load average 20.
      testTimeout: 15_000,
    },
  };
}

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      // Unit files share one worker's module graph instead of each re-importing (and re-compiling)
      // the engine and the built-in policy: measured on the 18 judgement/engine/pack files, 135.8 s
      // isolated vs 19.7 s shared, the same 1,672 tests passing. Tests reset what they change
      // (fakeBrowser.reset(); Testing Library's cleanup in setup/dom-cleanup.ts). A file that
      // replaces a module with vi.mock needs its own module graph, and one that times growth with
      // length its own heap ("aaa@bbb." × 25,000 read 11× its quarter after 80 files, 5× alone):
      // name it `*.isolated.test.ts`.
      unitProject('unit', { include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: [ISOLATED], isolate: false }),
      unitProject('unit-isolated', { include: [ISOLATED], isolate: true }),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          // Each file starts once the extension builds the global setup started are done.
          setupFiles: ['tests/e2e/harness/await-build.ts'],
          // One browser per file; files run one after another (2-core machines).
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
