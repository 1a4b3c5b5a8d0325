import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper
import { extensionId } from '../../scripts/extension-key.mjs';
import { clickInCard, highlightedTexts, launchLab, readCard, type Lab } from './harness/browser';
import { focusedTag, inCardShadow, readTable, setUserSettings, sha256, typeLines, waitForCardText } from './siteHelpers';

const COMPOSER = 'div[data-testid="tweetTextarea_0"]';
/** Debounce + round trip + render; generous for a loaded CI machine. */
const SETTLE_MS = 5_000;

let lab: Lab;

beforeAll(async () => {
  // The fixed manifest key gives the same id on every machine (managed policy is keyed by it).
  lab = await launchLab({ expectId: extensionId() });
});
afterAll(async () => {
  await lab?.close();
});

async function openX(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator(COMPOSER).click();
  return page;
}

async function waitForCard(page: Page, visible: boolean) {
  await expect.poll(async () => (await readCard(page)).visible, { timeout: SETTLE_MS }).toBe(visible);
  return readCard(page);
}

async function posted(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { postedTexts: string[] }).postedTexts);
}

describe('X composer (Draft.js) with the built extension', () => {
  it('flags profanity and a phone number, highlights them and cites the policy', async () => {
    const page = await openX();
    await page.keyboard.type('This council vote is bullshit. Call my coworker at (915) 555-2368 tonight');
    // The card appears while typing (after "bullshit"); wait for the check of the whole draft.
    await expect.poll(async () => (await readCard(page)).text, { timeout: SETTLE_MS }).toContain('III.A.5.c.1');
    const card = await readCard(page);

    expect(card.text).toContain('Before you post');
    expect(card.text).toContain('III.A.5.a'); // profanity
    expect(card.text).toContain('III.A.5.c.1'); // personal information
    expect(card.text).toContain('III.B.1'); // ask first
    expect(card.text).toContain('ask Human Resources or your management before you post');
    await expect.poll(() => highlightedTexts(page)).toEqual(['bullshit', '(915) 555-2368']);
    // A light site: a light card.
    expect(await inCardShadow<string>(page, `function () { return getComputedStyle(this.querySelector('.card')).backgroundColor; }`)).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('shows nothing for a clean draft', async () => {
    const page = await openX();
    await page.keyboard.type('Join us Saturday at the Scunthorpe Street library for the reading assessment fair!');
    // Wait past the debounce and a round trip, then require that nothing appeared.
    await page.waitForTimeout(800);
    expect((await readCard(page)).visible).toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('hides the card and the highlight once the draft is edited clean', async () => {
    const page = await openX();
    await page.keyboard.type('what the fuck');
    await waitForCard(page, true);
    for (let i = 0; i < 'fuck'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('heck');
    await waitForCard(page, false);
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('a long draft: the highlights follow edits and new findings, and the card follows the growing box', async () => {
    const page = await lab.context.newPage();
    // Tall enough that the box and the card below it both fit (else the card may sit on the box).
    await page.setViewportSize({ width: 1280, height: 2_600 });
    await page.goto('https://x.com/home');
    await page.locator(COMPOSER).click();
    // Longer than LIVE_LENGTH (timing.ts): checked after the quiet time, not at each keystroke.
    const filler = 'The library summer reading fair opens on Saturday at the main branch. '.repeat(32);
    await page.keyboard.insertText(`Council vote is bullshit. ${filler}`);
    await expect.poll(() => highlightedTexts(page), { timeout: SETTLE_MS }).toEqual(['bullshit']);
    await waitForCard(page, true);
    const boxRect = () => page.locator(COMPOSER).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const cardRect = () => inCardShadow<DOMRect>(page, `function () { return this.querySelector('.frame').getBoundingClientRect().toJSON(); }`);
    const apart = (a: DOMRect, b: DOMRect) => a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
    const before = await boxRect();

    // Typing after the finding, on new lines: the box grows; a new finding at the end.
    await page.keyboard.press('Control+End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    await page.keyboard.type('What the fuck');
    await expect.poll(() => highlightedTexts(page), { timeout: SETTLE_MS }).toEqual(['bullshit', 'fuck']);
    expect((await boxRect()).height).toBeGreaterThan(before.height);
    await expect.poll(async () => apart((await cardRect())!, await boxRect()), { timeout: SETTLE_MS }).toBe(true);

    // Typing before both: the drawn ranges still cover exactly the two words (never stale).
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('So: ');
    await page.waitForTimeout(600);
    expect(await highlightedTexts(page)).toEqual(['bullshit', 'fuck']);
    expect((await readCard(page)).visible).toBe(true);
    await page.close();
  });

  it('never alters the text: what Post submits is exactly what was typed', async () => {
    const page = await openX();
    const lines = ['Line one is bullshit 😅', '', 'Third line: call 915-555-2368 — ¿sí? ñandú'];
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await waitForCard(page, true);
    await clickInCard(page, 'button.primary'); // Edit: back to the draft, text untouched
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    const post = page.getByRole('button', { name: 'Post', exact: true });
    await post.click(); // stopped once: findings are open
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await post.click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });

  it('keeps the card out of reach of page scripts (closed shadow root)', async () => {
    const page = await openX();
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('ask-first-card');
      return { hostExists: host !== null, shadowRoot: host?.shadowRoot ?? null, text: host?.textContent ?? '' };
    });
    expect(seenByPage).toEqual({ hostExists: true, shadowRoot: null, text: '' });
    await page.close();
  });

  it('guards Ctrl+Enter and lets the same text through after "Post anyway"', async () => {
    const page = await openX();
    await page.keyboard.type('bullshit 🐦');
    await waitForCard(page, true);
    await page.keyboard.press('Control+Enter');
    await waitForCardText(page, 'Check before posting');
    await expect.poll(() => focusedTag(page)).toBe('ask-first-card');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => posted(page)).toEqual(['bullshit 🐦']);
    await page.close();
  });

  it('a clean draft posted right after typing is checked at once and posted untouched', async () => {
    const page = await openX();
    await page.keyboard.type('Library hours this week: 9 to 5 📚');
    await page.getByRole('button', { name: 'Post', exact: true }).click(); // within the debounce
    await expect.poll(() => posted(page)).toEqual(['Library hours this week: 9 to 5 📚']);
    expect((await readCard(page)).visible).toBe(false);
    await page.close();
  });

  it('checks thread items added later (tweetTextarea_1) and guards "Post" for the whole thread', async () => {
    const page = await openX();
    await page.keyboard.type('Thread about the library, part one');
    await page.getByRole('button', { name: 'Add thread item' }).click();
    await page.locator('div[data-testid="tweetTextarea_1"]').click();
    await page.keyboard.type('part two: my SSN is 219-45-6789');
    await waitForCard(page, true);
    const post = page.getByRole('button', { name: 'Post', exact: true });
    await post.click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await post.click();
    await expect.poll(() => posted(page)).toEqual(['Thread about the library, part one', 'part two: my SSN is 219-45-6789']);
    await page.close();
  });

  it('guards the reply dialog (tweetButton), posts after "Post anyway", and cleans up when it closes', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/home');
    await page.getByTestId('reply').click();
    const reply = page.locator('div[role="dialog"] div[data-testid="tweetTextarea_0"]');
    await reply.click();
    await typeLines(page, ['What a bullshit answer', 'Really.'], 'Enter');
    await waitForCard(page, true);
    await page.getByTestId('tweetButton').click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.getByTestId('tweetButton').click();
    await expect.poll(() => posted(page)).toEqual(['What a bullshit answer\nReally.']);
    // Replying closed the dialog: its composer left the page, and our highlight and card with it.
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => page.locator('ask-first-card').count()).toBe(0);
    await page.close();
  });

  it('page scripts cannot read the findings or press our buttons with synthetic events', async () => {
    const page = await openX();
    await page.keyboard.type('this is bullshit');
    await waitForCard(page, true);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await waitForCardText(page, 'Check before posting');
    const target = await inCardShadow<{ x: number; y: number }>(
      page,
      `function () { const r = this.querySelector('button[data-action="post-anyway"]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`,
    );
    // A hostile page script: looks for the card's content, then fires every synthetic event it can at it.
    const seen = await page.evaluate(({ x, y }) => {
      const host = document.querySelector<HTMLElement>('ask-first-card')!;
      const hit = document.elementFromPoint(x, y) as HTMLElement;
      for (const el of [hit, host]) {
        el.click();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
        el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, clientX: x, clientY: y }));
        for (const key of ['Enter', ' ', 'Escape']) el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      window.postMessage({ askFirst: 1, type: 'recordDecision', data: { site: 'x', text: 'x', action: 'posted_anyway' } }, '*');
      return { hitIsHost: hit === host, shadowRoot: host.shadowRoot, text: host.textContent, html: host.innerHTML };
    }, target!);
    expect(seen).toEqual({ hitIsHost: true, shadowRoot: null, text: '', html: '' });
    // Still asking; nothing was let through or logged.
    expect((await readCard(page)).text).toContain('Check before posting');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForTimeout(300);
    expect(await posted(page)).toEqual([]);
    const hash = await sha256('this is bullshit');
    expect((await readTable(lab, 'decisions')).filter((d) => d.textHash === hash && d.action === 'posted_anyway')).toEqual([]);
    await page.close();
  });

  it('reads the posting account from the page and marks an official account listed by IT', async () => {
    const page = await openX();
    await page.keyboard.type('bullshit');
    await waitForCard(page, true);
    expect((await readCard(page)).text).toContain('Posting as @CityOfElPasoTX');
    expect((await readCard(page)).text).not.toContain('Official City account');
    await page.close();

    await setUserSettings(lab, { officialAccounts: [{ site: 'x', handle: 'cityofelpasotx' }] });
    try {
      const official = await openX();
      await official.keyboard.type('bullshit');
      await waitForCard(official, true);
      expect((await readCard(official)).text).toMatch(/Posting as @CityOfElPasoTX\s*Official City account/);
      await official.close();
    } finally {
      await setUserSettings(lab, {});
    }
  });
});

describe('X at phone width (a plain textarea in the tweetTextarea_0 wrapper)', () => {
  it('warns, stops Ctrl+Enter and Post without covering the button, then posts the exact text', async () => {
    const page = await lab.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('https://x.com/home');
    const box = page.locator('textarea[data-testid="tweetTextarea_0"]');
    await box.click();
    const lines = ['Council vote = bullshit 📱', 'línea dos'];
    await typeLines(page, lines, 'Enter');
    await waitForCard(page, true);
    await page.keyboard.press('Control+Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    const post = page.getByRole('button', { name: 'Post', exact: true });
    await post.click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual([]);
    // The card is open and does not sit on the Post button: the real button is what a tap there hits.
    const b = (await post.boundingBox())!;
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-testid'), [b.x + b.width / 2, b.y + b.height / 2])).toBe(
      'tweetButtonInline',
    );
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await post.click();
    await expect.poll(() => posted(page)).toEqual([lines.join('\n')]);
    await page.close();
  });
});

describe('X Chat (/i/chat, textarea[data-testid="dm-composer-textarea"], Enter sends)', () => {
  it('stops Enter and the send button on a violating message; sends the exact text after "Post anyway"; a clean one goes at once', async () => {
    const page = await lab.context.newPage();
    await page.goto('https://x.com/i/chat/123-456');
    await page.locator('textarea[data-testid="dm-composer-textarea"]').click();
    await page.keyboard.type('See you at 5!');
    await page.keyboard.press('Enter'); // clean: sent on the first Enter
    await expect.poll(() => posted(page)).toEqual(['See you at 5!']);
    await page.keyboard.type('my SSN is 219-45-6789');
    await waitForCard(page, true);
    await page.keyboard.press('Enter');
    await waitForCardText(page, 'Check before posting');
    await page.keyboard.press('Escape');
    await page.getByTestId('dm-composer-send-button').click();
    await waitForCardText(page, 'Check before posting');
    expect(await posted(page)).toEqual(['See you at 5!']);
    await clickInCard(page, 'button[data-action="post-anyway"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page)).toEqual(['See you at 5!', 'my SSN is 219-45-6789']);
    await page.close();
  });
});
