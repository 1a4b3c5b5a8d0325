// `npm start`: build the extension and the replica sites, then open Chromium with the
// extension loaded on them. Without a display it runs headless: types a sample draft
// into each replica composer, saves a screenshot per site and prints what was flagged.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchLab, readCard, readCardFindings } from '../tests/e2e/harness/browser';
import { buildFixtures, DEMO_SITES } from '../tests/e2e/harness/fixtures';
// @ts-expect-error plain ESM helper
import { ensureChromium } from './ensure-chromium.mjs';

const OUT = join(process.cwd(), 'demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.ASK_FIRST_HEADLESS !== '1';

ensureChromium();
console.log('Building the extension (wxt build)…');
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
await buildFixtures();
const lab = await launchLab({ headless: !headed });
console.log(`Extension loaded (id ${lab.extensionId}); replica sites served on 127.0.0.1:${lab.server.port}.`);

if (headed) {
  for (const demo of DEMO_SITES) await (await lab.context.newPage()).goto(demo.url);
  console.log('Chromium is open on the replica sites (e.g. https://x.com/home). Type a draft; close the browser or press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    lab.context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await lab.close().catch(() => {});
} else {
  console.log('No display: running the demo headless.\n');
  mkdirSync(OUT, { recursive: true });
  let failures = 0;
  for (const demo of DEMO_SITES) {
    const page = await lab.context.newPage();
    await page.goto(demo.url);
    await page.locator(demo.composer).click();
    await page.keyboard.type(demo.draft);
    const deadline = Date.now() + 5000;
    while (!(await readCard(page)).visible && Date.now() < deadline) await page.waitForTimeout(100);
    const findings = await readCardFindings(page);
    const shot = join(OUT, `${demo.site}.png`);
    await page.screenshot({ path: shot });
    console.log(`${demo.site}: typed "${demo.draft}"`);
    if (!findings.length) {
      failures++;
      console.log('  nothing was flagged (unexpected)');
    }
    for (const f of findings) console.log(`  ${f.severity.padEnd(12)} ${f.category}: "${f.excerpt.replace(/^“|”$/g, '')}" (${f.citation})`);
    console.log(`  screenshot: ${shot}\n`);
    await page.close();
  }
  await lab.close();
  process.exit(failures ? 1 : 0);
}
