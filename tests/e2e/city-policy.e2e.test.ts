/**
 * A made-up city's own policy (docs/examples/springfield.policy.json) installed as IT would:
 * a managed policy file in /etc/chromium/policies/managed/ (needs root, as in CI). The file
 * exists only while this file's tests run and is removed afterwards, also on failure.
 * A draft is flagged, the card cites Springfield's section, and neither the card nor the
 * options page shows El Paso or Harlingen.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../rules/messages';
// @ts-expect-error plain ESM helper
import { extensionId } from '../../scripts/extension-key.mjs';
import { launchLab, readCard, readCardFindings, type Lab } from './harness/browser';

const ID: string = extensionId();
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `ask-first-city-${randomBytes(6).toString('hex')}.json`);
const COMPOSER = 'div[data-testid="tweetTextarea_0"]';
const SPRINGFIELD = JSON.parse(readFileSync('docs/examples/springfield.policy.json', 'utf8')) as Record<string, unknown>;
const OTHER_CITIES = /El Paso|Harlingen/;

const removePolicy = () => rmSync(POLICY_FILE, { force: true });
process.once('exit', removePolicy);

let lab: Lab;
let options: Page;

type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
const settingsView = (): Promise<SettingsView> =>
  options.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ askFirst: 1, type: 'getSettingsView', data: {} })) as Promise<SettingsView>;

beforeAll(async () => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [ID]: SPRINGFIELD } } }, null, 2));
  } catch (error) {
    throw new Error(`Cannot write ${POLICY_FILE} (${(error as Error).message}): the managed-policy tests need root, as in CI.`);
  }
  lab = await launchLab({ expectId: ID });
  options = await lab.context.newPage();
  await options.goto(`chrome-extension://${ID}/options.html`);
});

afterAll(async () => {
  removePolicy();
  await lab?.close();
});

describe('a city’s own policy as managed policy (real Chromium)', () => {
  it('reaches the settings: the city’s policy alone, no problems', async () => {
    await expect.poll(async () => (await settingsView()).settings.cityPolicy?.id, { timeout: 20_000 }).toBe('springfield');
    const view = await settingsView();
    expect(view.settings.packs).toEqual([]);
    expect(view.invalid).toEqual([]);
  });

  it('flags a draft and the card cites Springfield’s section, with no El Paso or Harlingen text', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    await page.locator(COMPOSER).click();
    await page.keyboard.type('This is bullshit, honestly.');
    await expect.poll(async () => (await readCard(page)).visible, { timeout: 15_000 }).toBe(true);
    const findings = await readCardFindings(page);
    expect(findings).toEqual([expect.objectContaining({ excerpt: 'bullshit', citation: 'City of Springfield Social Media Policy, section 4.12.3(a): Prohibited content' })]);
    const card = (await readCard(page)).text;
    expect(card).toContain('4.12.6: Questions');
    expect(card).not.toMatch(OTHER_CITIES);
    await page.close();
  });

  it('the options page shows the city’s name and sections, and no El Paso or Harlingen text', async () => {
    await options.reload();
    await expect.poll(() => options.locator('body').innerText(), { timeout: 10_000 }).toContain('City of Springfield Social Media Policy');
    const text = await options.locator('body').innerText();
    expect(text).toContain('4.12.3(a): Prohibited content');
    expect(text).not.toMatch(OTHER_CITIES);
  });
});
