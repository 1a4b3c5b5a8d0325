/**
 * Before the real-browser tests: start the production builds of the extension in the background
 * (./builds.ts: Chromium, and Firefox too when the unit project runs beside, to hide it behind
 * the unit tests), and build the replica sites.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';
import { startBuilds } from './builds';
import { buildFixtures } from './fixtures';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  chromiumPath(); // fail at once, with instructions, if the browser is missing
  const dir = mkdtempSync(join(tmpdir(), 'ask-first-builds-'));
  project.provide('extensionBuilds', dir);
  const withUnit = project.vitest.projects.some((p) => p.name === 'unit');
  const builds = startBuilds(dir, withUnit ? ['chrome', 'firefox'] : ['chrome']);
  await buildFixtures();
  return async () => {
    await builds; // never leave a build writing to .output after the run
    rmSync(dir, { recursive: true, force: true });
  };
}
