/**
 * Hooks that degrade instead of going blind: on every supported site, a composer and a post
 * button that no adapter selector matches any more (the site renamed a class or a test id)
 * are still checked and guarded, by the fallback (sites/fallback.ts, watcher.ts).
 *
 * Each replica is loaded as the site would look after such a rename: an init script strips
 * the attributes the adapter's selectors rely on as elements appear, before the content
 * script starts (document_idle). The editor engines keep working; only the names are gone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, launchLab, type Lab } from './harness/browser';
import { posted, waitForCard, waitForCardText } from './siteHelpers';
import { tabStatuses } from './tabStatus';

/** The slice of the extension API the popup probe calls inside the browser. */
let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

/** What a rename removes: attributes, or one class, from every element matching `selector`. */
interface Rename {
  selector: string;
  attributes?: string[];
  className?: string;
}

/** Opens `url` with the renames applied to every matching element as soon as it exists. */
async function openRenamed(url: string, renames: Rename[]): Promise<Page> {
  const page = await lab.context.newPage();
  await page.addInitScript((rules: Rename[]) => {
    const apply = (root: ParentNode) => {
      for (const rule of rules) {
        const hits = [...root.querySelectorAll(rule.selector)];
        if (root instanceof Element && root.matches(rule.selector)) hits.push(root);
        for (const el of hits) {
          for (const a of rule.attributes ?? []) el.removeAttribute(a);
          if (rule.className && el.classList.contains(rule.className)) el.classList.remove(rule.className);
        }
      }
    };
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) if (n instanceof Element) apply(n);
        if (r.type === 'attributes' && r.target instanceof Element) apply(r.target);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  }, renames);
  await page.goto(url);
  return page;
}

/** No element on the page matches any of the adapter's selectors any more. */
async function expectNoMatch(page: Page, selectors: string[]): Promise<void> {
  expect(await page.evaluate((all) => all.filter((s) => document.querySelector(s)), selectors)).toEqual([]);
}

/** Typed draft → warning; `submit` is stopped; after "Post anyway" `submit` posts the exact text. */
async function warnsAndGuards(page: Page, text: string, submit: () => Promise<void>): Promise<void> {
  const before = await posted(page);
  await page.keyboard.type(text);
  await waitForCard(page, true);
  await submit();
  await waitForCardText(page, 'Check before posting');
  expect(await posted(page)).toEqual(before);
  await clickInCard(page, 'button[data-action="post-anyway"]');
  await submit();
  await expect.poll(() => posted(page)).toEqual([...before, text]);
}

const DRAFT = 'This plan is bullshit 🙄';

describe('renamed composers and post buttons are still checked and guarded', () => {
  it('X: Draft.js box and Post button without their data-testids; Ctrl+Enter still guarded', async () => {
    const page = await openRenamed('https://x.com/home', [
      { selector: '[data-testid^="tweetTextarea_"], [data-testid="tweetButtonInline"], [data-testid="tweetButton"]', attributes: ['data-testid'] },
    ]);
    await expectNoMatch(page, ['div[data-testid^="tweetTextarea_"]', '[data-testid="tweetButtonInline"]']);
    await page.getByRole('textbox', { name: 'Post text' }).click();
    await page.keyboard.type(DRAFT);
    await waitForCard(page, true);
    await page.keyboard.press('Control+Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posted(page)).toEqual([DRAFT]);
    await page.close();
  });

  it('Facebook: Lexical box without data-lexical-editor, "Post" without its aria-label; the feed comment still posts on Enter only after asking', async () => {
    const page = await openRenamed('https://www.facebook.com/', [
      { selector: '[data-lexical-editor]', attributes: ['data-lexical-editor'] },
      { selector: 'div[role="button"][aria-label="Post"]', attributes: ['aria-label'] },
    ]);
    await page.getByText("What's on your mind?").click();
    await page.locator('div[role="dialog"] [contenteditable="true"]').click();
    await expectNoMatch(page, ['[data-lexical-editor="true"]', 'div[role="dialog"] div[role="button"][aria-label="Post"]']);
    await warnsAndGuards(page, DRAFT, () => page.locator('div[role="dialog"] div[role="button"]', { hasText: /^Post$/ }).click());
    await page.locator('div[role="textbox"][aria-label="Write a comment…"]').click();
    await warnsAndGuards(page, 'bullshit, again', () => page.keyboard.press('Enter'));
    await page.close();
  });

  it('YouTube: comment box and Comment button without their ids', async () => {
    const page = await openRenamed('https://www.youtube.com/watch?v=council', [
      { selector: '#contenteditable-root, #submit-button', attributes: ['id'] },
    ]);
    await page.locator('#placeholder-area').click();
    await page.locator('ytd-comment-simplebox-renderer [contenteditable]').click();
    await expectNoMatch(page, ['#contenteditable-root', '#submit-button']);
    await warnsAndGuards(page, DRAFT, () => page.getByRole('button', { name: 'Comment', exact: true }).click());
    await page.close();
  });

  it('LinkedIn: Quill box without .ql-editor, Comment button without its class', async () => {
    const page = await openRenamed('https://www.linkedin.com/feed/', [
      { selector: '.ql-editor', className: 'ql-editor' },
      { selector: '.comments-comment-box__submit-button--cr', className: 'comments-comment-box__submit-button--cr' },
    ]);
    await page.locator('.comments-comment-box [contenteditable="true"]').click();
    await expectNoMatch(page, ['.ql-editor', '.comments-comment-box__submit-button--cr']);
    await warnsAndGuards(page, DRAFT, () => page.locator('.comments-comment-box button', { hasText: 'Comment' }).click());
    // The popup says this box is checked by the fallback, not by the LinkedIn adapter.
    await page.locator('.comments-comment-box [contenteditable="true"]').click();
    expect(await tabStatuses(lab)).toEqual([expect.objectContaining({ site: 'linkedin', fallback: true })]);
    // The messaging box still has its class: the adapter's, not the fallback's.
    await page.locator('.msg-form__contenteditable').click();
    expect(await tabStatuses(lab)).toEqual([expect.not.objectContaining({ fallback: true })]);
    await page.close();
  });

  it('Bluesky: publish button without its data-testid', async () => {
    const page = await openRenamed('https://bsky.app/', [{ selector: '[data-testid="composerPublishBtn"]', attributes: ['data-testid'] }]);
    await page.locator('div.ProseMirror').click();
    await expectNoMatch(page, ['[data-testid="composerPublishBtn"]']);
    await warnsAndGuards(page, DRAFT, () => page.getByRole('button', { name: 'Publish post', exact: true }).click());
    await page.close();
  });

  it('Mastodon: textarea and Post button without their classes', async () => {
    const page = await openRenamed('https://mastodon.social/home', [
      { selector: 'textarea', className: 'autosuggest-textarea__textarea' },
      { selector: '.compose-form__submit', className: 'compose-form__submit' },
    ]);
    await page.locator('form textarea').click();
    await expectNoMatch(page, ['textarea.autosuggest-textarea__textarea', '.compose-form__submit button']);
    await warnsAndGuards(page, DRAFT, () => page.getByRole('button', { name: 'Post', exact: true }).click());
    await page.close();
  });

  it('Threads: Lexical box without data-lexical-editor', async () => {
    const page = await openRenamed('https://www.threads.com/', [{ selector: '[data-lexical-editor]', attributes: ['data-lexical-editor'] }]);
    await page.locator('#open-composer').click();
    await page.locator('div[role="dialog"] [contenteditable="true"]').click();
    await expectNoMatch(page, ['[data-lexical-editor="true"]']);
    await warnsAndGuards(page, DRAFT, () => page.locator('div[role="dialog"] div[role="button"]', { hasText: /^Post$/ }).click());
    await page.close();
  });

  it('Reddit: Lexical comment box without data-lexical-editor', async () => {
    const page = await openRenamed('https://www.reddit.com/r/ElPaso/comments/council/', [
      { selector: '[data-lexical-editor]', attributes: ['data-lexical-editor'] },
    ]);
    await page.locator('shreddit-composer [contenteditable="true"]').first().click();
    await expectNoMatch(page, ['[data-lexical-editor="true"]']);
    await warnsAndGuards(page, DRAFT, () => page.locator('shreddit-composer button', { hasText: 'Comment' }).first().click());
    await page.close();
  });

  it('Nextdoor: comment box and its button without their data-testids', async () => {
    const page = await openRenamed('https://nextdoor.com/news_feed/', [
      { selector: '[data-testid="comment-add-reply-input"], [data-testid="inline-composer-reply-button"]', attributes: ['data-testid'] },
      { selector: 'form.comment-body-container', className: 'comment-body-container' },
    ]);
    await page.getByRole('textbox', { name: 'Add a comment…' }).click();
    await expectNoMatch(page, ['[data-testid="comment-add-reply-input"]', '[data-testid="inline-composer-reply-button"]', 'form.comment-body-container']);
    await warnsAndGuards(page, DRAFT, () => page.getByRole('button', { name: 'Comment', exact: true }).click());
    await page.close();
  });
});
