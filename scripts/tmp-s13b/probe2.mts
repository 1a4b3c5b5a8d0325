export {};
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { launchLab } from '../../tests/e2e/harness/browser';
// @ts-expect-error plain ESM helper
import { extensionId } from '../../scripts/extension-key.mjs';
const ID: string = extensionId();
const FILE = '/etc/chromium/policies/managed/ask-first-probe-s13b.json';
process.once('exit', () => rmSync(FILE, { force: true }));
mkdirSync('/etc/chromium/policies/managed', { recursive: true });
writeFileSync(FILE, JSON.stringify({ '3rdparty': { extensions: { [ID]: { enforcement: 'justify', historyDays: 180 } } } }));
const profile = mkdtempSync('/tmp/s13b-prof-');
for (let i = 0; i < 3; i++) {
  const lab = await launchLab({ expectId: ID, profile, extensionDir: '/tmp/s13b-build' });
  const sw = lab.context.serviceWorkers()[0]!;
  const r = await sw.evaluate(`new Promise((resolve) => {
    const log = [];
    chrome.storage.onChanged.addListener((c, area) => log.push([Math.round(performance.now()), 'changed', area, JSON.stringify(c).slice(0, 120)]));
    chrome.storage.managed.get(null).then((v) => log.push([Math.round(performance.now()), 'get', JSON.stringify(v)]));
    setTimeout(() => resolve({ log, marks: globalThis.__askFirstStartup }), 15000);
  })`);
  console.log(i, JSON.stringify(r));
  await lab.close();
}
rmSync(FILE, { force: true });
rmSync(profile, { recursive: true, force: true });
