import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type AskFirstDB } from '../../entrypoints/background/db';
import { optionsHandlers, pausable, type ManagedInfo } from '../../entrypoints/background/options';
import { createPauseState, PAUSED_UNTIL_KEY, type PauseState } from '../../entrypoints/background/pause';
import { createSettingsStore, USER_SETTINGS_KEY, type SettingsStore, type StorageLike } from '../../entrypoints/background/settings';
import { VALIDATORS } from '../../rules/messages';

const NOW = Date.UTC(2026, 10, 22, 12);
const ORIGIN = 'chrome-extension://abc/';
const PAGE = { id: 'abc', url: `${ORIGIN}options.html` };
const storage = fakeBrowser.storage as unknown as StorageLike;

let db: AskFirstDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
});

async function setup(extra: ManagedInfo = {}, now = () => NOW) {
  const settings: SettingsStore & ManagedInfo = Object.assign(createSettingsStore(storage), extra);
  await settings.ready;
  const pause = createPauseState(storage);
  return { settings, pause, h: optionsHandlers({ settings, db: async () => db, pause, extensionOrigin: ORIGIN, now }) };
}

describe('settings view', () => {
  it('gives the effective settings, nothing managed, unlocked, not paused', async () => {
    const { h } = await setup();
    const view = await h.getSettingsView({}, PAGE);
    expect(view).toMatchObject({ managedKeys: [], invalid: [], locked: false, pausedUntil: 0 });
    expect(view.settings.historyDays).toBe(90);
    expect(view.settings.userMayPause).toBe(true);
  });

  it('reports managed keys and invalid managed values when the store knows them', async () => {
    const { h } = await setup({
      managedKeys: () => ['enforcement', 'organization'],
      problems: () => [{ key: 'historyDays', reason: 'must be a whole number of days', fallback: 90 }],
    });
    const view = await h.getSettingsView({}, PAGE);
    expect(view.managedKeys).toEqual(['enforcement', 'organization']);
    expect(view.invalid).toEqual([{ key: 'historyDays', reason: 'must be a whole number of days', fallback: '90' }]);
  });

  it('is locked when userMayChange is false, and refuses every change', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { userMayChange: false } });
    const { h } = await setup();
    expect((await h.getSettingsView({}, PAGE)).locked).toBe(true);
    await expect(h.setUserSettings({ language: 'es' }, PAGE)).rejects.toThrow(/does not allow/);
  });

  it('refuses to change a key the organization set', async () => {
    const { h, settings } = await setup({ managedKeys: () => ['allowTerms'] });
    await expect(h.setUserSettings({ allowTerms: ['damn'] }, PAGE)).rejects.toThrow(/allowTerms/);
    expect(settings.get().allowTerms).toEqual([]);
  });

  it('stores user changes through the store and returns the new view', async () => {
    const { h, settings } = await setup();
    const view = await h.setUserSettings({ language: 'es', categories: { political: { enabled: false } } }, PAGE);
    expect(view.settings.language).toBe('es');
    expect(settings.get().categories).toEqual({ political: { enabled: false } });
  });

  it('applies changes sent at the same time one after another, losing none', async () => {
    const { h, settings } = await setup();
    await Promise.all([
      h.setUserSettings({ allowTerms: ['damn'] }, PAGE),
      h.setUserSettings({ language: 'es' }, PAGE),
      h.setUserSettings({ historyDays: 7 }, PAGE),
    ]);
    expect(settings.get()).toMatchObject({ allowTerms: ['damn'], language: 'es', historyDays: 7 });
  });

  it('is for our own pages only', async () => {
    const { h } = await setup();
    await expect(h.getSettingsView({}, { id: 'abc', url: 'https://x.com/', tab: { id: 3 } })).rejects.toThrow(/own pages/);
  });
});

describe('try a draft', () => {
  it('runs the same engine with the current settings and stores nothing', async () => {
    const { h } = await setup();
    const out = await h.tryDraft({ text: 'this is bullshit, call (915) 555-2368' }, PAGE);
    expect(out.findings.map((f) => [f.category, f.excerpt])).toEqual([
      ['profanity', 'bullshit'],
      ['personal_info', '(915) 555-2368'],
    ]);
    await h.setUserSettings({ categories: { profanity: { enabled: false } } }, PAGE);
    expect((await h.tryDraft({ text: 'this is bullshit' }, PAGE)).findings).toEqual([]);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  it('follows the person’s allow-list at once', async () => {
    const { h } = await setup();
    expect((await h.tryDraft({ text: 'damn this traffic' }, PAGE)).findings).toHaveLength(1);
    await h.setUserSettings({ allowTerms: ['damn'] }, PAGE);
    expect((await h.tryDraft({ text: 'damn this traffic' }, PAGE)).findings).toEqual([]);
  });
});

describe('pause', () => {
  it('pauses checking for 10 minutes, logs it, and the draft check answers nothing meanwhile', async () => {
    let now = NOW;
    const { h, settings, pause } = await setup({}, () => now);
    const check = pausable({ evaluate: async () => ({ findings: [{} as never], truncated: false }) }, pause, () => now);
    expect((await check.evaluate({ site: 'x', text: 'a' }, PAGE)).findings).toHaveLength(1);

    expect(await h.pause({ site: 'x' }, PAGE)).toEqual({ pausedUntil: NOW + 10 * 60_000 });
    expect((await h.getSettingsView({}, PAGE)).pausedUntil).toBe(NOW + 10 * 60_000);
    expect((await check.evaluate({ site: 'x', text: 'a' }, PAGE)).findings).toEqual([]);
    expect(await db.decisions.toArray()).toMatchObject([{ action: 'paused', site: 'x', time: NOW }]);

    now = NOW + 10 * 60_000 + 1;
    expect((await check.evaluate({ site: 'x', text: 'a' }, PAGE)).findings).toHaveLength(1);
    expect((await h.getSettingsView({}, PAGE)).pausedUntil).toBe(0);
    expect(settings.get().userMayPause).toBe(true);
  });

  it('is refused when the organization does not allow pausing', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { userMayPause: false } });
    const { h } = await setup();
    await expect(h.pause({}, PAGE)).rejects.toThrow(/pausing/);
    expect((await fakeBrowser.storage.local.get(PAUSED_UNTIL_KEY))[PAUSED_UNTIL_KEY]).toBeUndefined();
    expect(await db.decisions.count()).toBe(0);
  });
});

describe('pause state', () => {
  it('reads a pause set before the worker started, and one set by another context', async () => {
    await fakeBrowser.storage.local.set({ [PAUSED_UNTIL_KEY]: NOW + 5_000 });
    const pause: PauseState = createPauseState(storage);
    await pause.ready;
    expect(pause.until(NOW)).toBe(NOW + 5_000);
    expect(pause.until(NOW + 5_000)).toBe(0);
    await fakeBrowser.storage.local.set({ [PAUSED_UNTIL_KEY]: NOW + 9_000 });
    await vi.waitFor(() => expect(pause.until(NOW)).toBe(NOW + 9_000));
  });
});

describe('setUserSettings validator', () => {
  it.each([
    [{ enforcement: 'warn' }, /not a user setting/],
    [{ userMayChange: true }, /not a user setting/],
    [{ historyDays: 0 }, /historyDays/],
    [{ historyDays: 2.5 }, /historyDays/],
    [{ categories: { nope: {} } }, /unknown category/],
    [{ categories: { political: { severity: 'fatal' } } }, /severity/],
    [{ allowTerms: [''] }, /allowTerms/],
    [{ customRules: [{ id: 'x', category: 'profanity', severity: 'caution', terms: ['a'], message: '' }] }, /user\./],
    [{ customRules: [{ id: 'user.1', category: 'profanity', severity: 'caution', pattern: 'a+', terms: ['a'], message: '' }] }, /organization/],
  ])('rejects %j', (patch, why) => {
    const out = VALIDATORS.setUserSettings(patch);
    expect(typeof out).toBe('string');
    expect(out).toMatch(why);
  });

  it('keeps a well-formed patch', () => {
    const patch = {
      language: 'es',
      historyDays: 30,
      allowTerms: ['damn'],
      categories: { political: { enabled: false, severity: 'info' } },
      customRules: [{ id: 'user.1', category: 'confidential', severity: 'caution', terms: ['Project Falcon'], message: 'mine' }],
    };
    expect(VALIDATORS.setUserSettings(patch)).toEqual(patch);
  });
});
