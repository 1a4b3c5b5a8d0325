import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../rules/schema';
import { axeViolations, tabTo } from './a11y';
import { launchLab, type Lab } from './harness/browser';

/** `npm run screenshots` refreshes the committed ones in docs/; a plain test run writes to test-results/. */
const SHOTS = fileURLToPath(new URL(process.env.UPDATE_SCREENSHOTS ? '../../docs/screenshots/' : '../../test-results/screenshots/', import.meta.url));
const DAY = 24 * 60 * 60 * 1000;

let lab: Lab;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  lab = await launchLab();
});
afterAll(async () => {
  await lab?.close();
});

const optionsUrl = () => `chrome-extension://${lab.extensionId}/options.html`;

async function openOptions(): Promise<Page> {
  const page = await lab.context.newPage();
  await page.goto(optionsUrl());
  await page.waitForSelector('#overview');
  return page;
}

/**
 * Seeds the history the way the in-page experience writes it: rows in the extension's
 * IndexedDB (same origin as the options page), once the background has opened its database.
 * (Opened from the page first, on a fresh profile, it raced the background's first open, which
 * waits for the settings: an empty database without the tables, and a promise that never settled.)
 */
async function seedHistory(page: Page): Promise<void> {
  type Runtime = { sendMessage(m: unknown): Promise<unknown> };
  const listed = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime.sendMessage({ askFirst: 1, type: 'listHistory', data: {} }),
  );
  expect(listed, 'the background answered listHistory (its database is open)').toHaveProperty('decisions');
  const now = Date.now();
  const decisions: Decision[] = [
    { time: now - 3 * DAY, site: 'x', categories: ['profanity'], ruleIds: ['el-paso.profanity.strong'], action: 'edited', textHash: 'a1' },
    { time: now - 2 * DAY, site: 'facebook', categories: ['personal_info'], ruleIds: ['el-paso.personal_info.phone'], action: 'cancelled', textHash: 'b2' },
    { time: now - DAY, site: 'x', categories: ['profanity'], ruleIds: ['el-paso.profanity.strong'], action: 'posted_anyway', reason: 'Quoting a resident', textHash: 'c3' },
    { time: now - 3600_000, site: 'x', categories: ['personal_info'], ruleIds: ['el-paso.personal_info.ssn'], action: 'asked', textHash: 'd4' },
  ];
  const draft = { time: now - 3600_000, site: 'x', text: 'Can I share the new budget numbers before Tuesday’s council meeting?', findings: [] };
  await page.evaluate(
    ({ decisions, draft }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ask-first');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          try {
            const tx = open.result.transaction(['decisions', 'drafts'], 'readwrite');
            for (const d of decisions) tx.objectStore('decisions').add(d);
            tx.objectStore('drafts').add(draft);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          } catch (error) {
            reject(error); // at once, not a 60 s timeout
          }
        };
      }),
    { decisions, draft },
  );
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe('options page in Chromium (built extension)', () => {
  it('shows every section and the seeded history; axe finds no WCAG 2.1 AA violation, light and dark', async () => {
    const page = await openOptions();
    await seedHistory(page);
    await page.reload();
    await page.waitForSelector('table.decisions');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual(['Overview', 'Rules', 'Where Ask First checks', 'Try a draft', 'My words', 'History', 'Check past posts', 'Organization settings', 'Privacy', 'Language']);
    expect(await page.locator('table.decisions tbody tr').count()).toBe(4);
    expect(await page.locator('[data-key="prompts"] .count').textContent()).toBe('4');
    expect(await page.locator('.drafts').textContent()).toContain('budget numbers');

    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}options-en-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}options-en-dark.png` });
    await page.locator('#history').screenshot({ path: `${SHOTS}options-history-en-dark.png` });
    await page.close();
  });

  it('Try a draft, by keyboard only: highlights and the same finding card; axe clean with findings shown', async () => {
    const page = await openOptions();
    await page.emulateMedia({ colorScheme: 'light' });
    await tabTo(page, /^textarea\|/);
    await page.keyboard.type('This is bullshit. Call Dana at (915) 555-2368 tonight');
    await tabTo(page, /^button\|.*Check draft/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('mark.hl');
    expect(await page.locator('mark.hl').allTextContents()).toEqual(['bullshit', '(915) 555-2368']);
    const card = await page.locator('.try-result .card').innerText();
    expect(card).toContain('III.A.5.a');
    expect(card).toContain('III.B.1');
    await expectNoAxeViolations(page);
    await page.locator('#try').screenshot({ path: `${SHOTS}options-try-en-light.png` });
    // The card's Edit returns to the draft.
    await tabTo(page, /^button\|\|\|Edit$/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('try-text');
    await page.close();
  });

  it('Rules, My words and Privacy by keyboard: changes are saved and change what is found', async () => {
    const page = await openOptions();
    // Turn profanity off with the switch (Space toggles a checkbox).
    await tabTo(page, /Check for Profanity/);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-category="profanity"] input[role="switch"]').isChecked()).toBe(false);
    // Allow a word.
    await tabTo(page, /^input\|\|Word or phrase to allow/);
    await page.keyboard.type('Amistad');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.terms li >> text=Amistad');
    // Export by keyboard, then import a file. The file input is reached by Tab; what Enter on
    // a native file input does is the browser's own behaviour (and racy to observe through the
    // file-chooser interception), so the file is handed to the focused input directly.
    await tabTo(page, /^button\|.*Export my words/);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(exported).toEqual({ askFirstWords: 1, allowTerms: ['Amistad'], extraTerms: [] });
    await tabTo(page, /^input\|\|Import words from a file/);
    await page.locator('input[type="file"]:focus').setInputFiles({
      name: 'words.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ askFirstWords: 1, allowTerms: ['Ascarate'], extraTerms: [{ term: 'Project Falcon', category: 'confidential' }] })),
    });
    await page.waitForSelector('text=Words imported.');
    await page.waitForSelector('.terms li >> text=Ascarate');
    await page.waitForSelector('.terms li >> text=Project Falcon');
    // Retention days.
    await tabTo(page, /^input\|\|Keep my history for/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=local database for 30 days');

    // Reload: the background kept all three, and the draft check follows them.
    await page.reload();
    await page.waitForSelector('#overview');
    expect(await page.locator('[data-category="profanity"] input[role="switch"]').isChecked()).toBe(false);
    await page.fill('#try-text', 'This is bullshit, call (915) 555-2368');
    await page.click('text=Check draft');
    await page.waitForSelector('mark.hl');
    expect(await page.locator('mark.hl').allTextContents()).toEqual(['(915) 555-2368']);

    // Turn it back on for the other tests.
    await page.locator('[data-category="profanity"] input[role="switch"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-category="profanity"] input[role="switch"]').isChecked()).toBe(true);
    await page.close();
  });

  it('My city is not listed, by keyboard: import a policy file, then remove it after confirming', async () => {
    const page = await openOptions();
    await tabTo(page, /^summary\|.*Change your setup/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^input\|\|Policy file/);
    await page.locator('input[type="file"]:focus').setInputFiles({
      name: 'springfield.policy.json',
      mimeType: 'application/json',
      buffer: readFileSync('docs/examples/springfield.policy.json'),
    });
    await page.waitForSelector('text=Policy in use: City of Springfield Social Media Policy.');
    await expect.poll(() => page.locator('#overview').textContent()).not.toMatch(/El Paso|Harlingen/);
    // Remove: asked once more (focus on the answer), then the built-in policies again.
    await tabTo(page, /^button\|.*Remove imported policy/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Ask First will cite the built-in policies again');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Remove');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Imported policy removed.');
    await page.reload();
    await page.waitForSelector('#overview');
    await expect.poll(() => page.locator('#overview').textContent()).toMatch(/El Paso/);
    expect(await page.locator('#overview').textContent()).not.toMatch(/Springfield/);
    await page.close();
  });

  it('History by keyboard: jump there from the navigation, filter, export CSV, then delete everything after confirming', async () => {
    const page = await openOptions();
    await page.waitForSelector('table.decisions');
    await tabTo(page, /^a\|\|\|History$/);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#history');
    // The next Tab lands inside the History section.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('history');
    const before = await page.locator('table.decisions tbody tr').count();
    expect(before).toBeGreaterThan(0);
    await tabTo(page, /^select\|\|What you did/);
    // Keyboard choice in a closed select: arrow keys change the value (Chromium on Linux).
    await page.keyboard.press('ArrowDown'); // Edited the post
    await expect.poll(() => page.locator('table.decisions tbody tr').count()).toBe(1);
    await page.keyboard.press('ArrowUp'); // All
    await expect.poll(() => page.locator('table.decisions tbody tr').count()).toBe(before);

    // Export by keyboard: a CSV download made on this machine from the local log.
    await tabTo(page, /^button\|.*Export as CSV/);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ask-first-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await file.path())!);
    // UTF-8 with a byte-order mark, so Excel on Windows keeps the accents.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('Time (UTC),Site,Categories,Rule ids,What you did,Reason,Text fingerprint (SHA-256),Text');
    expect(csv).toHaveLength(before + 1);

    await tabTo(page, /^button\|.*Delete all my history/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^button\|.*Yes, delete everything/, 5);
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=No decisions recorded.');
    await page.waitForSelector('text=No saved drafts.');
    await page.close();
  });

  it('Language by keyboard: Spanish everywhere, axe clean; screenshots in Spanish, light and dark', async () => {
    const page = await openOptions();
    await seedHistory(page);
    await page.reload();
    await page.waitForSelector('table.decisions');
    await tabTo(page, /^select\|\|Language of Ask First/);
    await page.keyboard.press('End'); // Español
    await page.waitForSelector('h1:text("Ask First: qué se revisa y por qué")');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Resumen', 'Reglas', 'Dónde revisa Ask First', 'Pruebe un borrador', 'Mis palabras', 'Historial', 'Revisar publicaciones anteriores', 'Configuración de la organización', 'Privacidad', 'Idioma',
    ]);
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}options-es-light.png` });
    // Independent of the earlier tests: profanity checks are on.
    const profanity = page.locator('[data-category="profanity"] input[role="switch"]');
    if (!(await profanity.isChecked())) await profanity.check();
    await page.fill('#try-text', 'Qué pendejo. Llame al 915-555-2368');
    await page.click('button.primary:text("Revisar borrador")');
    await page.waitForSelector('mark.hl');
    // The engine's messages follow the page's language.
    expect(await page.locator('.try-result .message').first().textContent()).toMatch(/^Lenguaje grosero/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}options-es-dark.png` });
    await page.locator('#try').screenshot({ path: `${SHOTS}options-try-es-dark.png` });

    // The history export speaks Spanish too, in UTF-8 with a byte-order mark.
    const download = page.waitForEvent('download');
    await page.click('button:text("Exportar como CSV")');
    const bytes = readFileSync((await (await download).path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(csv[0]).toBe('Fecha y hora (UTC),Sitio,Categorías,Reglas (id),Lo que hizo,Motivo,Huella del texto (SHA-256),Texto');
    expect(csv.join('\n')).toContain('Publicó de todos modos,Quoting a resident');

    // Back to automatic (the browser's language is English here).
    await page.locator('#language-select').focus();
    await page.keyboard.press('Home');
    await page.waitForSelector('h1:text("Ask First: what is checked and why")');
    await page.close();
  });
  it('Check past posts by keyboard: a generated CSV is checked in the worker, filtered and saved as HTML; axe clean', async () => {
    const page = await openOptions();
    const rows = ['date,text,url', '2024-05-03,Road closures on Mesa St this weekend.,', '2024-05-04,This council vote is total bullshit.,https://example.org/p/2'];
    for (let i = 0; i < 1500; i++) rows.push(`2024-04-${String((i % 28) + 1).padStart(2, '0')},Parks update number ${i},`);
    rows.push('2024-03-01,Call my coworker at (915) 555-2368 about it,');
    await page.focus('#audit-heading');
    await tabTo(page, /^input\|\|Account export file/);
    await page.locator('#audit input[type="file"]:focus').setInputFiles({ name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.waitForSelector('#audit [role="status"]:text("1,503 posts checked; 2 flagged.")');
    expect(await page.locator('#audit table').first().textContent()).toMatch(/Profanity1.*Personal information1|Personal information1.*Profanity1/);
    expect(await page.locator('#audit .audit-post mark').allTextContents()).toEqual(['bullshit', '(915) 555-2368']);
    expect(await page.locator('#audit .audit-post a').getAttribute('href')).toBe('https://example.org/p/2');

    await page.locator('#audit select').selectOption('personal_info');
    expect(await page.locator('#audit .audit-post').count()).toBe(1);
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.click('button:text("Save as a web page (HTML)")');
    const html = readFileSync((await (await download).path())!, 'utf8');
    expect(html).toContain('<mark title="Profanity">bullshit</mark>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    await page.locator('#audit').screenshot({ path: `${SHOTS}options-audit-en.png` });
    await page.close();
  });
});
