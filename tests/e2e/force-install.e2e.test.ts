/**
 * Force-install as IT does it: the CRX signed by `npm run package` (scripts/package.ts)
 * served with its updates.xml from a local update server, and the policy
 * ExtensionInstallForcelist pointing at it. Chromium starts WITHOUT --load-extension,
 * installs the extension by itself, and it runs on the X replica. Needs root to write
 * the policy file, which exists only during this test (removed also on failure).
 */
import AdmZip from 'adm-zip';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageExtension, type PackageResult } from '../../scripts/package';
// @ts-expect-error plain ESM helper
import { extensionId } from '../../scripts/extension-key.mjs';
import { chromiumPath, highlightedTexts, readCard } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { recordSettingsStates, settingsStatesSeen } from './harness/welcomeStates';

const ID: string = extensionId();
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `ask-first-test-forceinstall-${randomBytes(6).toString('hex')}.json`);
const removePolicy = () => rmSync(POLICY_FILE, { force: true });
const ORGANIZATION = { name: 'City of El Paso (force-install test)', contacts: [{ role: 'Human Resources Department' }] };
process.once('exit', removePolicy);

let updateServer: Server;
let fixtures: FixtureServer;
let context: BrowserContext | undefined;
let packed: PackageResult;
const outDir = mkdtempSync(join(tmpdir(), 'ask-first-package-'));
const profile = mkdtempSync(join(tmpdir(), 'ask-first-profile-'));
const requests: string[] = [];

describe('force-install from a local update server (ExtensionInstallForcelist)', () => {
  beforeAll(async () => {
    // The update server: updates.xml and the .crx, as IT would host them.
    updateServer = createServer((req, res) => {
      requests.push(req.url ?? '');
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/updates.xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end(readFileSync(packed.updatesXml));
      if (path === `/ask-first-${packed.version}.crx`) {
        return void res.writeHead(200, { 'content-type': 'application/x-chrome-extension' }).end(readFileSync(packed.crx));
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => updateServer.listen(0, '127.0.0.1', resolve));
    const port = (updateServer.address() as AddressInfo).port;
    packed = await packageExtension({ baseUrl: `http://127.0.0.1:${port}/`, outDir, skipBuild: true, firefox: false, log: () => {} });
    fixtures = await startFixtureServer();

    try {
      mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(
        POLICY_FILE,
        JSON.stringify({
          ExtensionInstallForcelist: [`${ID};http://127.0.0.1:${port}/updates.xml`],
          ExtensionInstallSources: ['http://127.0.0.1/*'],
          // Lets the test drive the force-installed extension's pages and worker.
          DeveloperToolsAvailability: 1,
          // The organization's settings, which reach the extension seconds after it is installed.
          '3rdparty': { extensions: { [ID]: { organization: ORGANIZATION } } },
        }),
      );
    } catch (error) {
      throw new Error(`Cannot write ${POLICY_FILE} (${(error as Error).message}): this test needs root, as in CI.`);
    }
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      ignoreHTTPSErrors: true,
      // Either flag stops policy installs (docs/browser-facts.md). No --load-extension anywhere.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
      args: [`--host-resolver-rules=${fixtures.hostResolverRules}`, '--ignore-certificate-errors', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
    // Records every state of the welcome page's settings section from its first paint (the
    // extension is installed after this, so it applies to the tab it opens).
    await recordSettingsStates(context);
  });

  afterAll(async () => {
    removePolicy();
    await context?.close();
    await fixtures?.close();
    await new Promise((resolve) => updateServer?.close(resolve));
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('npm run package signs a CRX3 whose updates.xml names the id and the version', () => {
    const xml = readFileSync(packed.updatesXml, 'utf8');
    expect(packed.id).toBe(ID);
    expect(xml).toContain(`appid="${ID}"`);
    expect(xml).toContain(`version="${packed.version}"`);
    expect(readFileSync(packed.crx).subarray(0, 4).toString()).toBe('Cr24'); // CRX magic
    expect(readFileSync(packed.crx).readUInt32LE(4)).toBe(3); // format version 3
  });

  it('Chromium installs the extension by policy, without --load-extension, and it checks drafts on the X replica', async () => {
    const ctx = context!;
    const worker =
      ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ID}/`)) ??
      (await ctx.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${ID}/`), timeout: 45_000 }));
    expect(new URL(worker.url()).host).toBe(ID);
    expect(requests).toContain(`/ask-first-${packed.version}.crx`);
    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${ID}/options.html`);
    const self = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { management: { getSelf(): Promise<{ installType: string; version: string }> } } }).chrome.management.getSelf(),
    );
    expect(self).toMatchObject({ installType: 'admin', version: packed.version }); // installed by policy
    await options.close();

    const page = await ctx.newPage();
    await page.goto('https://x.com/home');
    await page.locator('div[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('This council vote is bullshit');
    await expect.poll(async () => (await readCard(page)).visible, { timeout: 10_000 }).toBe(true);
    expect((await readCard(page)).text).toContain('III.A.5.a');
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
  }, 90_000);

  it("the welcome page it opened on install shows the organization's settings, and never flashed the setup form", async () => {
    const ctx = context!;
    const isWelcome = (p: { url(): string }) => p.url() === `chrome-extension://${ID}/welcome.html`;
    const welcome = ctx.pages().find(isWelcome) ?? (await ctx.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 }));
    await welcome.waitForSelector('[data-state="present"]', { timeout: 40_000 });
    expect(await welcome.locator('#settings').innerText()).toContain(ORGANIZATION.name);
    expect(await welcome.locator('form.setup').count()).toBe(0);
    const seen = await settingsStatesSeen(welcome);
    expect(seen.states).toBeDefined(); // the recorder ran from the first paint
    expect(seen.sawForm).toBe(false);
    expect(seen.states!.filter((s) => s !== 'checking')).toEqual(['present']);
    expect(ctx.pages().filter(isWelcome)).toHaveLength(1);
  }, 90_000);
});

describe('npm run package: the files for the stores and for Firefox signing', () => {
  it('store zip without the key, Firefox zip with the gecko id, sources without private keys, versions from package.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-first-package-all-'));
    try {
      const all = await packageExtension({ outDir: dir, skipBuild: true, log: () => {} });
      const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
      expect(all.version).toBe(version);
      const manifestIn = (zip: string) => JSON.parse(new AdmZip(zip).readAsText('manifest.json'));
      const store = manifestIn(all.storeZip);
      expect(store.version).toBe(version);
      expect(store.key).toBeUndefined(); // the store assigns the id
      expect(store.storage).toEqual({ managed_schema: 'managed_schema.json' });
      expect(new AdmZip(all.storeZip).readAsText('managed_schema.json')).toBe(readFileSync('public/managed_schema.json', 'utf8'));
      const firefox = manifestIn(all.firefoxZip!);
      expect(firefox.version).toBe(version);
      expect(firefox.browser_specific_settings.gecko.id).toBe('ask-first@askfirst.city');
      const sources = new AdmZip(all.sourcesZip!).getEntries().map((e) => e.entryName);
      expect(sources).toContain('rules/settings/keys.ts');
      expect(sources.filter((n) => /\.(pem|key)$/.test(n) || n.includes('node_modules/'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
