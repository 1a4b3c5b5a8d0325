/**
 * Firefox ESR reads the same managed policy from /etc/firefox/policies/policies.json:
 * ExtensionSettings force-installs the XPI, and 3rdparty.Extensions.<gecko id> becomes
 * `browser.storage.managed`. Uses the generated Harlingen sample template. Needs root
 * (CI runs as root); an existing policies.json is put back afterwards, also on failure.
 *
 * Driving: puppeteer-core over WebDriver BiDi. BiDi may not navigate to moz-extension://
 * pages, so the options page is opened from the browser chrome (--remote-allow-system-access)
 * and then evaluated in like any tab. Unsigned XPIs install on ESR with
 * xpinstall.signatures.required=false (production XPIs are signed by AMO).
 */
import AdmZip from 'adm-zip';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../rules/messages';
import { GECKO_ID, SAMPLES_DIR } from '../../scripts/admin-templates';
import { extensionBuilt } from './harness/await-build';
import { EXTENSION_DIR } from './harness/browser';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_DIR = EXTENSION_DIR.replace('chrome-mv3', 'firefox-mv2');
const POLICY_FILE = '/etc/firefox/policies/policies.json';
/** Fixed internal UUID so the options page has a known moz-extension:// address. */
const UUID = '6f1c0e2a-6a43-4d3a-9c55-3b1f0b7e9a11';
const work = mkdtempSync(join(tmpdir(), 'ask-first-firefox-'));
const previous = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE) : undefined;
const restorePolicy = () => (previous ? writeFileSync(POLICY_FILE, previous) : rmSync(POLICY_FILE, { force: true }));
process.once('exit', restorePolicy);

// The Harlingen sample as generated for Firefox, with mistakes IT makes added: an
// out-of-range value, a bad severity in one extra rule, one bad category override beside a
// good one, a misspelled field, and an organization without contacts (valid: issue #16).
const sample = JSON.parse(readFileSync(join(SAMPLES_DIR, 'harlingen/firefox-policies.json'), 'utf8'));
const harlingen = sample.policies['3rdparty'].Extensions[GECKO_ID];
const managed = {
  ...harlingen,
  historyDays: 5000,
  organization: { name: 'City of Harlingen' },
  customRules: [
    ...harlingen.customRules,
    { id: 'hg-bad-severity', category: 'political', severity: 'warning', terms: ['measure z9'] },
    { id: 'hg-no-message', category: 'confidential', severity: 'violation', terms: ['project bluebonnet'], severty: 'info' },
  ],
  categories: { profanity: { severity: 'fatal' }, religious: { enabled: false } },
};

let browser: Browser;

interface BidiResult {
  result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
}
const bidi = (method: string, params: object) => (browser as unknown as { connection: { send(m: string, p: object): Promise<BidiResult & { result: { contexts?: { context: string; url: string }[] } }> } }).connection.send(method, params);

/** Evaluates `expression` (a promise of JSON text) in the extension's options page. */
async function inOptionsPage(expression: string): Promise<unknown> {
  const tree = await bidi('browsingContext.getTree', {});
  const tab = tree.result.contexts!.find((c) => c.url === `moz-extension://${UUID}/options.html`);
  if (!tab) throw new Error('options page not open');
  const { result } = await bidi('script.evaluate', { expression, target: { context: tab.context }, awaitPromise: true, resultOwnership: 'none' });
  if (result.type !== 'success') throw new Error(result.exceptionDetails?.text ?? 'evaluation failed');
  return JSON.parse(result.result!.value as string);
}

async function openOptionsPage() {
  const chrome = await bidi('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const url = `moz-extension://${UUID}/options.html`;
  await bidi('script.evaluate', {
    expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); 1`,
    target: { context: chrome.result.contexts![0]!.context },
    awaitPromise: false,
  });
}

beforeAll(async () => {
  await extensionBuilt('firefox'); // the production build, made once per run (harness/builds.ts)
  const xpi = join(work, 'ask-first.xpi');
  const zip = new AdmZip();
  zip.addLocalFolder(FIREFOX_DIR);
  zip.writeZip(xpi);
  try {
    mkdirSync('/etc/firefox/policies', { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        policies: {
          ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: `file://${xpi}` } },
          '3rdparty': { Extensions: { [GECKO_ID]: managed } },
        },
      }),
    );
  } catch (error) {
    throw new Error(`Cannot write ${POLICY_FILE} (${(error as Error).message}): this test needs root, as in CI.`);
  }
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
}, 120_000);

afterAll(async () => {
  restorePolicy();
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('Firefox ESR: force-install and managed policy from policies.json', () => {
  it('installs the extension by policy and reads the Harlingen sample as managed settings', async () => {
    // The policy install happens at start-up; open the options page once it exists.
    await expect
      .poll(async () => {
        await openOptionsPage();
        return inOptionsPage('browser.management.getSelf().then((s) => JSON.stringify(s.installType))').catch(() => 'not yet');
      }, { timeout: 30_000, interval: 1_000 })
      .toBe('admin'); // installed by the administrator's policy

    expect(await inOptionsPage('browser.storage.managed.get().then(JSON.stringify)')).toEqual(managed);

    const state = (await inOptionsPage(
      "browser.runtime.sendMessage({ askFirst: 1, type: 'getSettingsView', data: {} }).then(JSON.stringify)",
    )) as SettingsView;
    expect(state.managedKeys.sort()).toEqual(Object.keys(managed).sort());
    expect(state.settings).toMatchObject({
      organization: { name: 'City of Harlingen', contacts: [] },
      categories: { religious: { enabled: false } },
      packs: ['harlingen'],
      enforcement: 'warn',
      userMayChange: false,
      workEmailDomains: ['myharlingen.us'],
      historyDays: 90, // the invalid 5000 fell back to the default
    });
    expect(state.settings.customRules.map((r) => r.id)).toEqual(['hg-campaign-links', 'hg-no-message']);
    expect(state.settings.customRules[1]).toMatchObject({ citation: { pack: 'City of Harlingen', section: 'custom', title: 'hg-no-message' } });
    // Firefox has no managed_schema: Ask First's own validation catches each bad value, skips
    // only it, and names it.
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...state.invalid].sort(byKey)).toEqual([
      { key: 'customRules[1]', reason: '"severity": "warning" is not one of info, caution, violation', fallback: 'item skipped' },
      { key: 'customRules[2].severty', reason: 'unknown field', fallback: 'ignored' },
      { key: 'categories.profanity', reason: '"severity": "fatal" is not one of info, caution, violation', fallback: 'item skipped' },
      { key: 'historyDays', reason: '5000 is outside 1–3650', fallback: '90' },
    ].sort(byKey));
  });
});
