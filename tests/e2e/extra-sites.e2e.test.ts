/**
 * Sites IT adds through `extraSites`: an intranet forum (generic adapter) and a city
 * Mastodon instance (adapter "mastodon"), on hosts the manifest does not name.
 *
 * The browser lets the extension into such a host only after the person grants it
 * (options page → "Allow" → permissions.request). Headless Chromium gives no way to click
 * that browser dialog (the request just stays pending), and chrome://extensions'
 * developerPrivate.addHostPermission does not grant optional hosts (both tried). So the
 * grant is made the one way a browser accepts without a dialog: these tests load a COPY
 * of the production build whose manifest also lists the two test hosts in
 * `host_permissions` (granted at install). Nothing else in the copy differs, and the
 * production build itself is never changed: what runs is the real background module
 * registering the compose script dynamically, and the real content script on the page.
 * The notice and its button are checked on the options page for a third, not granted site,
 * and a policy change is followed by a new registration; the permission request and the
 * grant/revoke paths are unit-tested (tests/unit/extraSites.test.tsx).
 *
 * The policy comes from /etc/chromium/policies/managed (root; removed afterwards).
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper
import { extensionId } from '../../scripts/extension-key.mjs';
import { clickInCard, EXTENSION_DIR, highlightedTexts, launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { axeViolations, tabTo } from './a11y';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `ask-first-test-sites-${randomBytes(6).toString('hex')}.json`);
const FORUM = 'https://forum.city.example/*';
const SOCIAL = 'https://social.city.example/*';
/** Listed by IT but not granted in the test copy: the options page asks for it. */
const WIKI = 'https://wiki.city.example/*';
/** Managed values arrive seconds after start on a loaded machine (docs/browser-facts.md). */
const POLICY_ARRIVAL_MS = 45_000;

const removePolicy = () => rmSync(POLICY_FILE, { force: true });
function writePolicy(extraSites: Record<string, string>[]) {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId() as string]: { extraSites } } } }));
}
process.once('exit', removePolicy);

let lab: Lab;
let copy: string;

function worker(): Worker {
  return lab.context.serviceWorkers()[0]!;
}
type Chrome = { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };
const registered = () =>
  worker().evaluate(async () =>
    (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
  );

beforeAll(async () => {
  mkdirSync(POLICY_DIR, { recursive: true });
  writePolicy([{ match: FORUM }, { match: SOCIAL, adapter: 'mastodon' }, { match: WIKI, selector: '#wpTextbox1' }]);
  copy = mkdtempSync(join(tmpdir(), 'ask-first-granted-'));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [FORUM, SOCIAL]; // the person's "Allow", made at install
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  lab = await launchLab({ extensionDir: copy });
});
afterAll(async () => {
  await lab?.close();
  removePolicy();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

async function open(url: string, composer: string): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto(url);
  await page.locator(composer).click();
  return page;
}

describe('registration', () => {
  it('the background registers the compose script for the granted listed sites, and only those', { timeout: POLICY_ARRIVAL_MS + 15_000 }, async () => {
    await expect.poll(registered, { timeout: POLICY_ARRIVAL_MS, interval: 500 }).toEqual([FORUM, SOCIAL]);
  });
});

describe('generic adapter on an admin-listed intranet forum', () => {
  const TEXTAREA = 'form#reply textarea';
  const TOPIC = 'form#topic [contenteditable="true"]';

  it('a violating reply (textarea) is highlighted and explained; the textarea is untouched', async () => {
    const page = await open('https://forum.city.example/t/spring-schedule', TEXTAREA);
    await page.keyboard.type('This schedule is bullshit, call me at (915) 555-2368');
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Profanity', 'Personal information']);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '(915) 555-2368']);
    expect(await page.locator(TEXTAREA).inputValue()).toBe('This schedule is bullshit, call me at (915) 555-2368');
    await page.close();
  });

  it('a clean reply shows nothing', async () => {
    const page = await open('https://forum.city.example/t/spring-schedule', TEXTAREA);
    await page.keyboard.type('Thanks, the new pool hours work for our team 🏊');
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('the Reply button is stopped once; "Post anyway" lets the exact text through', async () => {
    const page = await open('https://forum.city.example/t/spring-schedule', TEXTAREA);
    const lines = ['Honestly this is bullshit 😤', '', 'ñ — ¿sí?'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await page.getByRole('button', { name: 'Reply' }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Reply' }).click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });

  it('a contenteditable box (role=textbox) on the same page is checked and guarded too', async () => {
    const page = await open('https://forum.city.example/t/spring-schedule', TOPIC);
    await page.keyboard.type('What a bullshit plan');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    await page.getByRole('button', { name: 'Create topic' }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Create topic' }).click();
    await expect.poll(() => posted(page)).toEqual(['What a bullshit plan']);
    await page.close();
  });
});

describe('the Mastodon adapter on a city instance IT lists (adapter: "mastodon")', () => {
  const TEXTAREA = 'textarea.autosuggest-textarea__textarea';

  it('flags, stays quiet on a clean toot, and guards Post and Ctrl+Enter', async () => {
    const page = await open('https://social.city.example/home', TEXTAREA);
    await page.keyboard.type('Lovely evening at the city park 🌇');
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Total bullshit 🐘');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    await page.keyboard.press('Control+Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Post' }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Post' }).click();
    await expect.poll(() => posted(page)).toEqual(['Total bullshit 🐘']);
    await page.close();
  });
});

describe('the options page asks for the listed sites not yet allowed', () => {
  it('names exactly the pending site, with an "Allow" button reached by keyboard; axe clean', async () => {
    const page = await lab.context.newPage();
    await page.goto(`chrome-extension://${lab.extensionId}/options.html`);
    const notice = page.getByRole('region', { name: 'Your organization asked Ask First to check these sites:' });
    await expect.poll(() => notice.locator('li').allTextContents(), { timeout: 10_000 }).toEqual([WIKI]);
    expect(await notice.getByRole('button', { name: 'Allow' }).isVisible()).toBe(true);
    await tabTo(page, /^button\|.*Allow$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a policy change', () => {
  it('registers again: a site IT removes is no longer checked on pages opened afterwards', { timeout: POLICY_ARRIVAL_MS + 30_000 }, async () => {
    writePolicy([{ match: FORUM }, { match: WIKI }]);
    await expect.poll(registered, { timeout: POLICY_ARRIVAL_MS, interval: 500 }).toEqual([FORUM]);
    const page = await lab.context.newPage();
    await page.goto('https://social.city.example/home');
    await page.locator('textarea.autosuggest-textarea__textarea').click();
    await page.keyboard.type('Total bullshit');
    await page.waitForTimeout(1_000);
    expect((await readCard(page)).visible).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });
});
