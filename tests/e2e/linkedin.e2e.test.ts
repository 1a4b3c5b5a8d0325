import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const COMMENT = '.comments-comment-box .ql-editor';
const COMMENT_BUTTON = 'button.comments-comment-box__submit-button--cr';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function openLinkedIn(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  return page;
}

describe('LinkedIn (Quill 2)', () => {
  it('flags a violating comment; a clean one shows nothing and posts untouched', async () => {
    const page = await openLinkedIn();
    await page.locator(COMMENT).click();
    await page.keyboard.type('Great fair, bullshit budget though. Call 915-555-2368');
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Profanity', 'Personal information']);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '915-555-2368']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Congratulations to the library team!');
    await waitForCard(page, false);
    await page.locator(COMMENT_BUTTON).click();
    await expect.poll(() => posted(page)).toEqual(['Congratulations to the library team!']);
    await page.close();
  });

  it('stops the first "Comment" and posts the exact multi-line text after "Post anyway"', async () => {
    const page = await openLinkedIn();
    await page.locator(COMMENT).click();
    const lines = ['What bullshit 🙄', '', 'Segunda — ñ 👍🏻'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await page.locator(COMMENT_BUTTON).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(COMMENT_BUTTON).click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });

  it('finds the share box opened later, guards "Post", and cleans up when it is dismissed', async () => {
    const page = await openLinkedIn();
    await page.getByRole('button', { name: 'Start a post' }).click();
    await page.locator('[role="dialog"] .ql-editor').click();
    await page.keyboard.type('Selling tickets, what a bullshit deal');
    await waitForCard(page, true);
    await page.locator('button.share-actions__primary-action').click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => page.locator('ask-first-card').count()).toBe(0);
    expect((await readCard(page)).visible).toBe(false);
    await page.close();
  });
});

describe('LinkedIn new feed (TipTap, no <form>, data-view-name="comment-post")', () => {
  const V2 = '[data-view-name="feed-full-update"] [data-testid="ui-core-tiptap-text-editor-wrapper"] div.tiptap.ProseMirror[contenteditable="true"]';
  const V2_BUTTON = 'button[data-view-name="comment-post"]';

  it('the replica box is a live TipTap editor in the DOM the adapter cites', async () => {
    const page = await openLinkedIn();
    // TipTap stores its Editor on the view's DOM; no <form> around the box or its button.
    const shape = await page.locator(V2).evaluate((el) => ({
      tiptap: typeof (el as HTMLElement & { editor?: { getText?: unknown } }).editor?.getText === 'function',
      inForm: el.closest('form') !== null,
    }));
    expect(shape).toEqual({ tiptap: true, inForm: false });
    expect(await page.locator(`form ${V2_BUTTON}`).count()).toBe(0);
    await page.close();
  });

  it('stops the first "Comment", posts the exact multi-line text after "Post anyway"; Enter stays a new line', async () => {
    const page = await openLinkedIn();
    await page.locator(V2).click();
    const lines = ['Bike lanes? What bullshit 🚲', 'Segunda línea — ñ'];
    await typeLines(page, lines); // Enter makes the second paragraph, never a post
    await waitForCard(page, true);
    expect(await posted(page)).toEqual([]);
    await page.locator(V2_BUTTON).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(V2_BUTTON).click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });

  it('a clean comment posts on the first click', async () => {
    const page = await openLinkedIn();
    await page.locator(V2).click();
    await page.keyboard.type('Great news for commuters!');
    await page.locator(V2_BUTTON).click();
    await expect.poll(() => posted(page)).toEqual(['Great news for commuters!']);
    await page.close();
  });
});

describe('LinkedIn hashed-class surface (TipTap; the submit appears in div#commentButtonSection… once there is text)', () => {
  const V3 = 'div[id^="expanded"][id$="FeedType_FEED_DETAIL"] [data-testid="ui-core-tiptap-text-editor-wrapper"] div[contenteditable="true"][role="textbox"]';
  const V3_BUTTON = 'div[id*="commentButtonSection"] button';

  it('no submit exists until there is text; the first "Comment" is stopped and the exact text posts after "Post anyway"', async () => {
    const page = await openLinkedIn();
    await page.locator('button:has(svg#comment-small)').click(); // the action bar's Comment focuses the box
    // TipTap's focus command lands a frame later (requestAnimationFrame): keys typed before it went to
    // the page, not the box (seen once in four loaded runs as a post missing its first letters).
    await expect.poll(() => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, V3)).toBe(true);
    expect(await page.locator(V3_BUTTON).count()).toBe(0);
    const lines = ['Sunday buses are bullshit 🚌', 'segunda línea'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    expect(await page.locator(V3_BUTTON).getAttribute('aria-label')).toBeNull();
    await page.locator(V3_BUTTON).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(V3_BUTTON).click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await expect.poll(() => page.locator(V3_BUTTON).count()).toBe(0);
    await page.close();
  });

  it('a clean comment posts on the first click', async () => {
    const page = await openLinkedIn();
    await page.locator(V3).click();
    await page.keyboard.type('Great news for riders!');
    await page.locator(V3_BUTTON).click();
    await expect.poll(() => posted(page)).toEqual(['Great news for riders!']);
    await page.close();
  });
});

describe('LinkedIn messaging (form.msg-form)', () => {
  const BOX = '.msg-form__contenteditable';

  it('guards Send; with "Press Enter to Send" the first Enter teaches the box and later Enters are guarded', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://www.linkedin.com/feed/?enterToSend=1');
    await page.locator(BOX).click();
    await page.keyboard.type('Lunch at noon?');
    await page.keyboard.press('Enter'); // clean: sent at once; the box is seen sending on Enter
    await expect.poll(() => posted(page)).toEqual(['Lunch at noon?']);
    await page.keyboard.type('my SSN is 219-45-6789');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual(['Lunch at noon?']);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual(['Lunch at noon?', 'my SSN is 219-45-6789']);
    await page.close();
  });

  it('with "Press Enter to Send", the very first Enter of a violating message is stopped too', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://www.linkedin.com/feed/?enterToSend=1');
    await page.locator(BOX).click();
    await page.keyboard.type('my SSN is 219-45-6789');
    await waitForCard(page, true);
    await page.keyboard.press('Enter'); // the first Enter in this box: nothing learned yet
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    expect(await page.locator(BOX).innerText()).toBe('my SSN is 219-45-6789');
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(BOX).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['my SSN is 219-45-6789']);
    await page.close();
  });

  it('without it, Enter stays a new line: a clean message keeps its lines and is sent only by Send', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.locator(BOX).click();
    // A person's pause before Enter (the check of a short draft takes a few milliseconds): an
    // Enter pressed while the check is still under way is held and replayed, and a replayed
    // key cannot make the new line (see the adapter).
    await page.keyboard.type('Lunch at noon?');
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bring the agenda');
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Thanks');
    await expect.poll(() => page.locator(BOX).innerText()).toBe('Lunch at noon?\nBring the agenda\nThanks');
    expect(await posted(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual(['Lunch at noon?\nBring the agenda\nThanks']);
    await page.close();
  });
});
