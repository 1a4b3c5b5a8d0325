/** Before the real-browser tests: build the production extension and the replica sites. */
import { execFileSync } from 'node:child_process';
import { chromiumPath } from './browser';
import { buildFixtures } from './fixtures';

export default async function setup(): Promise<void> {
  chromiumPath(); // fail at once, with instructions, if the browser is missing
  if (process.env.ASK_FIRST_SKIP_BUILD !== '1') {
    // Vitest sets NODE_ENV=test, which would give a development build (Preact's debug
    // code, larger bundles): test exactly what ships.
    execFileSync('npx', ['wxt', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  await buildFixtures();
}
