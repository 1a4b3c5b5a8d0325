import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { focusedTag, inCardShadow, posted, readTable, setUserSettings, sha256, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const COMMENT = 'div[role="textbox"][aria-label="Write a comment…"]';
const DIALOG_BOX = 'div[role="dialog"] div[role="textbox"]';

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

async function openFacebook(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://www.facebook.com/');
  return page;
}

describe('Facebook comments (Lexical 0.52, Enter posts)', () => {
  it('highlights a violating comment and cites the policy; a clean one shows nothing', async () => {
    const page = await openFacebook();
    await page.locator(COMMENT).click();
    await page.keyboard.type('This meeting is bullshit, call 915-555-2368');
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Profanity', 'Personal information']);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '915-555-2368']);

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Great work by the library team this summer!');
    await waitForCard(page, false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.keyboard.press('Enter'); // clean: posts at once, untouched
    await expect.poll(() => posted(page)).toEqual(['Great work by the library team this summer!']);
    await page.close();
  });

  it('stops the first Enter, moves focus into the card, and after "Post anyway" posts the exact text', async () => {
    const page = await openFacebook();
    await page.locator(COMMENT).click();
    const lines = ['This is bullshit 😅', '', 'Segunda línea — ¿sí? ñandú 👍🏽'];
    await typeLines(page, lines, 'Shift+Enter');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    const card = await waitForCardText(page, 'Check before posting');
    expect(card.text).toContain('Post anyway');
    expect(card.text).toContain('Ask before posting');
    expect(await posted(page)).toEqual([]);
    await expect.poll(() => focusedTag(page)).toBe('ask-first-card');

    await clickInCard(page, 'button[data-action="post-anyway"]');
    await waitForCard(page, false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Write a comment…');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);

    // The log holds the decision with the text's hash and rule ids, not the text (keepDraftText is off).
    const hash = await sha256(lines.join('\n'));
    const decisions = await readTable(lab, 'decisions');
    const row = decisions.find((d) => d.textHash === hash && d.action === 'posted_anyway');
    expect(row).toMatchObject({ site: 'facebook', categories: ['profanity'] });
    expect(row).not.toHaveProperty('text');
    expect(JSON.stringify(decisions)).not.toContain('ñandú');
    await page.close();
  });

  it('re-checks a draft edited after the warning, and Esc closes the card back to the editor', async () => {
    const page = await openFacebook();
    await page.locator(COMMENT).click();
    await page.keyboard.type('what the fuck');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Write a comment…');
    expect((await readTable(lab, 'decisions')).some((d) => d.action === 'cancelled' && d.site === 'facebook')).toBe(true);

    await page.keyboard.type(' bullshit'); // still violating, a different text: stopped again
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});

describe('Facebook chat box (Messenger-style, Enter sends)', () => {
  it('stops Enter on a violating message and sends the exact text after "Post anyway"', async () => {
    const page = await openFacebook();
    await page.locator('div[role="textbox"][aria-label="Message"]').click();
    await page.keyboard.type('my SSN is 219-45-6789 🔒');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['my SSN is 219-45-6789 🔒']);
    await page.close();
  });
});

describe('Facebook new-post dialog (opened after load, removed on close)', () => {
  it('finds the dialog composer, guards its Post button, and cleans up when the dialog closes', async () => {
    const page = await openFacebook();
    await page.getByText("What's on your mind?").click();
    await page.locator(DIALOG_BOX).click();
    const lines = ['Selling my old car, $500 — bullshit price 🚗', 'DM me'];
    await typeLines(page, lines, 'Enter');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);

    const post = page.locator('div[role="dialog"] div[role="button"][aria-label="Post"]');
    await post.click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    // The card never covers the button it warns about: a click there still reaches the button.
    const box = (await post.boundingBox())!;
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('aria-label'), [box.x + box.width / 2, box.y + box.height / 2])).toBe('Post');

    await clickInCard(page, 'button[data-action="post-anyway"]');
    await post.click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    // Posting closed the dialog: its composer is gone, and so are our highlight and card.
    await expect.poll(() => page.locator('div[role="dialog"]').count()).toBe(0);
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => page.locator('ask-first-card').count()).toBe(0);
    await page.close();
  });

  it('Ctrl+Enter in the dialog is guarded too', async () => {
    const page = await openFacebook();
    await page.getByText("What's on your mind?").click();
    await page.locator(DIALOG_BOX).click();
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    await page.keyboard.press('Control+Enter');
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(DIALOG_BOX).click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => posted(page)).toEqual(['bullshit']);
    await page.close();
  });
});

describe('Facebook post opened in a dialog (aria-modal; Enter and the "Comment" button post)', () => {
  const VIEWER_BOX = 'div[role="dialog"][aria-modal="true"] div[role="textbox"]';
  const SEND = 'div[role="dialog"] div[role="button"][aria-label="Comment"]';

  it('stops plain Enter and the send button, posts the exact text after "Post anyway", and leaves Share alone', async () => {
    const page = await openFacebook();
    await page.locator('#open-post').click();
    await page.locator(VIEWER_BOX).click();
    await page.keyboard.type('What a bullshit plan 🙄');
    await waitForCard(page, true);
    await page.keyboard.press('Enter'); // Enter posts here, unlike the new-post dialog
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await page.locator(SEND).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    // The post's own "Share" action is not the comment's button: it is never held.
    await page.locator('div[role="dialog"] .actions [aria-label="Share"]').click();
    expect(await page.evaluate(() => (window as unknown as { postActions: string[] }).postActions)).toEqual(['Share']);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(SEND).click();
    await expect.poll(() => posted(page)).toEqual(['What a bullshit plan 🙄']);
    await page.close();
  });

  it('a clean comment posts on the first Enter', async () => {
    const page = await openFacebook();
    await page.locator('#open-post').click();
    await page.locator(VIEWER_BOX).click();
    await page.keyboard.type('See you there!');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['See you there!']);
    await page.close();
  });

  it('a new-post dialog whose button says "Publish" is guarded like "Post"', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://www.facebook.com/?postLabel=Publish');
    await page.getByText("What's on your mind?").click();
    await page.locator(DIALOG_BOX).click();
    await page.keyboard.type('bullshit budget');
    await waitForCard(page, true);
    await page.getByRole('button', { name: 'Publish' }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => posted(page)).toEqual(['bullshit budget']);
    await page.close();
  });
});

describe('Enforcement and asking first (settings from the options page)', () => {
  it('justify: "Post anyway" first asks for a reason, which is logged', async () => {
    await setUserSettings(lab, { enforcement: 'justify' });
    const page = await openFacebook();
    await page.locator(COMMENT).click();
    await page.keyboard.type('bullshit, said the mayor');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await waitForCardText(page, 'Why is it appropriate to post this?');
    await clickInCard(page, '#ask-first-reason');
    await page.keyboard.type('Quoting the mayor in a news story');
    await clickInCard(page, 'form.justify button[type="submit"]');
    await waitForCard(page, false);
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['bullshit, said the mayor']);
    const hash = await sha256('bullshit, said the mayor');
    expect((await readTable(lab, 'decisions')).find((d) => d.textHash === hash)).toMatchObject({
      action: 'justified',
      reason: 'Quoting the mayor in a news story',
    });
    await page.close();
  });

  it('block: no "Post anyway"; "Ask before posting" keeps the draft and prefills an e-mail to the contact', async () => {
    await setUserSettings(lab, {
      enforcement: 'block',
      keepDraftText: true,
      organization: { name: 'City of El Paso', contacts: [{ role: 'Human Resources', name: 'Ana', email: 'hr@elpaso.example' }] },
    });
    const page = await openFacebook();
    await page.locator(COMMENT).click();
    const text = 'Call my coworker at 915-555-2368 🙏';
    await page.keyboard.type(text);
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    const card = await waitForCardText(page, 'Check before posting');
    expect(card.text).not.toContain('Post anyway');
    expect(card.text).toContain('does not allow posting this draft');
    await page.keyboard.press('Enter'); // still blocked
    expect(await posted(page)).toEqual([]);

    await clickInCard(page, 'button[data-action="ask"]');
    const asked = await waitForCardText(page, 'Your draft is saved in Ask First');
    expect(asked.text).toContain('E-mail Human Resources (Ana)');
    expect(asked.text).toContain(text);
    const href = await inCardShadow<string>(page, `function () { return this.querySelector('.contacts a[href^="mailto:"]').href; }`);
    const mail = new URL(href!);
    expect(mail.pathname).toBe('hr@elpaso.example');
    expect(mail.searchParams.get('subject')).toBe('Question before posting on Facebook');
    expect(mail.searchParams.get('body')).toContain(text);
    expect(mail.searchParams.get('body')).toContain('Personal information: “915-555-2368”');
    // "Copy draft" puts the exact draft on the clipboard.
    await lab.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
    await clickInCard(page, 'button[data-action="copy"]');
    await waitForCardText(page, 'Draft copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    const drafts = await readTable(lab, 'drafts');
    expect(drafts.at(-1)).toMatchObject({ site: 'facebook', text });
    expect(drafts.at(-1)!.findings.map((f) => f.category)).toEqual(['personal_info']);
    const decisions = await readTable(lab, 'decisions');
    expect(decisions.at(-1)).toMatchObject({ action: 'asked', text, categories: ['personal_info'] });
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('without a contact, "Ask before posting" shows the policy\'s advice and the saved draft', async () => {
    const page = await openFacebook();
    await page.locator(COMMENT).click();
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    await clickInCard(page, 'button[data-action="ask"]');
    const asked = await waitForCardText(page, 'has not listed a contact');
    expect(asked.text).toContain('III.B.1');
    expect(asked.text).toContain('Your saved draft');
    await page.close();
  });

  it('"Not a problem" adds the term to the user\'s allow-list and the draft is checked again', async () => {
    const page = await openFacebook();
    await page.locator(COMMENT).click();
    await page.keyboard.type('what the fuck, call 915-555-2368');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['fuck', '915-555-2368']);
    // Offered for the word, not for the phone number.
    expect(await inCardShadow<number>(page, `function () { return this.querySelectorAll('button[data-action="allow"]').length; }`)).toBe(1);
    await clickInCard(page, 'button[data-action="allow"]');
    await expect.poll(() => highlightedTexts(page)).toEqual(['915-555-2368']);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Personal information']);
    await page.close();
  });

  it('"Not a problem" is not offered when IT locks the settings', async () => {
    await setUserSettings(lab, { userMayChange: false });
    const page = await openFacebook();
    await page.locator(COMMENT).click();
    await page.keyboard.type('what the fuck');
    await waitForCard(page, true);
    expect(await inCardShadow<number>(page, `function () { return this.querySelectorAll('button[data-action="allow"]').length; }`)).toBe(0);
    await page.close();
  });
});

