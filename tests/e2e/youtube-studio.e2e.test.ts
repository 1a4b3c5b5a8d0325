import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, highlightedTexts, launchLab, readCard, readCardFindings, type Lab } from './harness/browser';
import { posted, typeLines, waitForCard, waitForCardText } from './siteHelpers';

const TITLE = '#title-textarea div#textbox';
const DESCRIPTION = '#description-textarea div#textbox';

let lab: Lab;

beforeAll(async () => {
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

/** Opens the upload dialog (created on click) and puts the caret at the end of the field. */
async function openUpload(field: string): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://studio.youtube.com/channel/UCcity/videos/upload');
  await page.getByRole('button', { name: 'Upload videos' }).click();
  await page.locator(field).click();
  await page.keyboard.press('Control+End');
  return page;
}

describe('YouTube Studio upload: title and description (contenteditable div#textbox)', () => {
  it('the prefilled clean title shows nothing; a violating title is flagged', async () => {
    const page = await openUpload(TITLE);
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    await page.keyboard.type(' - what a bullshit vote');
    await waitForCard(page, true);
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit']);
    expect(await page.locator(TITLE).innerText()).toBe('council-meeting-nov - what a bullshit vote');
    await page.close();
  });

  it('flags the description separately ("Next" is never stopped)', async () => {
    const page = await openUpload(DESCRIPTION);
    await typeLines(page, ['Full meeting.', 'Questions? Call my cell (915) 555-2368']);
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Personal information']);
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.evaluate(() => (window as unknown as { nextClicks?: number }).nextClicks)).toBe(1);
    expect((await readCard(page)).text).not.toContain('Check before posting');
    await page.close();
  });

  it('stops the first "Publish"; after "Post anyway" publishes the exact title and description', async () => {
    const page = await openUpload(DESCRIPTION);
    const lines = ['Recording of the bullshit session 🎥', '', 'ñ — ¿sí?'];
    await typeLines(page, lines);
    await waitForCard(page, true);
    await page.getByRole('button', { name: 'Publish' }).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => posted(page)).toEqual(['council-meeting-nov', lines.join('\n')]);
    await page.close();
  });
});

describe('YouTube Studio comments: a reply box (ytcp-commentbox textarea, "Reply" #submit-button)', () => {
  const BOX = 'ytcp-commentbox textarea';
  const REPLY = 'ytcp-commentbox #submit-button button';

  /** Opens the Comments page and the reply box under the first comment (created on click). */
  async function openReply(): Promise<Page> {
    const page = await lab.context.newPage();
    await page.goto('https://studio.youtube.com/channel/UCcity/comments/inbox');
    await page.locator('ytcp-comment-thread').first().locator('#reply-button button').click();
    await page.locator(BOX).click();
    return page;
  }

  it('warns, stops the first "Reply" (Enter stays a new line), posts the exact text after "Post anyway"', async () => {
    const page = await openReply();
    const lines = ['Sorry, that contractor is full of bullshit 🙄', 'Call my coworker: (915) 555-2368 — ñ'];
    await typeLines(page, lines); // Enter is the textarea's own new line, never a post
    await waitForCard(page, true);
    await expect.poll(async () => (await readCardFindings(page)).map((f) => f.category)).toEqual(['Profanity', 'Personal information']);
    expect(await posted(page)).toEqual([]);
    await page.locator(REPLY).click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    expect(await page.locator(BOX).inputValue()).toBe(lines.join('\n'));
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.locator(REPLY).click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });

  it('a clean reply posts on the first click', async () => {
    const page = await openReply();
    await page.keyboard.type('The Mesa bike lanes open on March 3. Thanks for asking!');
    await page.locator(REPLY).click();
    await expect.poll(() => posted(page)).toEqual(['The Mesa bike lanes open on March 3. Thanks for asking!']);
    expect((await readCard(page)).text).not.toContain('Check before posting');
    await page.close();
  });
});

describe('YouTube Studio comments in Spanish: the send button has no #submit-button, only its name "Responder"', () => {
  it('warns, stops the first "Responder" (found by its name), posts the exact text after "Post anyway"', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://studio.youtube.com/channel/UCcity/comments/inbox?hl=es');
    await page.locator('ytcp-comment-thread').first().locator('#reply-button button').click();
    await page.locator('ytcp-commentbox textarea[placeholder="Añade una respuesta..."]').click();
    expect(await page.locator('ytcp-commentbox #submit-button').count()).toBe(0);
    const text = 'Ese contratista es un idiota, llame al (915) 555-2368';
    await page.keyboard.type(text);
    await waitForCard(page, true);
    const send = page.locator('ytcp-commentbox').getByRole('button', { name: 'Responder', exact: true });
    await send.click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await send.click();
    await expect.poll(() => posted(page)).toEqual([text]);
    await page.close();
  });
});
