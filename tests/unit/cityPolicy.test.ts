// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_DATA, compilePolicy, evaluate, PACK_IDS, PACKS, policyOf, DEFAULT_SETTINGS } from '../../rules';
import type { Finding, PolicyData, PolicyPack } from '../../rules';
import { chromeSchema, validatePolicy } from '../../rules/settings';
import { cityPack, type CityPolicy } from '../../rules/policy/city';
import { cityMarksCitations } from '../../rules/policy/cited';
import { parseCityPolicyFile } from '../../rules/policy/import';
import type { Frame } from '../../rules/judgement';

const EXAMPLE = JSON.parse(readFileSync('docs/examples/springfield.policy.json', 'utf8')) as { cityPolicy: CityPolicy };
const validated = validatePolicy(EXAMPLE);
const settings = { ...DEFAULT_SETTINGS, ...validated.policy };
const springfield = compilePolicy(policyOf(settings));

/** Every text the built-in packs know a finding for. */
const EXAMPLE_HITS = Object.values(PACKS).flatMap((p) => p.rules.flatMap((r) => r.examples.hit));
const citedPacks = (findings: Finding[]) => new Set(findings.map((f) => f.citation.pack));

describe('cityPolicy (docs/examples/springfield.policy.json)', () => {
  it('validates as a managed policy, and alone turns the built-in packs off', () => {
    expect(validated.problems).toEqual([]);
    expect(validated.policy.packs).toEqual([]);
    expect(validated.keys).toContain('packs');
    expect(springfield.problems).toEqual([]);
  });

  it('cites the city’s section, name and title for the categories it names, with its severity and message', () => {
    const [f] = evaluate('This is bullshit', springfield);
    expect(f).toMatchObject({
      ruleId: 'springfield.profanity.strong',
      severity: 'violation',
      citation: { pack: 'springfield', section: '4.12.3(a)', title: 'Prohibited content', policy: { name: { es: 'Política de redes sociales de la Ciudad de Springfield' }, title: { es: 'Contenido prohibido' } } },
    });
    const confidential = evaluate('The budget is confidential, do not share it yet', springfield).find((x) => x.category === 'confidential');
    expect(confidential).toMatchObject({ message: 'Not public yet.', severity: 'violation', citation: { section: '4.12.4' } });
    expect(evaluate('The budget is confidential, do not share it yet', springfield, { locale: 'es' }).find((x) => x.category === 'confidential')?.message).toBe('Aún no es público.');
  });

  it('never cites El Paso or Harlingen when only the city’s policy applies (every pack example, links, official accounts)', () => {
    for (const text of [...EXAMPLE_HITS, 'donate at winred.com/x', 'Contact me at jgarza78@yahoo.com']) {
      for (const identity of ['personal', 'official'] as const) {
        const packs = citedPacks(evaluate(text, springfield, { identity }));
        for (const id of PACK_IDS) expect(packs.has(id), `${text} (${identity})`).toBe(false);
      }
    }
    // Uncited categories still warn, citing the policy as a whole; links too.
    expect(evaluate('donate at winred.com/x', springfield)[0]?.citation).toMatchObject({ pack: 'springfield', section: '' });
  });

  it('cites a City logo or seal in a post by the city’s policy alone, never El Paso or Harlingen', () => {
    const cited = cityMarksCitations(settings);
    expect(cited).toEqual([expect.objectContaining({ pack: 'springfield', section: '', policy: expect.objectContaining({ name: EXAMPLE.cityPolicy.name }) })]);
    // "packs" adds a built-in city on purpose: its section follows the city's.
    expect(cityMarksCitations({ ...settings, packs: ['el-paso'] }).map((c) => `${c.pack} ${c.section}`)).toEqual(['springfield ', 'el-paso III.A.1']);
    // Without a city's own policy, each built-in pack chosen.
    expect(cityMarksCitations({ ...DEFAULT_SETTINGS, packs: ['harlingen'] }).map((c) => c.pack)).toEqual(['harlingen']);
  });

  it('"otherCategories": "off" checks only the categories the policy names', () => {
    const off = compilePolicy({ packs: [], city: { ...EXAMPLE.cityPolicy, otherCategories: 'off' } });
    expect(evaluate('donate at winred.com/x. Vote for Smith', off)).toEqual([]);
    expect(evaluate('This is bullshit', off).map((f) => f.citation.section)).toEqual(['4.12.3(a)']);
  });

  it('"packs" still adds a built-in pack on purpose (the city is cited first)', () => {
    const both = validatePolicy({ ...EXAMPLE, packs: ['harlingen'] });
    expect(both.policy.packs).toEqual(['harlingen']);
    const compiled = compilePolicy(policyOf({ ...DEFAULT_SETTINGS, ...both.policy }));
    expect(evaluate('This is bullshit', compiled)[0]?.citation.pack).toBe('springfield');
    expect(compiled.rules.some((r) => r.citation.pack === 'harlingen')).toBe(true);
  });

  it('takes a string wherever it takes { en, es }', () => {
    const r = validatePolicy({ cityPolicy: { id: 'shelbyville', name: 'Shelbyville Policy', source: 'Rule 9', categories: { profanity: { section: '9.1', title: 'Language' } } } });
    expect(r.problems).toEqual([]);
    expect(r.policy.cityPolicy).toMatchObject({ name: { en: 'Shelbyville Policy', es: 'Shelbyville Policy' }, categories: { profanity: { title: { en: 'Language', es: 'Language' } } } });
  });

  it.each([
    [{ ...EXAMPLE.cityPolicy, categories: { profanity: { title: 'x' } } }, /"categories": "profanity": missing "section"/],
    [{ ...EXAMPLE.cityPolicy, id: 'El Paso' }, /"id": use lower-case/],
    [{ ...EXAMPLE.cityPolicy, id: 'harlingen' }, /"id": "harlingen" is reserved/],
    [{ ...EXAMPLE.cityPolicy, otherCategories: 'maybe' }, /"otherCategories": "maybe" is not one of uncited, off/],
    [{ ...EXAMPLE.cityPolicy, name: { en: 'Only English' } }, /"name": missing "es"/],
  ])('rejects an invalid policy, naming the field: %j', (cityPolicy, reason) => {
    const r = validatePolicy({ cityPolicy });
    expect(r.policy.cityPolicy).toBeUndefined();
    expect(r.policy.packs).toBeUndefined(); // nothing changed: the built-in packs stay
    expect(r.problems).toEqual([expect.objectContaining({ key: 'cityPolicy', reason: expect.stringMatching(reason) })]);
  });

  it('an unknown category: IT\'s managed policy skips it and says so by name, a person\'s file is refused naming it', () => {
    const cityPolicy = { ...EXAMPLE.cityPolicy, categories: { swearing: { section: '1', title: 'x' } } };
    const r = validatePolicy({ cityPolicy });
    expect(r.policy.cityPolicy?.categories).toEqual({});
    expect(r.problems).toEqual([expect.objectContaining({ key: 'cityPolicy.categories.swearing', reason: 'unknown field' })]);
    expect(parseCityPolicyFile(JSON.stringify(cityPolicy))).toEqual({ error: '"categories.swearing": unknown field' });
  });

  it('flows through the CLI’s --policy: the city’s name and sections, no built-in city', { timeout: 60_000 }, () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--policy', 'docs/examples/springfield.policy.json', ...args], { encoding: 'utf8', timeout: 60_000 });
    const r = run('This is bullshit. Call her at (915) 555-2368');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('City of Springfield Social Media Policy 4.12.3(a): Prohibited content');
    expect(r.stdout).toContain('City of Springfield Social Media Policy 4.12.5: Privacy of residents and employees');
    expect(r.stdout).not.toMatch(/el-paso|harlingen|El Paso|Harlingen/);
    expect(run('--locale', 'es', 'qué mierda').stdout).toContain('Política de redes sociales de la Ciudad de Springfield 4.12.3(a): Contenido prohibido');
  });

  it('is in the generated Chrome schema', () => {
    const schema = chromeSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties.cityPolicy!.properties!)).toEqual(['id', 'name', 'source', 'askFirst', 'categories', 'otherCategories']);
  });
});

describe('the engine is handed its data', () => {
  /** A made-up third built-in city: what adding one to rules/packs/index.ts gives the engine. */
  const testTown: PolicyPack = {
    id: 'test-town',
    name: { en: 'Test Town Policy', es: 'Política de Test Town' },
    source: 'Test Town Code §1',
    askFirst: { pack: 'test-town', section: '§1.9', title: 'Ask first' },
    links: { political: { pack: 'test-town', section: '§1.5', title: 'No politics' } },
    rules: [
      {
        id: 'test-town.profanity',
        kind: 'terms',
        category: 'profanity',
        severity: 'caution',
        message: { en: 'Rude word.', es: 'Palabra grosera.' },
        citation: { pack: 'test-town', section: '§1.2', title: 'Manners' },
        terms: ['flibbertigibbet*'],
        examples: { hit: ['you flibbertigibbets'], miss: ['flibber'] },
      },
    ],
  };
  const frame: Frame = {
    id: 'judgement.profanity.test',
    category: 'profanity',
    message: { en: 'A test frame.', es: 'Un marco de prueba.' },
    patterns: ['{test_noun} is a {test_noun}'],
    examples: { hit: ['zorblax is a zorblax'], miss: [] },
  };
  const data: PolicyData = {
    ...BUILT_IN_DATA,
    packs: { ...BUILT_IN_DATA.packs, 'test-town': testTown },
    judgement: { frames: [frame], words: { test_noun: ['zorblax'] } },
  };

  it('compiles a throwaway third pack: its terms, citations and link citation, and no other city', () => {
    const compiled = compilePolicy({ packs: ['test-town'] }, data);
    expect(compiled.problems).toEqual([]);
    expect(evaluate('you flibbertigibbets', compiled)).toEqual([expect.objectContaining({ ruleId: 'test-town.profanity', citation: testTown.rules[0]!.citation })]);
    expect(evaluate('see winred.com/x', compiled)[0]?.citation).toEqual(testTown.links!.political);
    expect(evaluate('This is bullshit', compiled)).toEqual([]); // the built-in packs' terms are not on
    // The built-in policy knows nothing of it.
    expect(compilePolicy({ packs: ['test-town'] }).problems).toEqual([{ ruleId: 'test-town', reason: 'Unknown policy pack "test-town"' }]);
  });

  it('frames cite the active policy’s section for their category (a built-in pack, or the city’s)', () => {
    expect(evaluate('zorblax is a zorblax', compilePolicy({ packs: ['test-town'] }, data))[0]?.citation).toMatchObject({ pack: 'test-town', section: '§1.2' });
    const city = compilePolicy({ packs: [], city: validated.policy.cityPolicy! }, data);
    expect(evaluate('zorblax is a zorblax', city)).toEqual([expect.objectContaining({ ruleId: 'judgement.profanity.test', citation: expect.objectContaining({ pack: 'springfield', section: '4.12.3(a)' }) })]);
  });

  it('builds a city pack from the built-in rules, one citation per category', () => {
    const pack = cityPack(validated.policy.cityPolicy!, BUILT_IN_DATA.vocabulary);
    expect(new Set(pack.rules.map((r) => r.category)).size).toBe(15); // otherCategories "uncited": every category
    expect(pack.rules.every((r) => r.id.startsWith('springfield.') && r.citation.pack === 'springfield')).toBe(true);
  });

  it('rules/engine imports nothing from rules/packs, rules/lexicons or rules/judgement (types excepted)', () => {
    for (const file of readdirSync('rules/engine')) {
      const src = readFileSync(join('rules/engine', file), 'utf8');
      const imports = [...src.matchAll(/^import (?!type )[^;]*? from '([^']+)'/gms)].map((m) => m[1]!);
      for (const from of imports) expect(from, `${file} imports ${from}`).not.toMatch(/\.\.\/(?:packs|lexicons|judgement)\b/);
    }
  });
});
