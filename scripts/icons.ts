// Renders scripts/assets/icon.svg to public/icon/{16,32,48,128}.png with the same Chromium the
// tests use (no image library needed). Run after editing the SVG: `npm run icons`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness/browser';

const svg = readFileSync(new URL('./assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('public/icon/{16,32,48,128}.png written');
