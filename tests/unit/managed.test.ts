import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeSchema, chromeSchemaJson, documentKeys, LIMITS, MANAGED_SPEC, validatePolicy } from '../../rules/settings';
import { CATEGORY_MESSAGES } from '../../rules/categoryMessages';
import { CATEGORIES, DEFAULT_SETTINGS, type SettingKey } from '../../rules/schema';

const rule = (extra: Record<string, unknown>) => ({ id: 'r1', category: 'political', severity: 'caution', message: 'No campaigning.', ...extra });

describe('managed policy schema', () => {
  it('describes exactly the keys of Settings (also enforced at compile time by SpecFor<Settings>)', () => {
    // cityPolicy (issue #13) is the one key without a default: no city policy unless IT or the user brings one.
    expect(Object.keys(MANAGED_SPEC.properties).sort()).toEqual([...Object.keys(DEFAULT_SETTINGS), 'cityPolicy'].sort());
  });

  it('accepts the defaults as a policy, with no problems', () => {
    const { policy, problems, keys } = validatePolicy(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    expect(policy).toEqual(DEFAULT_SETTINGS);
    expect(keys.sort()).toEqual((Object.keys(DEFAULT_SETTINGS) as SettingKey[]).sort());
  });

  it('public/managed_schema.json is exactly what the schema generates (npm run admin-templates)', () => {
    expect(readFileSync('public/managed_schema.json', 'utf8')).toBe(chromeSchemaJson());
  });

  it("generates Chrome's dialect with types only: every category listed, no enum, required or range for Chromium to erase a whole key over (issue #16)", () => {
    const schema = chromeSchema();
    const attrs = new Set<string>();
    const walk = (s: Record<string, unknown>) => {
      Object.keys(s).forEach((k) => attrs.add(k));
      if (s.items) walk(s.items as Record<string, unknown>);
      for (const p of Object.values((s.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(p);
    };
    walk(schema);
    expect([...attrs].sort()).toEqual(['description', 'items', 'properties', 'type']);
    const props = schema.properties as Record<string, { properties?: object; enum?: string[] }>;
    expect(Object.keys(props.categories!.properties!)).toEqual([...CATEGORIES]);
    const rule = (props.customRules as unknown as { items: { properties: Record<string, object> } }).items.properties;
    expect(rule.severity).toEqual({ type: 'string', description: expect.any(String) });
  });

  it('documents every key with a description', () => {
    const rows = documentKeys();
    for (const key of Object.keys(DEFAULT_SETTINGS)) expect(rows.find((r) => r.path === key)?.description).toBeTruthy();
    expect(rows.every((r) => r.description.length > 5)).toBe(true);
    expect(rows.map((r) => r.path)).toContain('customRules[].pattern');
  });
});

describe('validatePolicy: good policies', () => {
  it('keeps a full, valid policy as it is', () => {
    const good = {
      organization: { name: 'City of El Paso', contacts: [{ role: 'Human Resources', email: 'hr@example.gov' }] },
      packs: ['el-paso'],
      categories: { political: { severity: 'violation' }, religious: { enabled: false } },
      enforcement: 'justify',
      customRules: [rule({ terms: ['vote yes on prop 2'] }), rule({ id: 'r2', pattern: '(?i)\\bbond\\s+election\\b' })],
      allowTerms: ['Scunthorpe'],
      extraSites: [{ match: 'https://forum.city.example/*', selector: 'textarea' }],
      workEmailDomains: ['elpasotexas.gov'],
      officialAccounts: [{ site: 'x', handle: '@City' }],
      userMayChange: false,
      keepDraftText: true,
      historyDays: 30,
      language: 'es',
      userMayPause: false,
    };
    const cited = (id: string) => ({ pack: 'City of El Paso', section: 'custom', title: id });
    const policy = { ...good, customRules: good.customRules.map((r) => ({ ...r, citation: cited(r.id) })) };
    expect(validatePolicy(good)).toEqual({ policy, keys: Object.keys(good), problems: [] });
  });

  it('accepts what the schema accepts: an organization without contacts, a rule without message or citation (issue #16)', () => {
    const minimal = {
      organization: { name: 'City of Testville' },
      customRules: [{ id: 'x', category: 'confidential', severity: 'violation', terms: ['Project Bluebonnet'] }],
    };
    const { policy, problems } = validatePolicy(minimal);
    expect(problems).toEqual([]);
    expect(policy.organization).toEqual({ name: 'City of Testville', contacts: [] });
    expect(policy.customRules).toEqual([
      {
        id: 'x',
        category: 'confidential',
        severity: 'violation',
        terms: ['Project Bluebonnet'],
        message: CATEGORY_MESSAGES.confidential,
        citation: { pack: 'City of Testville', section: 'custom', title: 'x' },
      },
    ]);
  });

  it('an empty or missing policy is no policy', () => {
    expect(validatePolicy({})).toEqual({ policy: {}, keys: [], problems: [] });
    expect(validatePolicy(undefined)).toEqual({ policy: {}, keys: [], problems: [] });
  });
});

describe('validatePolicy: bad policies give clear messages and safe fallbacks', () => {
  it.each([
    ['enforcement', 'loud', '"loud" is not one of warn, justify, block', '"warn"'],
    ['enforcement', 3, 'expected text, got number 3', '"warn"'],
    ['historyDays', '30', 'expected a whole number, got string "30"', '90'],
    ['historyDays', 2.5, 'expected a whole number, got number 2.5', '90'],
    ['historyDays', 100_000, '100000 is outside 1–3650', '90'],
    ['userMayChange', 'no', 'expected true or false, got string "no"', 'true'],
    ['keepDraftText', 1, 'expected true or false, got number 1', 'false'],
    ['packs', 'el-paso', 'expected a list, got string "el-paso"', '["el-paso","harlingen"]'],
    ['language', 'fr', '"fr" is not one of en, es, auto', '"auto"'],
    ['organization', { contacts: [] }, 'missing "name"', '{"name":"","contacts":[]}'],
    ['organization', { name: 'x'.repeat(201), contacts: [] }, '"name": text longer than 200 characters', '{"name":"","contacts":[]}'],
    ['categories', [], 'expected an object, got a list', '{}'],
  ])('%s = %j → %s, uses %s', (key, value, reason, fallback) => {
    const { policy, problems, keys } = validatePolicy({ [key]: value });
    expect(problems).toEqual([{ key, reason, fallback }]);
    expect(policy).toEqual({});
    expect(keys).toEqual([key]); // still set by the organization: locked at its default
  });

  it('one typo in one category override skips that override only; the others apply (issue #16)', () => {
    const { policy, problems } = validatePolicy({
      categories: { profanity: { severity: 'fatal' }, religious: { enabled: false }, gossip: { enabled: false }, political: { severty: 'info', enabled: true } },
    });
    expect(policy.categories).toEqual({ religious: { enabled: false }, political: { enabled: true } });
    expect(problems).toEqual([
      { key: 'categories.gossip', reason: 'unknown field', fallback: 'ignored' },
      { key: 'categories.profanity', reason: '"severity": "fatal" is not one of info, caution, violation', fallback: 'item skipped' },
      { key: 'categories.political.severty', reason: 'unknown field', fallback: 'ignored' },
    ]);
  });

  it('one bad custom rule is skipped and reported by its position; a misspelled field is named; the rest apply (issue #16)', () => {
    const ok = { id: 'ok', category: 'political', severity: 'caution', terms: ['vote for me'] };
    const { policy, problems } = validatePolicy({
      customRules: [
        { id: 'bad-severity', category: 'political', severity: 'warning', terms: ['a'] },
        { id: 'typo', category: 'political', severty: 'violation', terms: ['b'] },
        ok,
        { ...ok, mesage: 'typo in an optional field' },
      ],
    });
    expect(policy.customRules!.map((r) => r.id)).toEqual(['ok']);
    expect(problems).toEqual([
      { key: 'customRules[0]', reason: '"severity": "warning" is not one of info, caution, violation', fallback: 'item skipped' },
      { key: 'customRules[1].severty', reason: 'unknown field', fallback: 'ignored' },
      { key: 'customRules[1]', reason: 'missing "severity"', fallback: 'item skipped' },
      { key: 'customRules[3].mesage', reason: 'unknown field', fallback: 'ignored' },
      { key: 'customRules[3]', reason: 'duplicate id "ok"', fallback: 'item skipped' },
    ]);
  });

  it('an unknown field in the organization is named and ignored; the organization still applies', () => {
    const { policy, problems } = validatePolicy({ organization: { name: 'X', contacts: [], logo: 'x.png' } });
    expect(policy.organization).toEqual({ name: 'X', contacts: [] });
    expect(problems).toEqual([{ key: 'organization.logo', reason: 'unknown field', fallback: 'ignored' }]);
  });

  it('reports unknown keys and ignores them', () => {
    expect(validatePolicy({ enforcment: 'block' })).toEqual({
      policy: {},
      keys: [],
      problems: [{ key: 'enforcment', reason: 'unknown key', fallback: 'ignored' }],
    });
  });

  it('rejects a policy that is not an object', () => {
    expect(validatePolicy('block').problems).toEqual([{ key: '(policy)', reason: 'expected an object, got string "block"', fallback: 'defaults' }]);
  });

  it('a huge list falls back to the default instead of slowing every check', () => {
    const allowTerms = Array.from({ length: LIMITS.allowTerms + 1 }, (_, i) => `term${i}`);
    const { policy, problems } = validatePolicy({ allowTerms, enforcement: 'block' });
    expect(problems).toEqual([{ key: 'allowTerms', reason: `${LIMITS.allowTerms + 1} items, more than the limit of ${LIMITS.allowTerms}`, fallback: '[]' }]);
    expect(policy).toEqual({ enforcement: 'block' });
  });

  it('a too-long term is skipped with its position; the other terms stay', () => {
    const { policy, problems } = validatePolicy({ allowTerms: ['ok', 'y'.repeat(LIMITS.term + 1), 'fine', 'ok'] });
    expect(policy.allowTerms).toEqual(['ok', 'fine']); // duplicate dropped too
    expect(problems).toEqual([{ key: 'allowTerms[1]', reason: 'text longer than 100 characters', fallback: 'item skipped' }]);
  });

  it.each([
    [rule({ pattern: '(?<=a)b' }), /^"pattern" is not a valid RE2 pattern: .+/],
    [rule({ pattern: '(a)\\1' }), /^"pattern" is not a valid RE2 pattern: .+/],
    [rule({ pattern: '[unclosed' }), /^"pattern" is not a valid RE2 pattern: .+/],
    [rule({ pattern: 'x*' }), /^"pattern" matches empty text, so it would flag everything$/],
    [rule({ terms: ['a'], pattern: 'b' }), /^needs exactly one of "terms" or "pattern"$/],
    [rule({}), /^needs exactly one of "terms" or "pattern"$/],
    [rule({ terms: [] }), /^"terms" is empty$/],
    [{ id: 'r1', category: 'political', terms: ['x'], message: 'm' }, /^missing "severity"$/],
    [rule({ category: 'gossip', terms: ['x'] }), /^"category": "gossip" is not one of profanity, .*defamation$/],
    [rule({ terms: ['x'], message: '' }), /^"message": empty text$/],
    [rule({ terms: ['x'], citation: { pack: 'p' } }), /^"citation": missing "section", "title"$/],
  ])('a bad custom rule is skipped with a clear reason: %j', (bad, reason) => {
    const good = rule({ id: 'good', terms: ['vote for me'] });
    const { policy, problems } = validatePolicy({ customRules: [bad, good] });
    expect(policy.customRules).toEqual([{ ...good, citation: { pack: 'organization', section: 'custom', title: 'good' } }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'customRules[0]', fallback: 'item skipped' });
    expect(problems[0]!.reason).toMatch(reason);
  });

  it('duplicate custom rule ids: the first wins, the second is reported', () => {
    const { policy, problems } = validatePolicy({ customRules: [rule({ terms: ['a'] }), rule({ terms: ['b'] })] });
    expect(policy.customRules).toHaveLength(1);
    expect(problems).toEqual([{ key: 'customRules[1]', reason: 'duplicate id "r1"', fallback: 'item skipped' }]);
  });

  it('checks site match patterns and email domains', () => {
    const { policy, problems } = validatePolicy({
      extraSites: [{ match: 'forum.city.example' }, { match: 'https://*.city.example/*' }],
      workEmailDomains: ['city.example', 'not a domain'],
    });
    expect(policy).toEqual({ extraSites: [{ match: 'https://*.city.example/*' }], workEmailDomains: ['city.example'] });
    expect(problems.map((p) => p.key)).toEqual(['extraSites[0]', 'workEmailDomains[1]']);
    expect(problems[0]!.reason).toBe('"match": "forum.city.example" is not a match pattern like https://host/*');
  });

  it('never throws, whatever it is given', () => {
    for (const junk of [null, 0, 'x', [], [1], { customRules: [null, 1, 'x', [], {}] }, { organization: null }, { categories: { profanity: null } }]) {
      expect(() => validatePolicy(junk)).not.toThrow();
    }
  });
});
