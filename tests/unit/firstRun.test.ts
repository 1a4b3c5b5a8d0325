import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeHandlers, badgeText, type ActionLike } from '../../entrypoints/background/badge';
import { createFirstRun, FIRST_RUN_KEY, MANAGED_SETTLE_MS, WHATS_NEW_DAYS } from '../../entrypoints/background/install';
import { createPauseState } from '../../entrypoints/background/pause';
import { createSettingsStore, type StorageLike } from '../../entrypoints/background/settings';
import { VALIDATORS } from '../../rules/messages';

const ORIGIN = 'chrome-extension://abc/';
const PAGE = { id: 'abc', url: `${ORIGIN}welcome.html` };
const T0 = Date.UTC(2026, 10, 22, 6);
const quiet = { log: () => {} };

function setup(storage: StorageLike = fakeBrowser.storage as unknown as StorageLike, version = '1.2.0', now = () => T0) {
  const settings = createSettingsStore(storage, quiet);
  const pause = createPauseState(storage);
  const openTab = vi.fn(async () => undefined);
  const firstRun = createFirstRun({
    storage,
    settings,
    pause,
    openTab,
    pageUrl: (p) => `${ORIGIN}${p.slice(1)}`,
    version,
    extensionOrigin: ORIGIN,
    now,
  });
  return { ...firstRun, openTab, settings };
}

describe('first run: install and update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page on install, once, even when Chromium reports "install" again', async () => {
    const a = setup();
    await a.onInstalled({ reason: 'install' });
    expect(a.openTab).toHaveBeenCalledExactlyOnceWith(`${ORIGIN}welcome.html`);
    // A later start of the same profile (command-line load reports "install" each time).
    const b = setup();
    await b.onInstalled({ reason: 'install' });
    expect(b.openTab).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get(FIRST_RUN_KEY))[FIRST_RUN_KEY]).toEqual({ installedAt: T0, welcomeShown: true, version: '1.2.0' });
  });

  it('an update opens no tab and leaves a week of "what\'s new"; the same version leaves nothing', async () => {
    const first = setup(undefined, '1.2.0');
    await first.onInstalled({ reason: 'install' });
    const same = setup(undefined, '1.2.0');
    await same.onInstalled({ reason: 'update', previousVersion: '1.2.0' });
    expect(await same.handlers.getWhatsNew({}, PAGE)).toBeNull();

    let now = T0 + 1000;
    const next = setup(undefined, '1.3.0', () => now);
    await next.onInstalled({ reason: 'update', previousVersion: '1.2.0' });
    expect(next.openTab).not.toHaveBeenCalled();
    const until = T0 + 1000 + WHATS_NEW_DAYS * 86_400_000;
    expect(await next.handlers.getWhatsNew({}, PAGE)).toEqual({ version: '1.3.0', until });
    now = until - 1;
    expect(await next.handlers.getWhatsNew({}, PAGE)).not.toBeNull();
    now = until;
    expect(await next.handlers.getWhatsNew({}, PAGE)).toBeNull();
  });

  it('a version change seen as "install" (a reloaded unpacked build) counts as an update', async () => {
    await setup(undefined, '1.2.0').onInstalled({ reason: 'install' });
    const next = setup(undefined, '1.2.1');
    await next.onInstalled({ reason: 'install' });
    expect(next.openTab).not.toHaveBeenCalled();
    expect(await next.handlers.getWhatsNew({}, PAGE)).toMatchObject({ version: '1.2.1' });
  });

  it('an update from a version without this feature never opens the welcome page later', async () => {
    const next = setup(undefined, '1.3.0');
    await next.onInstalled({ reason: 'update', previousVersion: '1.0.0' });
    await next.onInstalled({ reason: 'install' });
    expect(next.openTab).not.toHaveBeenCalled();
  });

  it('"what\'s new" and the welcome state answer only our own pages', async () => {
    const a = setup();
    const contentScript = { id: 'abc', url: 'https://x.com/home', tab: { id: 3 } };
    await expect(a.handlers.getWhatsNew({}, contentScript)).rejects.toThrow(/own pages/);
    await expect(a.handlers.getWelcomeState({}, contentScript)).rejects.toThrow(/own pages/);
  });
});

describe('first run: is there a managed policy?', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('"none" only once the settle time after install has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let now = T0;
    const a = setup(undefined, '1.2.0', () => now);
    await a.onInstalled({ reason: 'install' });
    let answer: string | undefined;
    void Promise.resolve(a.handlers.getWelcomeState({}, PAGE)).then((s) => (answer = s.managed));
    await vi.advanceTimersByTimeAsync(MANAGED_SETTLE_MS - 100);
    expect(answer).toBeUndefined();
    now = T0 + MANAGED_SETTLE_MS;
    await vi.advanceTimersByTimeAsync(200);
    expect(answer).toBe('none');
  });

  it('"present" as soon as a late policy arrives (Chromium first answers {})', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The first read answers {}; a read after the change event answers from the (fake) browser.
    let calls = 0;
    const late: StorageLike = { ...(fakeBrowser.storage as unknown as StorageLike), managed: { get: async (k) => (calls++ ? fakeBrowser.storage.managed.get(k ?? null) : {}) } };
    const a = setup(late);
    await a.onInstalled({ reason: 'install' });
    let answer: Awaited<ReturnType<typeof a.handlers.getWelcomeState>> | undefined;
    void Promise.resolve(a.handlers.getWelcomeState({}, PAGE)).then((s) => (answer = s));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(answer).toBeUndefined();
    await fakeBrowser.storage.managed.set({ organization: { name: 'City of El Paso', contacts: [{ role: 'Human Resources' }] } });
    await vi.waitFor(() => expect(answer?.managed).toBe('present'));
    expect(answer!.view.managedKeys).toEqual(['organization']);
    expect(answer!.view.settings.organization.name).toBe('City of El Paso');
  });

  it('answers at once for a policy already there, and for an install long ago', async () => {
    await fakeBrowser.storage.managed.set({ packs: ['harlingen'] });
    expect((await setup().handlers.getWelcomeState({}, PAGE)).managed).toBe('present');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [FIRST_RUN_KEY]: { installedAt: T0 - MANAGED_SETTLE_MS, welcomeShown: true } });
    expect((await setup().handlers.getWelcomeState({}, PAGE)).managed).toBe('none');
  });
});

describe('toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  function badge(language: 'auto' | 'es' = 'auto') {
    const calls: unknown[] = [];
    const action: ActionLike = {
      setBadgeText: (d) => void calls.push(['text', d]),
      setTitle: (d) => void calls.push(['title', d]),
      setBadgeBackgroundColor: (d) => void calls.push(['color', d]),
    };
    const settings = { ready: Promise.resolve(), get: () => ({ ...createSettingsStore(fakeBrowser.storage as unknown as StorageLike, quiet).get(), language }) };
    return { calls, h: badgeHandlers({ action, settings, uiLanguage: () => 'en-US', extensionOrigin: ORIGIN }) };
  }
  const tab = { id: 'abc', url: 'https://x.com/home', tab: { id: 7 } };

  it('shows the focused draft\'s count on that tab, with a title in the person\'s language; nothing when clean', async () => {
    const { calls, h } = badge();
    await h.reportFindings({ findings: 2 }, tab);
    await h.reportFindings({ findings: 0 }, tab);
    expect(calls).toEqual([
      ['color', { color: '#a4161a' }],
      ['text', { tabId: 7, text: '2' }],
      ['title', { tabId: 7, title: 'Ask First: findings in this draft: 2' }],
      ['text', { tabId: 7, text: '' }],
      ['title', { tabId: 7, title: 'Ask First' }],
    ]);
    const es = badge('es');
    await es.h.reportFindings({ findings: 1 }, tab);
    expect(es.calls.at(-1)).toEqual(['title', { tabId: 7, title: 'Ask First: hallazgos en este borrador: 1' }]);
  });

  it('fits the badge: up to 99, then 99+', () => {
    expect([0, 1, 99, 100, 5000].map(badgeText)).toEqual(['', '1', '99', '99+', '99+']);
  });

  it('accepts reports from a tab only, and only whole counts', async () => {
    const { h } = badge();
    await expect(h.reportFindings({ findings: 1 }, PAGE)).rejects.toThrow(/from a tab/);
    await expect(h.reportFindings({ findings: 1 }, { id: 'abc' })).rejects.toThrow(/from a tab/);
    expect(VALIDATORS.reportFindings({ findings: 3 })).toEqual({ findings: 3 });
    for (const bad of [{}, { findings: -1 }, { findings: 1.5 }, { findings: '2' }, { findings: 2, text: 'x' }, null]) {
      expect(VALIDATORS.reportFindings(bad)).toMatch(/reportFindings/);
    }
  });
});

describe('setUserSettings: the welcome page\'s setup keys', () => {
  it('accepts packs, the organization\'s contacts and work e-mail domains', () => {
    const patch = {
      packs: ['harlingen'],
      organization: { name: '', contacts: [{ role: 'Public Affairs Office', email: 'pao@myharlingen.us' }] },
      workEmailDomains: ['myharlingen.us'],
    };
    expect(VALIDATORS.setUserSettings(patch)).toEqual(patch);
  });

  it.each([
    [{ packs: ['boston'] }, /packs/],
    [{ packs: ['harlingen', 'harlingen'] }, /packs/],
    [{ organization: { name: 'x', contacts: [{ name: 'no role' }] } }, /role/],
    [{ organization: { name: 'x', contacts: [{ role: 'HR', fax: '1' }] } }, /unknown field/],
    [{ organization: { name: 'x'.repeat(201), contacts: [] } }, /name/],
    [{ workEmailDomains: ['@elpasotexas.gov'] }, /domain/],
    [{ enforcement: 'warn' }, /not a user setting/],
  ])('rejects %j', (patch, why) => {
    expect(VALIDATORS.setUserSettings(patch)).toMatch(why);
  });
});

describe('setup never overrides the organization', () => {
  it('a managed organization cannot be replaced through setUserSettings; unmanaged setup keys can be set', async () => {
    fakeBrowser.reset();
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const { openDatabase } = await import('../../entrypoints/background/db');
    const { optionsHandlers } = await import('../../entrypoints/background/options');
    const storage = fakeBrowser.storage as unknown as StorageLike;
    const org = { name: 'City of El Paso', contacts: [{ role: 'Human Resources' }] };
    await fakeBrowser.storage.managed.set({ organization: org });
    const settings = createSettingsStore(storage, quiet);
    await settings.ready;
    const h = optionsHandlers({ settings, db: async () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }), pause: createPauseState(storage), extensionOrigin: ORIGIN });
    const mine = { name: '', contacts: [{ role: 'My friend' }] };
    await expect(h.setUserSettings({ organization: mine }, PAGE)).rejects.toThrow(/organization/);
    const view = await h.setUserSettings({ packs: ['harlingen'], workEmailDomains: ['elpasotexas.gov'] }, PAGE);
    expect(view.settings).toMatchObject({ organization: org, packs: ['harlingen'], workEmailDomains: ['elpasotexas.gov'] });
  });
});
