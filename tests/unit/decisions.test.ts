import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../entrypoints/background/db';
import { decisionHandlers, sha256Hex } from '../../entrypoints/background/decisions';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { DEFAULT_SETTINGS, type Settings } from '../../rules/schema';

const compiled = compilePolicy(DEFAULT_POLICY);

function setup(overrides: Partial<Settings> = {}) {
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  const settings = { ready: Promise.resolve(), get: () => ({ ...DEFAULT_SETTINGS, ...overrides }) };
  const handlers = decisionHandlers({ db: async () => db, settings, check: (text, locale) => evaluate(text, compiled, { locale }), now: () => 1234 });
  return { db, handlers };
}
const sender = {};

describe('sha256Hex', () => {
  it('matches the SHA-256 test vector for "abc"', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('decision handlers', () => {
  it('logs a decision with the text hash and the rule ids found in the text, never the text by default', async () => {
    const { db, handlers } = setup();
    const text = 'what bullshit, call 915-555-2368';
    const { id } = await handlers.recordDecision({ site: 'x', text, action: 'posted_anyway' }, sender);
    const row = await db.decisions.get(id);
    const expected = evaluate(text, compiled);
    expect(row).toEqual({
      id,
      time: 1234,
      site: 'x',
      action: 'posted_anyway',
      categories: ['profanity', 'personal_info'],
      ruleIds: [...new Set(expected.map((f) => f.ruleId))],
      textHash: await sha256Hex(text),
    });
  });

  it('keeps the text and a trimmed reason when IT sets keepDraftText', async () => {
    const { db, handlers } = setup({ keepDraftText: true });
    const { id } = await handlers.recordDecision({ site: 'facebook', text: 'bullshit', action: 'justified', reason: '  quoting a source ' }, sender);
    expect(await db.decisions.get(id)).toMatchObject({ text: 'bullshit', reason: 'quoting a source', action: 'justified' });
  });

  it('saving a draft keeps it with its findings and logs an "asked" decision', async () => {
    const { db, handlers } = setup();
    const text = 'Call me at 915-555-2368 🙏';
    const { id } = await handlers.saveDraft({ site: 'youtube', text }, sender);
    const draft = await db.drafts.get(id);
    expect(draft).toMatchObject({ time: 1234, site: 'youtube', text });
    expect(draft!.findings.map((f) => f.excerpt)).toEqual(['915-555-2368']);
    const decisions = await db.decisions.toArray();
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ action: 'asked', site: 'youtube', categories: ['personal_info'], textHash: await sha256Hex(text) });
    expect(decisions[0]).not.toHaveProperty('text');
  });

  it('gives the page only what the card needs', async () => {
    const contacts = [{ role: 'Human Resources', email: 'hr@city.example' }];
    const { handlers } = setup({ enforcement: 'justify', organization: { name: 'City', contacts }, userMayChange: false, language: 'es' });
    expect(await handlers.getPageConfig({}, sender)).toEqual({
      enforcement: 'justify',
      organizationName: 'City',
      contacts,
      officialAccounts: [],
      userMayAddAllowTerms: false,
      language: 'es',
      workEmailDomains: [],
      politicalAccounts: [],
    });
  });
});
