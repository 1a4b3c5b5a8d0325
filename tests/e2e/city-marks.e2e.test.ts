/**
 * The City's logo or seal in attached pictures (issue 8), in real Chromium with the built
 * extension: a picture attached by file input or pasted into the X (Draft.js) and Facebook
 * (Lexical) replicas is decoded and hashed in the background, and a match shows a
 * city_marks finding citing both policies; the picture reaches the site untouched.
 * The mark is the made-up test seal (tests/fixtures/city-seal.png), not a real City's.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeJpeg, photoLike, place, resize, texture, decodeImage } from '../../scripts/images/synth';
// @ts-expect-error plain ESM helper
import { extensionId } from '../../scripts/extension-key.mjs';
import { launchLab, readCard, type Lab } from './harness/browser';
import { posted, setUserSettings, SETTLE_MS } from './siteHelpers';

const SEAL_PNG = readFileSync('tests/fixtures/city-seal.png');
const SEAL_URL = `data:image/png;base64,${SEAL_PNG.toString('base64')}`;
/** A "photo" with the seal at a quarter of its height, re-compressed as a phone would. */
const PHOTO_WITH_SEAL = encodeJpeg(place(photoLike(800, 600, 21), resize(decodeImage(SEAL_PNG), 150, 150), 520, 90), 85);
const UNRELATED = encodeJpeg(texture(700, 500, 22), 85);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** Decoding and hashing in the background can take a while on a loaded 2-core machine. */
const CHECK_MS = SETTLE_MS * 3;

/**
 * Files on disk: Playwright sets a file input from paths the way the browser does when a
 * person picks files (trusted events); from in-memory buffers it fakes them with a script.
 */
const dir = mkdtempSync(join(tmpdir(), 'ask-first-marks-'));
function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

let lab: Lab;
beforeAll(async () => {
  lab = await launchLab({ expectId: extensionId() });
  await setUserSettings(lab, { cityMarks: [{ name: 'Test seal', image: SEAL_URL }] });
});
afterAll(async () => {
  await lab?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cardText(page: Page, text: string): Promise<string> {
  await expect.poll(async () => (await readCard(page)).text, { timeout: CHECK_MS }).toContain(text);
  return (await readCard(page)).text;
}

/**
 * Waits until the content script watches the page's composer (it answers the popup's
 * status question): a picture attached before that would go unseen, like text typed
 * before the extension loads is only checked once it does.
 */
async function watching(site: string): Promise<void> {
  const worker = lab.context.serviceWorkers()[0]!;
  await expect
    .poll(
      () =>
        worker.evaluate(async (id) => {
          type Status = { site: string | null; composers: number } | undefined;
          type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<Status> };
          const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
          const replies = await Promise.all(
            (await tabs.query({})).map((tab) => tabs.sendMessage(tab.id!, { askFirst: 1, type: 'getTabStatus', data: {} }).catch(() => undefined)),
          );
          return replies.some((r) => r !== undefined && r.site === id && r.composers > 0);
        }, site),
      { timeout: CHECK_MS },
    )
    .toBe(true);
}

function attached(page: Page): Promise<{ name: string; sha256: string }[]> {
  return page.evaluate(() => (window as unknown as { attachedFiles: { name: string; sha256: string }[] }).attachedFiles);
}

/** Puts a PNG on the system clipboard and pastes it into the focused editor with the keyboard (a real, trusted paste). */
async function pastePng(page: Page, origin: string, png: Buffer): Promise<void> {
  await lab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })]);
  }, png.toString('base64'));
  await page.keyboard.press('Control+V');
}

function expectCityMarks(text: string) {
  expect(text).toContain('City logo or seal');
  expect(text).toContain('Test seal');
  expect(text).toContain('Use of social media: No City logo on personal social media sites'); // Harlingen
  expect(text).toContain('III.A.1'); // El Paso
}

describe('City marks in attached pictures', () => {
  it('X: a photo showing the seal, chosen with the media button, is flagged; the site gets it untouched; Post asks first', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('div[data-testid="tweetTextarea_0"]').click();
    await watching('x');
    await page.keyboard.type('Great day at the park');
    await page.locator('input[data-testid="fileInput"]').first().setInputFiles(file('park.jpg', PHOTO_WITH_SEAL));
    const text = await cardText(page, 'City logo or seal');
    expectCityMarks(text);
    expect(text).toContain('Attached picture: park.jpg');
    expect(await attached(page)).toEqual([expect.objectContaining({ name: 'park.jpg', sha256: sha(PHOTO_WITH_SEAL) })]);
    // The submit guard asks about it like any violation.
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await cardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('X: an unrelated picture shows nothing', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('div[data-testid="tweetTextarea_0"]').click();
    await watching('x');
    await page.locator('input[data-testid="fileInput"]').first().setInputFiles(file('clouds.jpg', UNRELATED));
    await expect.poll(async () => (await attached(page)).length).toBe(1);
    await page.waitForTimeout(3_000);
    expect((await readCard(page)).visible).toBe(false);
    // Then the seal in the same composer: only it is listed (the unrelated picture never was).
    await page.locator('input[data-testid="fileInput"]').first().setInputFiles(file('seal.png', SEAL_PNG));
    const text = await cardText(page, 'seal.png');
    expect(text).not.toContain('clouds.jpg');
    await page.close();
  });

  it('X: a pasted seal is flagged', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('div[data-testid="tweetTextarea_0"]').click();
    await watching('x');
    await pastePng(page, 'https://x.com', SEAL_PNG);
    expectCityMarks(await cardText(page, 'City logo or seal'));
    await page.close();
  });

  it('Facebook: the seal chosen with Photo/video in the post dialog, and pasted into it, is flagged', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://www.facebook.com/');
    await page.locator('#open-composer').click();
    await watching('facebook');
    await page.locator('div[role="dialog"] input[type="file"]').setInputFiles(file('logo.png', SEAL_PNG));
    const text = await cardText(page, 'Attached picture: logo.png');
    expectCityMarks(text);
    expect(await attached(page)).toEqual([expect.objectContaining({ name: 'logo.png', sha256: sha(SEAL_PNG) })]);
    await page.close();

    const again = await lab.context.newPage();
    await again.goto('https://www.facebook.com/');
    await again.locator('#open-composer').click();
    await watching('facebook');
    await again.locator('div[role="dialog"] div[role="textbox"]').click();
    await pastePng(again, 'https://www.facebook.com', SEAL_PNG);
    expectCityMarks(await cardText(again, 'City logo or seal'));
    await again.close();
  });

  it('Facebook: an unrelated picture shows nothing', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://www.facebook.com/');
    await page.locator('#open-composer').click();
    await watching('facebook');
    await page.locator('div[role="dialog"] input[type="file"]').setInputFiles(file('clouds.jpg', UNRELATED));
    await expect.poll(async () => (await attached(page)).length).toBe(1);
    await page.waitForTimeout(3_000);
    expect((await readCard(page)).visible).toBe(false);
    await page.close();
  });

  it('X: posting as an official City account, the seal is fine', async () => {
    await setUserSettings(lab, { cityMarks: [{ name: 'Test seal', image: SEAL_URL }], officialAccounts: [{ site: 'x', handle: '@CityOfElPasoTX' }] });
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('div[data-testid="tweetTextarea_0"]').click();
    await watching('x');
    await page.locator('input[data-testid="fileInput"]').first().setInputFiles(file('seal.png', SEAL_PNG));
    await expect.poll(async () => (await attached(page)).length).toBe(1);
    await page.waitForTimeout(3_000);
    expect((await readCard(page)).visible).toBe(false);
    await page.close();
    await setUserSettings(lab, { cityMarks: [{ name: 'Test seal', image: SEAL_URL }] });
  });
});
