import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { focusedTag, inCardShadow, inFramedCardShadow, posted, SETTLE_MS, typeLines, waitForCard, waitForCardText, windowListeners } from './siteHelpers';

const ROOT = '#contenteditable-root';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

/** Opens the video page and reveals the comment box the way a viewer does: clicking the placeholder. */
async function openComments(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://www.youtube.com/watch?v=council');
  expect(await page.locator(ROOT).count()).toBe(0); // not there until asked for
  await page.locator('#placeholder-area').click();
  await expect.poll(() => focusedTag(page)).toBe('div');
  return page;
}

describe('YouTube comments (contenteditable revealed by #placeholder-area)', () => {
  it('picks up the box that appears after the click and flags a violating comment', async () => {
    const page = await openComments();
    await page.keyboard.type('Worst meeting ever, bullshit. Call her at (915) 555-2368');
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Profanity', 'Personal information']);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '(915) 555-2368']);
    // Screen readers hear it from a live region that was on the page before the text arrived.
    await expect
      .poll(() => inCardShadow<string>(page, `function () { return this.querySelector('[role="status"][aria-live="polite"]').textContent; }`))
      .toMatch(/may not allow parts of this draft \(2 findings\)/);
    // YouTube's dark theme (light text): the card is dark too.
    expect(await inCardShadow<string>(page, `function () { return getComputedStyle(this.querySelector('.card')).backgroundColor; }`)).toBe('rgb(31, 31, 36)');
    await page.close();
  });

  it('shows nothing for a clean comment and posts it untouched', async () => {
    const page = await openComments();
    await page.keyboard.type('Thanks for streaming the meeting! 🙌');
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    await page.locator('#submit-button button').click();
    await expect.poll(() => posted(page)).toEqual(['Thanks for streaming the meeting! 🙌']);
    await page.close();
  });

  it('stops the first "Comment" click and posts the exact multi-line text after "Post anyway"', async () => {
    const page = await openComments();
    const lines = ['This is bullshit 😡', '', 'Línea tres — ñ 👍🏾'];
    await typeLines(page, lines, 'Enter');
    await waitForCard(page, true);
    const submit = page.locator('#submit-button button');
    await submit.click();
    await waitForCardText(page, 'Check before posting');
    await expect.poll(() => focusedTag(page)).toBe('ask-first-card');
    expect(await posted(page)).toEqual([]);
    expect(await page.locator(ROOT).innerText()).toBe(lines.join('\n')); // untouched

    await clickInCard(page, 'button[data-action="post-anyway"]');
    await submit.click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    // Posting removed the editor: our highlight and card went with it.
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => page.locator('ask-first-card').count()).toBe(0);
    await page.close();
  });

  it('cleans up when the comment box is cancelled, leaving no listeners behind', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://www.youtube.com/watch?v=council');
    await expect.poll(() => page.evaluate(() => document.querySelector('ask-first-card'))).toBeNull();
    const before = await windowListeners(page);
    await page.locator('#placeholder-area').click();
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    await page.locator('#cancel-button button').click();
    await expect.poll(() => page.locator(ROOT).count()).toBe(0);
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => page.locator('ask-first-card').count()).toBe(0);
    // The session's scroll/resize listeners went with it.
    await expect.poll(() => windowListeners(page)).toEqual(before);
    // A new box later is found again.
    await page.locator('#placeholder-area').click();
    await page.keyboard.type('bullshit again');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    await page.close();
  });

  it('guards a community post (ytd-backstage-post-dialog-renderer) beside an open comment box', async () => {
    const page = await openComments();
    await page.keyboard.type('an unrelated clean comment');
    await page.locator('#create-post').click();
    await page.locator('ytd-backstage-post-dialog-renderer #contenteditable-root').click();
    await page.keyboard.type('Bake sale bullshit 🍪');
    await waitForCard(page, true);
    const post = page.locator('ytd-backstage-post-dialog-renderer #submit-button button');
    await post.click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await post.click();
    await expect.poll(() => posted(page)).toEqual(['Bake sale bullshit 🍪']);
    // The comment box was not touched, and a clean comment still posts at once.
    await page.locator('ytd-comment-simplebox-renderer #submit-button button').click();
    await expect.poll(() => posted(page)).toEqual(['Bake sale bullshit 🍪', 'an unrelated clean comment']);
    await page.close();
  });
});


describe('YouTube live chat (the /live_chat page in an iframe beside a live video)', () => {
  const INPUT = 'yt-live-chat-text-input-field-renderer div#input';
  const cardText = (page: Page) =>
    inFramedCardShadow<string>(page, `function () { const c = this.querySelector('.card'); return c ? c.innerText : ''; }`).then((t) => t ?? '');

  async function openLive(): Promise<{ page: Page; chat: Frame }> {
    const page = await lab.context.newPage();
    await page.goto('https://www.youtube.com/watch?v=live');
    const chat = page.frameLocator('#chatframe');
    await chat.locator(INPUT).click();
    const frame = page.frames().find((f) => f.url().includes('/live_chat'))!;
    return { page, chat: frame };
  }
  const chatPosted = (chat: Frame) => chat.evaluate(() => (window as unknown as { postedTexts: string[] }).postedTexts);
  const chatHighlights = (chat: Frame) =>
    chat.evaluate(() => {
      const h = CSS.highlights.get('ask-first-violation');
      return h ? [...h].map((r) => r.toString()) : [];
    });

  it('flags a violating chat message inside the frame; a clean one shows nothing', async () => {
    const { page, chat } = await openLive();
    await page.keyboard.type('This council is bullshit');
    await expect.poll(() => cardText(page), { timeout: SETTLE_MS }).toContain('Profanity');
    await expect.poll(() => chatHighlights(chat)).toEqual(['bullshit']);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Great meeting, thanks for streaming 👏');
    await expect.poll(() => cardText(page), { timeout: SETTLE_MS }).toBe('');
    expect(await chatHighlights(chat)).toEqual([]);
    await page.close();
  });

  it('stops the first Enter; after "Post anyway" the next Enter sends the exact text', async () => {
    const { page, chat } = await openLive();
    const text = 'What a bullshit vote 😡 ¿sí?';
    await page.keyboard.type(text);
    await expect.poll(() => chatHighlights(chat), { timeout: SETTLE_MS }).toEqual(['bullshit']);
    await page.keyboard.press('Enter');
    await expect.poll(() => cardText(page), { timeout: SETTLE_MS }).toContain('Check before posting');
    expect(await chatPosted(chat)).toEqual([]);
    // The card is inside the frame: its on-screen position is the frame's offset plus its own.
    await page.locator('#chatframe').scrollIntoViewIfNeeded();
    const frameBox = (await page.locator('#chatframe').boundingBox())!;
    const at = await inFramedCardShadow<{ x: number; y: number }>(
      page,
      `function () { const r = this.querySelector('button[data-action="post-anyway"]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`,
    );
    await page.mouse.click(frameBox.x + at!.x, frameBox.y + at!.y);
    await chat.locator(INPUT).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => chatPosted(chat)).toEqual([text]);
    await page.close();
  });

  it('popped out (/live_chat as the page itself, matched by both script entries): checked once', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://www.youtube.com/live_chat?v=live');
    await page.locator(INPUT).click();
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    expect(await page.locator('ask-first-card').count()).toBe(1);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});
