/** Before the real-browser tests: build the production extension and the replica sites. */
import { execFileSync } from 'node:child_process';
import { chromiumPath } from './browser';
import { buildFixtures } from './fixtures';

export default async function setup(): Promise<void> {
  chromiumPath(); // fail at once, with instructions, if the browser is missing
  if (process.env.ASK_FIRST_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await buildFixtures();
}
