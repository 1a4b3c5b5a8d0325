import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { readOfficialPosts } from './officialHelpers';
import { inCardShadow, posted, setUserSettings, SETTLE_MS, waitForCard, waitForCardText } from './siteHelpers';

const FB_COMMENT = 'div[role="textbox"][aria-label="Write a comment…"]';
const X_COMPOSER = 'div[data-testid="tweetTextarea_0"]';

let lab: Lab;
beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});
afterEach(async () => {
  await setUserSettings(lab, {});
});

async function open(url: string, composer: string): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto(url);
  await page.locator(composer).click();
  return page;
}

/** Focuses the card's "I'm posting as the City" switch and flips it with the keyboard (Space). */
async function toggleIdentityByKeyboard(page: Page): Promise<void> {
  await inCardShadow(page, `function () { this.querySelector('[data-action="identity"]').focus(); }`);
  await page.keyboard.press('Space');
}

const switchState = (page: Page) =>
  inCardShadow<{ checked: boolean; role: string; label: string } | null>(
    page,
    `function () { const s = this.querySelector('[data-action="identity"]'); return s && { checked: s.checked, role: s.getAttribute('role'), label: s.closest('label').textContent }; }`,
  );

describe('posting identity and political links (Facebook: the page does not show the account)', () => {
  it('flags a campaign link; "I’m posting as the City" (keyboard) applies the official rules and is remembered for the tab', async () => {
    const page = await open('https://www.facebook.com/', FB_COMMENT);
    await page.keyboard.type('More here: https://secure.actblue.com/donate/jane2026');
    await waitForCard(page, true);
    await expect.poll(() => readCardFindings(page), { timeout: SETTLE_MS }).toEqual([
      {
        category: 'Political activity',
        severity: 'Check first',
        excerpt: 'https://secure.actblue.com/donate/jane2026',
        citation: expect.stringContaining('Political activities by city employees'),
      },
    ]);
    expect(await switchState(page)).toEqual({ checked: false, role: 'switch', label: 'I’m posting as the City' });

    await toggleIdentityByKeyboard(page);
    await expect.poll(async () => (await readCardFindings(page))[0]?.severity, { timeout: SETTLE_MS }).toBe('Not allowed');
    expect((await readCardFindings(page))[0]?.citation).toContain('Never follow, like or link to political sites');
    const card = await readCard(page);
    expect(card.text).toContain('This post is a public record');
    expect(card.text).toContain('III.A.5.c.6');
    // Screen readers hear the change (the card's live region).
    await expect
      .poll(() => inCardShadow<string>(page, `function () { return this.querySelector('[aria-live]').textContent; }`), { timeout: SETTLE_MS })
      .toMatch(/Posting as the City|\(1 finding\)/);

    // Same tab, page reloaded: still posting as the City.
    await page.reload();
    await page.locator(FB_COMMENT).click();
    await page.keyboard.type('Go to winred.com/x');
    await waitForCard(page, true);
    await expect.poll(async () => (await switchState(page))?.checked, { timeout: SETTLE_MS }).toBe(true);
    // The card may open first for the official account's reminder; the link's finding follows its check.
    await expect.poll(async () => (await readCardFindings(page))[0], { timeout: SETTLE_MS }).toMatchObject({ excerpt: 'winred.com/x', severity: 'Not allowed' });

    // Switched back by keyboard: personal rules again.
    await toggleIdentityByKeyboard(page);
    await expect.poll(async () => (await readCardFindings(page))[0]?.severity, { timeout: SETTLE_MS }).toBe('Check first');
    expect((await readCard(page)).text).not.toContain('This post is a public record');
    expect((await readCard(page)).text).not.toContain('Not a problem'); // a link is not a word to allow
    await page.close();
  });

  it('on an official account a personal e-mail as contact is a violation (Harlingen)', async () => {
    await setUserSettings(lab, { workEmailDomains: ['elpasotexas.gov'] });
    const page = await open('https://www.facebook.com/', FB_COMMENT);
    await page.keyboard.type('Questions? jgarza78@yahoo.com');
    await waitForCard(page, true);
    await toggleIdentityByKeyboard(page);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => [f.excerpt, f.severity]), { timeout: SETTLE_MS }).toEqual([
      ['jgarza78@yahoo.com', 'Not allowed'],
    ]);
    expect((await readCardFindings(page))[0]?.citation).toContain('Personal e-mail addresses as contact information are prohibited');
    await toggleIdentityByKeyboard(page); // leave this tab personal
    await page.close();
  });
});

describe('official records', () => {
  it('keeps a local copy of an official post when IT enables it, and the options page exports it', async () => {
    await setUserSettings(lab, { keepOfficialPosts: true, officialAccounts: [{ site: 'x', handle: '@CityOfElPasoTX' }] });
    const text = 'Road closure: Mesa St between Cincinnati and Glory Rd tonight 9 pm to 5 am.';
    const page = await open('https://x.com/home', X_COMPOSER);
    await page.keyboard.type(text);
    // No findings, but the records note: the card shows, and it never interrupts.
    const card = await waitForCardText(page, 'This post is a public record');
    expect(card.text).toMatch(/Posting as @CityOfElPasoTX\s*Official City account/);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posted(page), { timeout: SETTLE_MS }).toEqual([text]);
    await expect.poll(async () => (await readOfficialPosts(lab)).map((p) => [p.site, p.handle, p.text]), { timeout: SETTLE_MS }).toEqual([
      ['x', '@CityOfElPasoTX', text],
    ]);
    await page.close();

    const options = await lab.context.newPage();
    await options.goto(`chrome-extension://${lab.extensionId}/options.html#history`);
    await options.waitForSelector('text=Posts kept: 1');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export official posts (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ask-first-official-posts-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8').trimEnd().split('\r\n');
    expect(csv).toEqual(['\uFEFFTime (UTC),Site,Account,Text', expect.stringMatching(new RegExp(`^\\d{4}-.*Z,x,'@CityOfElPasoTX,${text}$`))]);
    await options.close();
  });

  it('keeps nothing when IT does not enable it', async () => {
    await setUserSettings(lab, { officialAccounts: [{ site: 'x', handle: '@CityOfElPasoTX' }] });
    const before = (await readOfficialPosts(lab)).length;
    const page = await open('https://x.com/home', X_COMPOSER);
    await page.keyboard.type('Library opens at 10 tomorrow.');
    await waitForCardText(page, 'This post is a public record');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posted(page), { timeout: SETTLE_MS }).toEqual(['Library opens at 10 tomorrow.']);
    await page.waitForTimeout(500);
    expect((await readOfficialPosts(lab)).length).toBe(before);
    await page.close();
  });
});

describe('duty hours (El Paso III.A.3.b)', () => {
  it('reminds a personal account during duty hours, without stopping the post', async () => {
    const allDay = { days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '00:00', end: '23:59' };
    await setUserSettings(lab, { dutyHours: allDay } as never);
    const page = await open('https://x.com/home', X_COMPOSER);
    await page.keyboard.type('Great tacos at the food truck park!');
    const card = await waitForCardText(page, 'It is duty hours');
    expect(card.text).toContain('III.A.3.b');
    expect(await readCardFindings(page)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => posted(page), { timeout: SETTLE_MS }).toEqual(['Great tacos at the food truck park!']);

    // Read once: closed (Esc in the card), it stays away on this page.
    await page.locator(X_COMPOSER).click();
    await page.keyboard.type('Back to work.');
    await waitForCardText(page, 'It is duty hours');
    await inCardShadow(page, `function () { this.querySelector('.close').focus(); }`);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    await page.locator(X_COMPOSER).click();
    await page.keyboard.type(' More later.');
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    await page.close();

    // Off duty (no days): nothing shows.
    await setUserSettings(lab, {});
    const off = await open('https://x.com/home', X_COMPOSER);
    await off.keyboard.type('Great tacos at the food truck park!');
    await off.waitForTimeout(800);
    expect((await readCard(off)).visible).toBe(false);
    await off.close();
  });
});
