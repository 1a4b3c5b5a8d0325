import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchLab, type Lab } from './harness/browser';
import { clickInNotice, readNotice, waitForFollowGuard, waitForNotice } from './officialHelpers';
import { inCardShadow, setUserSettings, waitForCard } from './siteHelpers';

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

async function open(url: string): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto(url);
  return page;
}

const submitted = (page: Page) => page.evaluate(() => (window as unknown as { submitted: Record<string, string>[] }).submitted);

describe('work e-mail used to sign up (Harlingen)', () => {
  it('X sign-up: warns beside the field, announces it, never touches the form; sign-in is left alone', async () => {
    await setUserSettings(lab, { workEmailDomains: ['elpasotexas.gov'] });
    const page = await open('https://x.com/signup.html');
    await page.locator('#name').fill('Jane Doe');
    await page.locator('#email').click();
    await page.keyboard.type('jane.doe@ElPasoTexas.gov');
    const notice = await waitForNotice(page, true);
    expect(notice.role).toBe('region');
    expect(notice.text).toContain('jane.doe@ElPasoTexas.gov is a work address');
    expect(notice.text).toContain('Harlingen policy');
    await expect.poll(async () => (await readNotice(page)).announced).toContain('Work e-mail address');
    // Focus stayed in the field; the page cannot see our notice.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    expect(await page.evaluate(() => document.querySelector('ask-first-notice')?.shadowRoot ?? null)).toBeNull();

    // Editing to a personal address hides it; the form submits what was typed.
    await page.locator('#email').fill('jane@gmail.com');
    await waitForNotice(page, false);
    await page.locator('#password').fill('s3cret-Pass!');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await submitted(page)).toEqual([{ name: 'Jane Doe', email: 'jane@gmail.com', password: 's3cret-Pass!' }]);

    // Signing in to an existing account is not a sign-up.
    await page.locator('#login').click();
    await page.keyboard.type('jane.doe@elpasotexas.gov');
    await page.waitForTimeout(300);
    expect((await readNotice(page)).visible).toBe(false);
    await page.close();
  });

  it('Facebook sign-up: the warning can be dismissed, and an account IT lists as official gets none', async () => {
    await setUserSettings(lab, { workEmailDomains: ['elpasotexas.gov'], officialAccounts: [{ site: 'facebook', handle: 'pio@elpasotexas.gov' }] });
    const page = await open('https://www.facebook.com/signup.html');
    const email = page.getByLabel('Mobile number or email address');
    await email.click();
    await page.keyboard.type('jdoe@parks.elpasotexas.gov');
    expect((await waitForNotice(page, true)).text).toContain('jdoe@parks.elpasotexas.gov is a work address');
    await clickInNotice(page, 'button[data-action="dismiss"]');
    await waitForNotice(page, false);
    await email.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    expect((await readNotice(page)).visible).toBe(false); // dismissed for this address

    await email.fill('');
    await page.keyboard.type('pio@elpasotexas.gov');
    await page.waitForTimeout(500);
    expect((await readNotice(page)).visible).toBe(false);
    expect(await email.inputValue()).toBe('pio@elpasotexas.gov');
    await page.close();
  });

  it('shows nothing when IT lists no work domains', async () => {
    const page = await open('https://x.com/signup.html');
    await page.locator('#email').click();
    await page.keyboard.type('jane.doe@elpasotexas.gov');
    await page.waitForTimeout(500);
    expect((await readNotice(page)).visible).toBe(false);
    await page.close();
  });
});

describe('Follow and Like on political pages from an official account (X)', () => {
  const actions = (page: Page) => page.evaluate(() => (window as unknown as { actions: string[] }).actions);
  const political = { politicalAccounts: [{ site: 'x', handle: '@VoteJaneDoe' }] };

  it('asks first; "Don’t do it" stops the follow, "Continue anyway" lets it through; other pages are not asked about', async () => {
    await setUserSettings(lab, { ...political, officialAccounts: [{ site: 'x', handle: '@CityOfElPasoTX' }] });
    const page = await open('https://x.com/profile.html');
    await waitForFollowGuard(page);
    await page.getByTestId('1001-follow').click();
    const notice = await waitForNotice(page, true);
    expect(notice.role).toBe('alertdialog');
    expect(notice.text).toContain('@VoteJaneDoe is listed by your organization as political');
    expect(await actions(page)).toEqual([]);
    // Focus is in the warning: Enter on its first action ("Don't do it").
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('ask-first-notice');
    await page.keyboard.press('Enter');
    await waitForNotice(page, false);
    expect(await actions(page)).toEqual([]);

    await page.getByTestId('1001-follow').click();
    await waitForNotice(page, true);
    await clickInNotice(page, 'button[data-action="continue"]');
    await expect.poll(() => actions(page)).toEqual(['1001-follow']);

    await page.getByTestId('like').click(); // a like on the political account's post
    await waitForNotice(page, true);
    await page.keyboard.press('Escape');
    await waitForNotice(page, false);

    await page.getByTestId('1002-follow').click(); // the library: not political
    await expect.poll(() => actions(page)).toEqual(['1001-follow', '1002-follow']);
    await page.close();
  });

  it('does not ask a personal account', async () => {
    await setUserSettings(lab, political);
    const page = await open('https://x.com/profile.html');
    await page.getByTestId('1001-follow').click();
    await expect.poll(() => actions(page)).toEqual(['1001-follow']);
    expect((await readNotice(page)).visible).toBe(false);
    await page.close();
  });
});

describe('Subscribe and Like on YouTube, as the City chosen on the card', () => {
  it('the choice made on the watch page carries to the next page in the tab, and Subscribe asks first', async () => {
    await setUserSettings(lab, { politicalAccounts: [{ site: 'youtube', handle: '@votejanedoe' }] });
    const page = await open('https://www.youtube.com/watch?v=council');
    await page.locator('#placeholder-area').click();
    await page.keyboard.type('Great meeting, bullshit aside');
    await waitForCard(page, true);
    await inCardShadow(page, `function () { this.querySelector('[data-action="identity"]').focus(); }`);
    await page.keyboard.press('Space');
    await expect.poll(() => inCardShadow<boolean>(page, `function () { return this.querySelector('[data-action="identity"]').checked; }`)).toBe(true);

    await page.goto('https://www.youtube.com/channel.html');
    const actions = () => page.evaluate(() => (window as unknown as { actions: string[] }).actions);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    expect((await waitForNotice(page, true)).text).toContain('@VoteJaneDoe is listed by your organization as political');
    await page.keyboard.press('Enter'); // "Don't do it" has focus
    await waitForNotice(page, false);
    expect(await actions()).toEqual([]);
    await page.getByRole('button', { name: 'like this video' }).click();
    await waitForNotice(page, true);
    await clickInNotice(page, 'button[data-action="continue"]');
    await expect.poll(actions).toEqual(['Like']);
    await page.close();
  });
});
