// `npm test`: unit tests and real-browser end-to-end tests, in one Vitest run.
// Extra arguments go to Vitest (e.g. `npm test -- --project unit`).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureFirefox } from './ensure-firefox.mjs';

ensureChromium();
ensureFirefox(); // the Firefox managed-policy test (tests/e2e/firefox-policy.e2e.test.ts)
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
