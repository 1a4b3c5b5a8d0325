/**
 * Surfaces beyond each site's main composer, one browser for all: Bluesky and Instagram
 * direct messages, Instagram captions, Reddit's simple composer (its textbox in its own
 * shadow root) and Markdown mode, old.reddit.com, and m.youtube.com comments. Each: the
 * draft warns, the first submit by each real route is stopped, "Post anyway" lets the exact
 * text through, and a clean draft posts on the first try.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, launchLab, type Lab } from './harness/browser';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';
import { focusedBoxStatus } from './tabStatus';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

async function open(url: string, box: string): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto(url);
  await page.locator(box).first().click();
  return page;
}

/** The draft warns; each route in `routes` is stopped; after "Post anyway" `final` posts the exact text. */
async function guarded(page: Page, text: string, routes: Array<() => Promise<void>>, final: () => Promise<void>): Promise<void> {
  const before = await posted(page);
  await page.keyboard.type(text);
  await waitForCard(page, true);
  for (const route of routes) {
    await route();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual(before);
    await page.keyboard.press('Escape'); // back to the editor
  }
  await routes[0]!();
  await waitForCardText(page, 'Check before posting');
  await clickInCard(page, 'button[data-action="post-anyway"]');
  await final();
  await expect.poll(() => posted(page)).toEqual([...before, text]);
}

const enter = (page: Page) => () => page.keyboard.press('Enter');

describe('direct messages', () => {
  it('Bluesky DM (textarea, Enter and "Send message")', async () => {
    const page = await open('https://bsky.app/messages/convo1', 'textarea');
    await page.keyboard.type('See you at 5');
    await page.keyboard.press('Enter'); // clean: sent on the first Enter (held until checked when typed fast, then sent on)
    await expect.poll(() => posted(page), { timeout: 10_000 }).toEqual(['See you at 5']);
    const send = () => page.getByRole('button', { name: 'Send message' }).click();
    await guarded(page, 'my SSN is 219-45-6789', [enter(page), send], send);
    await page.close();
  });

  it('Instagram DM (Lexical textbox, Enter and "Send")', async () => {
    const page = await open('https://www.instagram.com/direct/t/123/', 'section.dm [role="textbox"]');
    await page.keyboard.type('Thanks!');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['Thanks!']);
    const send = () => page.locator('section.dm div[role="button"]', { hasText: 'Send' }).click();
    await guarded(page, 'That was bullshit', [enter(page), send], enter(page));
    await page.close();
  });
});

describe('posts and comments', () => {
  it('Instagram caption (create dialog, "Share"; Enter is a new line)', async () => {
    const page = await open('https://www.instagram.com/create/details/', '[role="dialog"] div[contenteditable="true"][aria-label="Write a caption..."]');
    // Checked by the Instagram adapter (the create dialog's contenteditable), not only by the fallback.
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    const status = await focusedBoxStatus(lab, 'instagram');
    expect(status).toBeDefined();
    expect(status?.fallback).toBeUndefined();
    await page.locator('[role="dialog"] div[contenteditable="true"]').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await waitForCard(page, false);
    const lines = ['Summer fair 🌞 bullshit heat', 'línea dos'];
    await typeLines(page, lines, 'Enter');
    await waitForCard(page, true);
    expect(await posted(page)).toEqual([]);
    const share = page.locator('[role="dialog"] div[role="button"]', { hasText: 'Share' });
    await share.click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await share.click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });

  it("Reddit's simple composer (textbox in its own shadow root, light-DOM submit button)", async () => {
    const page = await open('https://www.reddit.com/r/ElPaso/comments/council/?simple=1', 'shreddit-simple-composer [role="textbox"]');
    // The adapter names this box (shadowComposers), not only the fallback.
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    const status = await focusedBoxStatus(lab, 'reddit');
    expect(status).toBeDefined();
    expect(status?.fallback).toBeUndefined();
    await page.locator('shreddit-simple-composer [role="textbox"]').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await waitForCard(page, false);
    const button = () => page.locator('shreddit-simple-composer > button[type="submit"]', { hasText: 'Comment' }).click();
    await guarded(page, 'What a bullshit vote', [button], button);
    await page.close();
  });

  it('Reddit Markdown mode (a textarea two shadow roots deep: shreddit-composer > shreddit-markdown-composer)', async () => {
    const page = await open('https://www.reddit.com/r/ElPaso/comments/council/?markdown=1', 'shreddit-markdown-composer textarea');
    // Checked by the Reddit adapter, not only by the fallback: the popup must not say "fallback".
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    const status = await focusedBoxStatus(lab, 'reddit');
    expect(status).toBeDefined();
    expect(status?.fallback).toBeUndefined();
    await page.locator('shreddit-markdown-composer textarea').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await waitForCard(page, false);
    const button = () => page.locator('shreddit-composer > button[type="submit"]', { hasText: 'Comment' }).click();
    await guarded(page, 'What a bullshit vote, **really**', [button], button);
    await page.close();
  });

  it('old.reddit.com (form.usertext, "save")', async () => {
    const page = await open('https://old.reddit.com/r/ElPaso/comments/council/', '.usertext-edit textarea');
    await page.keyboard.type('Nice lanes');
    await page.getByRole('button', { name: 'save' }).click(); // clean: posted on the first click
    await expect.poll(() => posted(page)).toEqual(['Nice lanes']);
    await page.locator('.usertext-edit textarea').click();
    const save = () => page.getByRole('button', { name: 'save' }).click();
    await guarded(page, 'bullshit lanes', [save], save);
    await page.close();
  });

  it('m.youtube.com comments (textarea in ytm-comment-simplebox-renderer)', async () => {
    const page = await lab.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('https://m.youtube.com/watch?v=council');
    await page.getByRole('button', { name: 'Add a comment...' }).click();
    await page.locator('ytm-comment-simplebox-renderer textarea').click();
    const comment = () => page.getByRole('button', { name: 'Comment', exact: true }).click();
    await guarded(page, 'Call her at (915) 555-2368', [comment], comment);
    await page.close();
  });
});
