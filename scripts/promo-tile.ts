// `npm run promo-tile`: the store's small promo tile (440×280 PNG, the size the Chrome Web
// Store asks for), drawn as HTML with the extension's own icon and rendered by Debian's
// Chromium. Writes docs/store/promo-tile-440x280.png (English) and -es.png (Spanish), with
// the listing's wording from public/_locales (extName, extDescription).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
// @ts-expect-error plain ESM helper
import { ensureChromium } from './ensure-chromium.mjs';

const root = join(import.meta.dirname ?? process.cwd(), '..');
const icon = readFileSync(join(root, 'public/icon/128.png')).toString('base64');
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
for (const locale of ['en', 'es'] as const) {
  const m = JSON.parse(readFileSync(join(root, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  const page = await browser.newPage({ viewport: { width: 440, height: 280 } });
  await page.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;padding:0 28px;box-sizing:border-box;background:linear-gradient(135deg,#0b4f8a,#1a7fbf);color:#fff;font:16px/1.35 'DejaVu Sans',sans-serif">
<img src="data:image/png;base64,${icon}" width="112" height="112" alt="">
<div><div style="font-size:34px;font-weight:700;margin-bottom:10px">${html(m.extName!.message)}</div><div style="font-size:16px">${html(m.extDescription!.message)}</div></div>
</body></html>`);
  const file = join(root, 'docs/store', locale === 'en' ? 'promo-tile-440x280.png' : 'promo-tile-440x280-es.png');
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 440, height: 280 } });
  console.log(`wrote ${file}`);
}
await browser.close();
