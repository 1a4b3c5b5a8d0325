import { fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../components/FindingCard';
import { createTranslate } from '../../components/i18n';
import { describeValue, OrgSettings } from '../../components/OrgSettings';
import { openDatabase, SCHEMA_V2 } from '../../entrypoints/background/db';
import { evaluateHandlers } from '../../entrypoints/background/evaluate';
import { officialHandlers, toOfficialCsv } from '../../entrypoints/background/official';
import { createSettingsStore, USER_SETTINGS_KEY, type StorageAreaLike, type StorageLike } from '../../entrypoints/background/settings';
import { validatePolicy } from '../../rules/settings';
import { VALIDATORS } from '../../rules/messages';
import { duringDutyHours, remindersFor } from '../../rules/reminders';
import { BUILT_IN_PACKS, PACKS } from '../../rules/packs';
import { activePacks, reminderPacks } from '../../rules/policy/cited';
import { DEFAULT_SETTINGS, type DutyHours } from '../../rules/schema';

const storage = fakeBrowser.storage as unknown as StorageLike;
const ORIGIN = 'chrome-extension://abc/';
const PAGE = { id: 'abc', url: `${ORIGIN}options.html` };
const TAB = (id: number) => ({ id: 'abc', url: 'https://x.com/home', tab: { id, url: 'https://x.com/home' } });
const NOW = Date.UTC(2026, 10, 22, 12);

beforeEach(() => fakeBrowser.reset());

async function store(user: Record<string, unknown> = {}) {
  await storage.local.set({ [USER_SETTINGS_KEY]: user });
  const settings = createSettingsStore(storage);
  await settings.ready;
  return settings;
}

describe('duty hours (El Paso III.A.3.b)', () => {
  const weekdays: DutyHours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' };
  // Local times: new Date(y, m, d, h, min); 2026-11-23 is a Monday.
  it.each([
    [new Date(2026, 10, 23, 8, 0), true],
    [new Date(2026, 10, 23, 16, 59), true],
    [new Date(2026, 10, 23, 17, 0), false],
    [new Date(2026, 10, 23, 7, 59), false],
    [new Date(2026, 10, 22, 12, 0), false], // Sunday
  ])('weekdays 08:00–17:00 at %s: %s', (when, during) => {
    expect(duringDutyHours(weekdays, when)).toBe(during);
  });

  it('a night shift belongs to the day it starts on', () => {
    const nights: DutyHours = { days: ['fri'], start: '22:00', end: '06:00' };
    expect(duringDutyHours(nights, new Date(2026, 10, 27, 23, 0))).toBe(true); // Friday night
    expect(duringDutyHours(nights, new Date(2026, 10, 28, 5, 0))).toBe(true); // Saturday early, Friday's shift
    expect(duringDutyHours(nights, new Date(2026, 10, 28, 23, 0))).toBe(false); // Saturday night
  });

  it('is off by default, and official accounts get the records note instead', () => {
    const monday = new Date(2026, 10, 23, 10);
    expect(remindersFor({ dutyHours: DEFAULT_SETTINGS.dutyHours, now: monday, packs: BUILT_IN_PACKS })).toEqual([]);
    expect(remindersFor({ identity: 'personal', dutyHours: weekdays, now: monday, packs: BUILT_IN_PACKS }).map((r) => r.id)).toEqual(['duty_hours']);
    expect(remindersFor({ identity: 'official', dutyHours: weekdays, now: monday, packs: BUILT_IN_PACKS })).toEqual([
      { id: 'official_record', citation: expect.objectContaining({ pack: 'el-paso', section: 'III.A.5.c.6' }) },
    ]);
    // Cited where the active policy says so: a policy without the section gives no reminder.
    expect(remindersFor({ identity: 'official', dutyHours: weekdays, now: monday, packs: [PACKS.harlingen] })).toEqual([]);
    // A city's own policy cites itself, as a whole; the built-in packs cite El Paso even under Harlingen alone.
    const city = activePacks({ packs: [], cityPolicy: { id: 'springfield', name: { en: 'Springfield Policy', es: 'Política de Springfield' }, source: { en: 'AR 4.12', es: 'AR 4.12' }, categories: {} } });
    expect(remindersFor({ identity: 'official', dutyHours: weekdays, now: monday, packs: reminderPacks(city) })).toEqual([{ id: 'official_record', citation: expect.objectContaining({ pack: 'springfield', section: '' }) }]);
    expect(remindersFor({ identity: 'official', dutyHours: weekdays, now: monday, packs: reminderPacks([PACKS.harlingen]) })[0]?.citation.pack).toBe('el-paso');
  });
});

describe('managed keys for official accounts', () => {
  it('accepts valid values', () => {
    const r = validatePolicy({
      politicalDomains: ['votejanedoe.com', 'votejanedoe.com'],
      politicalAccounts: [{ site: 'x', handle: '@VoteJaneDoe' }],
      dutyHours: { days: ['mon', 'fri'], start: '07:30', end: '16:00' },
      keepOfficialPosts: true,
    });
    expect(r.problems).toEqual([]);
    expect(r.policy).toEqual({
      politicalDomains: ['votejanedoe.com'],
      politicalAccounts: [{ site: 'x', handle: '@VoteJaneDoe' }],
      dutyHours: { days: ['mon', 'fri'], start: '07:30', end: '16:00' },
      keepOfficialPosts: true,
    });
  });

  it('reports clear problems and falls back to safe defaults', () => {
    const r = validatePolicy({
      politicalDomains: ['https://actblue.com/x', 'ok.org'],
      politicalAccounts: [{ site: 'x' }],
      dutyHours: { days: ['monday'], start: '8', end: '17:00' },
      keepOfficialPosts: 'yes',
    });
    expect(r.policy).toEqual({ politicalDomains: ['ok.org'], politicalAccounts: [] });
    expect(r.problems.map((p) => `${p.key}: ${p.reason} → ${p.fallback}`)).toEqual([
      'politicalDomains[0]: "https://actblue.com/x" is not a domain name → item skipped',
      'politicalAccounts[0]: missing "handle" → item skipped',
      'dutyHours.days[0]: "monday" is not one of sun, mon, tue, wed, thu, fri, sat → item skipped',
      'dutyHours: "start": "8" is not a 24-hour time like 08:00 → {"days":[],"start":"08:00","end":"17:00"}',
      'keepOfficialPosts: expected true or false, got string "yes" → false',
    ]);
    expect(validatePolicy({ dutyHours: { days: ['mon'], start: '25:00', end: '17:00' } }).problems[0]?.reason).toBe('"start": "25:00" is not a 24-hour time like 08:00');
    expect(validatePolicy({ dutyHours: { days: ['mon'], start: '09:00', end: '09:00' } }).problems[0]?.reason).toBe('"start" and "end" are the same time');
  });

  it('are listed under Organization settings when IT sets them', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      politicalDomains: ['votejanedoe.com'],
      politicalAccounts: [{ site: 'x', handle: '@VoteJaneDoe' }],
      dutyHours: { days: ['mon' as const], start: '08:00', end: '17:00' },
      keepOfficialPosts: true,
    };
    const managedKeys = ['politicalDomains', 'politicalAccounts', 'dutyHours', 'keepOfficialPosts'] as const;
    const { container } = render(<OrgSettings t={createTranslate('en')} view={{ settings, managedKeys: [...managedKeys], invalid: [], locked: false, pausedUntil: 0 }} />);
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Political and campaign sites', '1 item'],
      ['Political pages and channels', '1 item'],
      ['Duty hours', 'mon, 08:00–17:00'],
      ['Keep official posts', 'yes'],
    ]);
  });

  it('shows duty hours readably on the options page', () => {
    const t = createTranslate('es');
    expect(describeValue('dutyHours', DEFAULT_SETTINGS, t)).toBe('Desactivado');
    expect(describeValue('dutyHours', { ...DEFAULT_SETTINGS, dutyHours: { days: ['mon', 'tue'], start: '08:00', end: '17:00' } }, t)).toBe('mon tue, 08:00–17:00');
  });
});

describe('protocol', () => {
  it('evaluate takes an optional identity and rejects others', () => {
    expect(VALIDATORS.evaluate({ site: 'x', text: 'hi', identity: 'official' })).toEqual({ site: 'x', text: 'hi', identity: 'official' });
    expect(VALIDATORS.evaluate({ site: 'x', text: 'hi' })).toEqual({ site: 'x', text: 'hi' });
    expect(VALIDATORS.evaluate({ site: 'x', text: 'hi', identity: 'mayor' })).toBe('evaluate: bad identity');
  });

  it('checks the identity and official-post messages', () => {
    expect(VALIDATORS.setPostingIdentity({ site: 'x', identity: 'personal' })).toEqual({ site: 'x', identity: 'personal' });
    expect(VALIDATORS.setPostingIdentity({ site: 'x', identity: true })).toBe('setPostingIdentity: bad identity');
    expect(VALIDATORS.getPostingIdentity({})).toBe('getPostingIdentity: bad site');
    expect(VALIDATORS.keepOfficialPost({ site: 'x', text: 'Road closed', handle: '@City' })).toEqual({ site: 'x', text: 'Road closed', handle: '@City' });
    expect(VALIDATORS.keepOfficialPost({ site: 'x', text: 'x'.repeat(100_001) })).toBe('keepOfficialPost: bad text');
    expect(VALIDATORS.exportOfficialPosts({ a: 1 })).toMatch(/empty object/);
  });
});

describe('evaluate handler: identity and reminders', () => {
  it('applies official-account rules and adds the records note; duty hours for personal posts', async () => {
    const settings = await store({ dutyHours: { days: ['mon'], start: '08:00', end: '17:00' } });
    const h = evaluateHandlers(settings, () => new Date(2026, 10, 23, 9)); // a Monday, 9:00
    const official = await h.evaluate({ site: 'x', text: 'Give at https://actblue.com/x', identity: 'official' }, {});
    expect(official.findings.map((f) => [f.ruleId, f.severity])).toEqual([['official.political_link', 'violation']]);
    expect(official.reminders?.map((r) => r.id)).toEqual(['official_record']);
    const personal = await h.evaluate({ site: 'x', text: 'Nice weather', identity: 'personal' }, {});
    expect(personal).toEqual({ findings: [], truncated: false, reminders: [expect.objectContaining({ id: 'duty_hours' })] });
    expect(await h.evaluate({ site: 'x', text: '   ' }, {})).toEqual({ findings: [], truncated: false });
  });
});

describe('official posts and posting identity (background)', () => {
  const setup = async (user: Record<string, unknown> = {}) => {
    const settings = await store(user);
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const session = fakeBrowser.storage.session as unknown as StorageAreaLike;
    return { db, h: officialHandlers({ db: async () => db, settings, session, extensionOrigin: ORIGIN, now: () => NOW }) };
  };

  it('remembers the identity per tab and site', async () => {
    const { h } = await setup();
    expect(await h.getPostingIdentity({ site: 'facebook' }, TAB(1))).toEqual({ identity: null });
    await h.setPostingIdentity({ site: 'facebook', identity: 'official' }, TAB(1));
    expect(await h.getPostingIdentity({ site: 'facebook' }, TAB(1))).toEqual({ identity: 'official' });
    expect(await h.getPostingIdentity({ site: 'facebook' }, TAB(2))).toEqual({ identity: null });
    expect(await h.getPostingIdentity({ site: 'x' }, TAB(1))).toEqual({ identity: null });
    await expect(h.getPostingIdentity({ site: 'x' }, PAGE)).rejects.toThrow(/per tab/);
  });

  it('keeps official posts only when IT enables it', async () => {
    const off = await setup();
    expect(await off.h.keepOfficialPost({ site: 'x', text: 'Road closed on Main' }, TAB(1))).toEqual({ kept: false });
    expect(await off.db.officialPosts.count()).toBe(0);

    const on = await setup({ keepOfficialPosts: true });
    expect(await on.h.keepOfficialPost({ site: 'x', text: 'Road closed on Main', handle: '@City' }, TAB(1))).toEqual({ kept: true });
    expect(await on.h.keepOfficialPost({ site: 'x', text: '  ' }, TAB(1))).toEqual({ kept: false });
    expect(await on.h.listOfficialPosts({}, PAGE)).toEqual([{ id: 1, time: NOW, site: 'x', handle: '@City', text: 'Road closed on Main' }]);
    await expect(on.h.listOfficialPosts({}, TAB(1))).rejects.toThrow(/own pages/);
    const x = await on.h.exportOfficialPosts({}, PAGE);
    expect(x.filename).toBe('ask-first-official-posts-2026-11-22.csv');
    // A cell starting with @ is kept as text in spreadsheets (no formula).
    expect(x.csv).toBe("Time (UTC),Site,Account,Text\r\n2026-11-22T12:00:00.000Z,x,'@City,Road closed on Main\r\n");
  });

  it('exports with headers in the person’s language', async () => {
    const es = await setup({ keepOfficialPosts: true, language: 'es' });
    await es.h.keepOfficialPost({ site: 'x', text: 'Cierre de la calle Main' }, TAB(1));
    expect((await es.h.exportOfficialPosts({}, PAGE)).csv.split('\r\n')[0]).toBe('Fecha y hora (UTC),Sitio,Cuenta,Texto');
  });

  it('quotes CSV cells and defuses formulas', () => {
    expect(toOfficialCsv([{ time: NOW, site: 'x', text: '=HYPERLINK("a"),\nb' }], createTranslate('en'))).toBe(
      'Time (UTC),Site,Account,Text\r\n2026-11-22T12:00:00.000Z,x,,"\'=HYPERLINK(""a""),\nb"\r\n',
    );
  });
});

describe('Dexie upgrade from version 2 to 3', () => {
  it('keeps decisions and drafts and adds officialPosts', async () => {
    const indexedDB = new IDBFactory();
    const v2 = new Dexie('v2-to-v3', { indexedDB, IDBKeyRange });
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('decisions').add({ time: 1, site: 'x', categories: ['political'], ruleIds: ['r'], action: 'edited', textHash: 'h' });
    await v2.table('drafts').add({ time: 2, site: 'x', text: 'kept draft', findings: [] });
    v2.close();

    const v3 = openDatabase({ indexedDB, IDBKeyRange }, 'v2-to-v3');
    expect(await v3.decisions.where('categories').equals('political').count()).toBe(1);
    expect((await v3.drafts.toArray()).map((d) => d.text)).toEqual(['kept draft']);
    expect(await v3.officialPosts.count()).toBe(0);
    await v3.officialPosts.add({ time: 3, site: 'x', text: 'official' });
    expect((await v3.officialPosts.where('site').equals('x').toArray()).map((p) => p.text)).toEqual(['official']);
    expect(v3.verno).toBe(3);
    v3.close();
  });
});

describe('the card’s posting identity switch and reminders', () => {
  it('offers "I’m posting as the City" where the page does not show the account, and reports changes', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <FindingCard findings={[]} t={createTranslate('en')} onEdit={() => {}} onClose={() => {}} identity={{ value: null, onChange }} />,
    );
    const toggle = screen.getByRole('switch', { name: 'I’m posting as the City' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('aria-describedby')).toBe('ask-first-identity-help');
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
    rerender(
      <FindingCard
        findings={[]}
        t={createTranslate('es')}
        onEdit={() => {}}
        onClose={() => {}}
        identity={{ value: 'official', onChange }}
        reminders={remindersFor({ identity: 'official', dutyHours: DEFAULT_SETTINGS.dutyHours, now: new Date(), packs: BUILT_IN_PACKS })}
      />,
    );
    expect((screen.getByRole('switch', { name: 'Publico en nombre de la Ciudad' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Esta publicación será información pública/)).toBeTruthy();
    expect(screen.getByText(/III\.A\.5\.c\.6/)).toBeTruthy();
  });

  it('ignores a synthetic (page) click on the switch', () => {
    const onChange = vi.fn();
    render(<FindingCard findings={[]} t={createTranslate('en')} accept={() => false} onEdit={() => {}} onClose={() => {}} identity={{ value: null, onChange }} />);
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    fireEvent.click(toggle);
    expect(onChange).not.toHaveBeenCalled();
    expect(toggle.checked).toBe(false);
  });

  it('shows no switch when the page shows the account', () => {
    render(
      <FindingCard findings={[]} t={createTranslate('en')} onEdit={() => {}} onClose={() => {}} postingAs={{ handle: '@City', official: true }} identity={{ value: null, onChange: () => {} }} />,
    );
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
