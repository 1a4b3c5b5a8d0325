import { fakeBrowser } from '@webext-core/fake-browser';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_V1, type AskFirstDB } from '../../entrypoints/background/db';
import { createTranslate } from '../../components/i18n';
import { historyHandlers, purgeExpired, summarize, toCsv } from '../../entrypoints/background/history';
import { createSettingsStore, type StorageLike } from '../../entrypoints/background/settings';
import type { Decision } from '../../rules/schema';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 12);
const ORIGIN = 'chrome-extension://abc/';
const PAGE = { id: 'abc', url: `${ORIGIN}options.html` };

function decision(daysAgo: number, over: Partial<Decision> = {}): Decision {
  return { time: NOW - daysAgo * DAY, site: 'x', categories: ['profanity'], ruleIds: ['r'], action: 'edited', textHash: 'h', ...over };
}

let db: AskFirstDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});

async function handlers(historyDays = 90, uiLanguage = 'en-US') {
  const settings = createSettingsStore(fakeBrowser.storage as unknown as StorageLike);
  await settings.setUser({ historyDays });
  return historyHandlers({ db: async () => db, settings, extensionOrigin: ORIGIN, now: () => NOW, uiLanguage: () => uiLanguage });
}

describe('retention', () => {
  it('purges decisions and drafts older than historyDays and keeps the rest', async () => {
    await db.decisions.bulkAdd([decision(1), decision(29), decision(31), decision(400)]);
    await db.drafts.bulkAdd([
      { time: NOW - 2 * DAY, site: 'x', text: 'keep', findings: [] },
      { time: NOW - 45 * DAY, site: 'x', text: 'old', findings: [] },
    ]);
    expect(await purgeExpired(db, 30, NOW)).toBe(3);
    expect((await db.decisions.toArray()).map((d) => Math.round((NOW - d.time) / DAY))).toEqual([1, 29]);
    expect((await db.drafts.toArray()).map((d) => d.text)).toEqual(['keep']);
  });

  it('never shows an expired row: listHistory purges first', async () => {
    await db.decisions.bulkAdd([decision(3), decision(10)]);
    const h = await handlers(7);
    const page = await h.listHistory({}, PAGE);
    expect(page.decisions).toHaveLength(1);
    expect(await db.decisions.count()).toBe(1);
  });
});

describe('listHistory', () => {
  it('filters by site, action, category and date, newest first, with the site list', async () => {
    await db.decisions.bulkAdd([
      decision(5, { site: 'x', action: 'posted_anyway', categories: ['political'] }),
      decision(4, { site: 'facebook', action: 'cancelled', categories: ['profanity', 'slur'] }),
      decision(3, { site: 'x', action: 'edited', categories: ['profanity'] }),
      decision(1, { site: 'x', action: 'asked', categories: ['personal_info'] }),
    ]);
    const h = await handlers();
    const all = await h.listHistory({}, PAGE);
    expect(all.decisions.map((d) => d.action)).toEqual(['asked', 'edited', 'cancelled', 'posted_anyway']);
    expect(all.sites).toEqual(['facebook', 'x']);
    expect((await h.listHistory({ site: 'x' }, PAGE)).decisions).toHaveLength(3);
    expect((await h.listHistory({ category: 'profanity' }, PAGE)).decisions.map((d) => d.site)).toEqual(['x', 'facebook']);
    expect((await h.listHistory({ category: 'profanity', site: 'facebook' }, PAGE)).decisions).toHaveLength(1);
    expect((await h.listHistory({ action: 'posted_anyway' }, PAGE)).decisions).toHaveLength(1);
    expect((await h.listHistory({ since: NOW - 3.5 * DAY }, PAGE)).decisions.map((d) => d.action)).toEqual(['asked', 'edited']);
  });

  it('refuses callers that are not our own pages (a content script shares our id)', async () => {
    const h = await handlers();
    await expect(h.listHistory({}, { id: 'abc', url: 'https://x.com/home', tab: { id: 1 } })).rejects.toThrow(/own pages/);
    await expect(h.deleteHistory({}, { id: 'abc' })).rejects.toThrow(/own pages/);
  });
});

describe('summary', () => {
  it('counts prompts and each outcome; a pause is not a prompt', () => {
    const s = summarize([
      decision(1, { action: 'edited' }),
      decision(1, { action: 'edited' }),
      decision(1, { action: 'cancelled' }),
      decision(1, { action: 'posted_anyway' }),
      decision(1, { action: 'paused' }),
    ]);
    expect(s).toMatchObject({ prompts: 4, edited: 2, cancelled: 1, posted_anyway: 1, asked: 0, justified: 0, paused: 1 });
  });
});

describe('CSV export', () => {
  it('writes one quoted row per decision and defuses spreadsheet formulas', async () => {
    await db.decisions.bulkAdd([
      decision(1, { action: 'justified', reason: 'He said "ok", then left', categories: ['political', 'commercial'] }),
      decision(2, { action: 'posted_anyway', reason: '=HYPERLINK("http://evil")' }),
    ]);
    const h = await handlers();
    const out = await h.exportHistory({}, PAGE);
    expect(out.filename).toBe('ask-first-history-2026-11-22.csv');
    const lines = out.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Time (UTC),Site,Categories,Rule ids,What you did,Reason,Text fingerprint (SHA-256),Text');
    expect(lines[1]).toBe(`${new Date(NOW - DAY).toISOString()},x,Political activity; Commercial or fundraising,r,Posted with a reason,"He said ""ok"", then left",h,`);
    expect(lines[2]).toContain(`,Posted anyway,"'=HYPERLINK(""http://evil"")",`);
    expect(toCsv([], createTranslate('en'))).toBe('Time (UTC),Site,Categories,Rule ids,What you did,Reason,Text fingerprint (SHA-256),Text\r\n');
  });

  it('speaks the person’s language: the browser’s (es-MX) under "auto", or the one chosen', async () => {
    await db.decisions.add(decision(1, { action: 'justified', reason: 'Cita de un residente', categories: ['personal_info'] }));
    const spanish = (await (await handlers(90, 'es-MX')).exportHistory({}, PAGE)).csv.split('\r\n');
    expect(spanish[0]).toBe('Fecha y hora (UTC),Sitio,Categorías,Reglas (id),Lo que hizo,Motivo,Huella del texto (SHA-256),Texto');
    expect(spanish[1]).toBe(`${new Date(NOW - DAY).toISOString()},x,Información personal,r,Publicó con un motivo,Cita de un residente,h,`);
    const settings = createSettingsStore(fakeBrowser.storage as unknown as StorageLike);
    await settings.setUser({ language: 'en' });
    const chosen = historyHandlers({ db: async () => db, settings, extensionOrigin: ORIGIN, now: () => NOW, uiLanguage: () => 'es-MX' });
    expect((await chosen.exportHistory({}, PAGE)).csv).toMatch(/^Time \(UTC\),/);
  });
});

describe('delete', () => {
  it('delete-all empties decisions and drafts and says how many went', async () => {
    await db.decisions.bulkAdd([decision(1), decision(2)]);
    await db.drafts.add({ time: NOW, site: 'x', text: 'kept', findings: [] });
    const h = await handlers();
    expect(await h.deleteHistory({}, PAGE)).toEqual({ deleted: 3 });
    expect(await db.decisions.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  it('lists saved drafts newest first and deletes one', async () => {
    const older = await db.drafts.add({ time: NOW - DAY, site: 'x', text: 'older', findings: [] });
    await db.drafts.add({ time: NOW, site: 'x', text: 'newer', findings: [] });
    const h = await handlers();
    expect((await h.listDrafts({}, PAGE)).map((d) => d.text)).toEqual(['newer', 'older']);
    expect(await h.deleteDraft({ id: older! }, PAGE)).toEqual({ deleted: 1 });
    expect(await h.deleteDraft({ id: older! }, PAGE)).toEqual({ deleted: 0 });
    expect((await h.listDrafts({}, PAGE)).map((d) => d.text)).toEqual(['newer']);
  });
});

describe('Dexie upgrade from version 1', () => {
  it('keeps every row and adds the category index', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('upgrade-test', { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('decisions').bulkAdd([decision(1, { categories: ['slur', 'harassment'] }), decision(2, { categories: ['political'] })]);
    await v1.table('drafts').add({ time: NOW, site: 'x', text: 'saved before the upgrade', findings: [] });
    v1.close();

    const v2 = openDatabase({ indexedDB, IDBKeyRange }, 'upgrade-test');
    expect(await v2.decisions.count()).toBe(2);
    expect((await v2.decisions.where('categories').equals('harassment').toArray()).map((d) => d.categories)).toEqual([['slur', 'harassment']]);
    expect((await v2.drafts.toArray())[0]?.text).toBe('saved before the upgrade');
    expect(v2.verno).toBe(3); // opened at the newest version (v3 adds officialPosts: tests/unit/official.test.ts)
    v2.close();
  });
});
