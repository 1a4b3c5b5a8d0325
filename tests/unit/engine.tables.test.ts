// The engine's tables (rules/engine/tables.ts), built with the extension and read by the
// worker, must compile every policy to the same findings as working them out does; and the
// patterns' literal gate (rules/engine/literals.ts) must find exactly what trying every
// pattern everywhere finds.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import builtTables from 'virtual:ask-first/engine-tables';
import { BUILT_IN_DATA, compilePolicy, DEFAULT_SETTINGS, evaluate, policyOf, type CompiledPolicy, type Policy, type PolicyData, type PolicyPack } from '../../rules';
import { LiteralAutomaton, LiteralHits, packInts, requiredLiterals, unpackInts } from '../../rules/engine/literals';
import { compilePattern, wordsOfKey } from '../../rules/engine/patterns';
import { buildTables, LazyMap, sharedOf, type EngineTables } from '../../rules/engine/tables';
import type { CityPolicy } from '../../rules/policy/city';

// What the build ships: serialized, parsed back. Fresh data objects, so nothing is shared with
// policies compiled without tables in this process (sharedOf memoizes per data).
const tables = JSON.parse(JSON.stringify(buildTables(BUILT_IN_DATA))) as EngineTables;
const fresh = (t?: EngineTables): PolicyData => ({
  ...BUILT_IN_DATA,
  vocabulary: [...BUILT_IN_DATA.vocabulary],
  lexicon: { ...BUILT_IN_DATA.lexicon },
  judgement: { ...BUILT_IN_DATA.judgement },
  ...(t ? { tables: t } : {}),
});
const withTables = fresh(tables);
const without = fresh();

const examples = [
  ...Object.values(BUILT_IN_DATA.packs).flatMap((p) => p.rules.flatMap((r) => [...r.examples.hit, ...r.examples.miss])),
  ...BUILT_IN_DATA.judgement.frames.flatMap((f) => [...f.examples.hit, ...f.examples.miss]),
];
const springfield = (JSON.parse(readFileSync('docs/examples/springfield.policy.json', 'utf8')) as { cityPolicy: CityPolicy }).cityPolicy;

/** The settings that change what is compiled: packs, categories off or re-rated, custom rules, allow-list, a city's policy. */
const POLICIES: [string, Policy][] = [
  ['default', policyOf(DEFAULT_SETTINGS)],
  ['harlingen only', { packs: ['harlingen'] }],
  [
    'settings',
    {
      packs: ['el-paso', 'harlingen'],
      categories: { profanity: { severity: 'caution' }, political: { enabled: false } },
      allowTerms: ['hell'],
      customRules: [
        { id: 'codename', category: 'confidential', severity: 'violation', message: 'Project name', terms: ['bluebird', 'q7 plan'] },
        { id: 'ticket', category: 'confidential', severity: 'caution', message: 'Ticket', pattern: 'INC-\\d{6}' },
      ],
    } as Policy,
  ],
  ['a city policy', policyOf({ ...DEFAULT_SETTINGS, packs: [], cityPolicy: springfield } as typeof DEFAULT_SETTINGS)],
];

describe('the engine tables', () => {
  it('are what the build ships (the virtual module is the same tables)', () => {
    expect(builtTables).toEqual(tables);
  });

  it('are read, not worked out, when they match the data', () => {
    expect(new Map(sharedOf(withTables).speller.near)).toEqual(sharedOf(without).speller.near);
    // The failure links too: shipped, they are what building the automaton works out.
    expect(tables.literals.automaton.fail).toBeDefined();
    expect(sharedOf(withTables).literals.automaton.serialized()).toEqual(sharedOf(without).literals.automaton.serialized());
    // Tables of other data (another pattern list) are not used: the work is done afresh.
    const other = fresh({ ...tables, literals: { ...tables.literals, count: tables.literals.count + 1 } });
    expect(sharedOf(other).literals.automaton.data).toEqual(sharedOf(without).literals.automaton.data);
  });

  it("give the speller the frames' words as real words, as working them out does (shipped as one string, made a set when asked)", () => {
    const extra = tables.speller.extraReal.split(' ');
    expect(extra.length).toBeGreaterThan(1000);
    const read = sharedOf(withTables).speller.real;
    const worked = sharedOf(without).speller.real;
    for (const w of [...extra.slice(0, 200), ...extra.slice(-200), 'zzqxv', 'the', '']) expect(read.has(w), w).toBe(worked.has(w));
  });

  it('say how each pattern starts, as reading its source at run time does', () => {
    const run = sharedOf(without);
    const sources = [...run.literals.ids.keys()];
    expect(tables.leads.byPattern).toHaveLength(sources.length);
    sources.forEach((src, id) => {
      const read = compilePattern(src, run.wordClass, run.patterns);
      const known = sharedOf(withTables).leads.known(id)!;
      expect(known.keys, src).toEqual(read.leadKeys);
      expect(known.scan === null ? null : new Set(known.scan), src).toEqual(read.scanFirst);
    });
    // Every class a pattern starts with is covered, and the inverse lists each of its first words.
    for (const src of sources) for (const key of compilePattern(src, run.wordClass, run.patterns).leadKeys ?? []) if (!key.startsWith('=')) expect(sharedOf(withTables).leads.covers.has(key), key).toBe(true);
    for (const key of sharedOf(withTables).leads.covers) {
      for (const w of wordsOfKey(key, run.wordClass, run.patterns)) expect(sharedOf(withTables).leads.keysOf(w), `${key} ${w}`).toContain(key);
    }
    // The classes' first words decoded from the inverse (only when asked) are the run time's, as sets.
    const decoded = sharedOf(withTables).patterns.firstWords;
    for (const key of sharedOf(withTables).leads.covers) expect(new Set(decoded.get(key)), key).toEqual(new Set(run.patterns.firstWords.get(key)));
    // Shipped by their first two characters (a worker decodes only its draft's buckets); a word no class starts with has no keys.
    const buckets = Object.entries(tables.leads.words);
    expect(buckets.length).toBeGreaterThan(100);
    for (const [key, [words, ids]] of buckets) {
      expect(words.split(' ').every((w) => w.slice(0, 2) === key), key).toBe(true);
      expect(ids.split(' ')).toHaveLength(words.split(' ').length);
    }
    // A one-letter word (shorter than a bucket's key) that no class starts with: the data decides which.
    const starts = new Set([...run.patterns.firstWords.values()].flatMap((ws) => [...ws]));
    const letter = [...'qxzjkwvy'].find((c) => !starts.has(c))!;
    expect(letter).toBeDefined();
    for (const w of ['zzqxv', letter, '']) expect(sharedOf(withTables).leads.keysOf(w), w).toBeUndefined();
  });

  it('index a pack the tables lack by itself, a class they do not cover included', () => {
    const uncovered = Object.keys(BUILT_IN_DATA.lexicon.wordClasses).find((c) => !tables.leads.classes.includes(c) && BUILT_IN_DATA.lexicon.wordClasses[c]!.length > 1)!;
    expect(uncovered).toBeDefined();
    const [first, second] = BUILT_IN_DATA.lexicon.wordClasses[uncovered]!;
    const pack: PolicyPack = {
      id: 'test-town',
      name: { en: 'Test Town', es: 'Test Town' },
      source: 'Test Town Code',
      rules: [
        {
          id: 'test-town.lead',
          kind: 'pattern',
          category: 'profanity',
          severity: 'caution',
          message: { en: 'Test.', es: 'Prueba.' },
          citation: { pack: 'test-town', section: '1', title: 'Test' },
          patterns: [`{${uncovered}} zorblax`, '{pronoun} zorblax'],
          examples: { hit: [], miss: [] },
        },
      ],
    };
    const texts = [`${first} zorblax`, `${second} zorblax`, 'you zorblax', 'the zorblax'];
    const [a, b] = [withTables, without].map((d) => compilePolicy({ packs: ['test-town', 'el-paso'] }, { ...d, packs: { ...d.packs, 'test-town': pack } }));
    for (const t of texts) expect(evaluate(t, a!), t).toEqual(evaluate(t, b!));
    expect(evaluate(`${first} zorblax`, a!)).toEqual([expect.objectContaining({ ruleId: 'test-town.lead' })]);
    const own = a!.patterns.findIndex((p) => p.pattern.leadKeys?.includes(uncovered));
    for (const w of a!.patterns[own]!.pattern.first!) expect(a!.byFirstWord.get(w), w).toContain(own);
  });

  it("index a policy's patterns by first word as the patterns' own first words do", () => {
    for (const data of [withTables, without]) {
      const policy = compilePolicy(policyOf(DEFAULT_SETTINGS), data);
      // The plain index: every first word of every pattern (what compiling built before issue 18).
      const plain = new Map<string, number[]>();
      policy.patterns.forEach((p, i) => {
        for (const w of p.pattern.first ?? []) plain.set(w, [...(plain.get(w) ?? []), i]);
      });
      expect(plain.size).toBeGreaterThan(1000);
      for (const [w, list] of plain) expect(policy.byFirstWord.get(w), w).toEqual(list);
      for (const w of ['zzzz', 'council', 'constructor', '__proto__']) expect(policy.byFirstWord.get(w)).toEqual(plain.get(w));
    }
  });

  it("decode the speller's near-miss table only when a draft needs it", () => {
    const data = fresh(tables);
    const policy = compilePolicy(policyOf(DEFAULT_SETTINGS), data);
    const near = sharedOf(data).speller.near;
    expect(near).toBeInstanceOf(LazyMap);
    // Words the speller knows: no correction is looked up.
    evaluate('the council meeting is on monday', policy);
    expect((near as LazyMap<string, string>).decoded).toBe(false);
    // A misspelt word is corrected from it, as without tables.
    const typo = 'you are a complete idoit';
    expect(evaluate(typo, policy)).toEqual(evaluate(typo, compilePolicy(policyOf(DEFAULT_SETTINGS), without)));
    expect((near as LazyMap<string, string>).decoded).toBe(true);
  });

  for (const [name, policy] of POLICIES) {
    it(`compile the ${name} policy to the same findings on every example`, () => {
      const a = compilePolicy(policy, withTables);
      const b = compilePolicy(policy, without);
      expect(a.problems).toEqual(b.problems);
      expect(a.rules).toEqual(b.rules);
      for (const t of examples) expect(evaluate(t, a), t).toEqual(evaluate(t, b));
    }, 60_000);
  }
});

/** The policy with every pattern tried everywhere (no literal gate). */
function ungated(c: CompiledPolicy): CompiledPolicy {
  return { ...c, words: new Map(), patterns: c.patterns.map((p) => ({ ...p, gate: 0 })) };
}

describe('patterns tried only near their required literals', () => {
  it('reads a literal every match contains, the rarer choice, and gives up on what it cannot read', () => {
    const common = new Set(['the', 'that', 'you', 'have']);
    expect(requiredLiterals('(?:i|we) know where (?:you|she) (?:live|lives)', common)).toEqual({ strings: ['where'], dot: false, spaces: 4 });
    expect(requiredLiterals('(?:i|we) (?:already )?(?:know|found out) where (?:you|she) (?:live|lives)', common)?.strings.sort()).toEqual(['already', 'found', 'where']);
    expect(requiredLiterals('(?:that|you) (?:[^ .]+ ){0,3}(?:idiot|moron)s?', common)).toEqual({ strings: ['idiot', 'moron'], dot: false, spaces: 4 });
    expect(requiredLiterals('(?<=clowns )[a-z]+(?= clowns)', common)).toBeNull();
    expect(requiredLiterals('kill(?:ing)? (?:him|her)\\.', common)).toEqual({ strings: ['kill'], dot: true, spaces: 1 });
    expect(requiredLiterals('([b-d]) \\1 \\1', common)).toBeNull();
    expect(requiredLiterals('a|b', common)).toBeNull();
  });

  it('reads every set a match needs, not only the best one (a person word AND an insult)', () => {
    const common = new Set(['the', 'that', 'you', 'have', 'is', 'an']);
    const lit = requiredLiterals('(?:the|that) (?:mayor|clerk) (?:[^ .]+ ){0,3}(?:idiot|moron)s?', common);
    expect(lit?.strings.sort()).toEqual(['clerk', 'mayor']);
    expect(lit?.also?.map((s) => s.sort())).toEqual([['idiot', 'moron']]);
    // A pattern of few exact strings is one set (each string's rarest word): nothing else to add.
    expect(requiredLiterals('(?:the )?(?:mayor|clerk)? is an (?:idiot|moron)', common)).toEqual({ strings: ['mayor', 'clerk', 'idiot', 'moron'], dot: false, spaces: 4 });
    // Alternatives need only what all of them need: here one of their sets.
    expect(requiredLiterals('(?:mayor (?:[^ .]+ )?idiot|clerk (?:[^ .]+ )?moron)', common)?.also).toBeUndefined();
  });

  it('answers for every set of a pattern, each in its own slot', () => {
    const automaton = new LiteralAutomaton(
      JSON.parse(JSON.stringify(LiteralAutomaton.build([{ strings: ['idiot'], dot: false, also: [['mayor', 'clerk']] }, { strings: ['kill'], dot: false }]).data)),
    );
    expect(automaton.requirements).toBe(3);
    expect(automaton.alsoOf(0)).toEqual([2]);
    expect(automaton.alsoOf(1)).toEqual([]);
    // The policy's slots: pattern 0 → 0, pattern 1 → 1, pattern 0's other set → 2.
    const hits = new LiteralHits(Int32Array.from([0, 1, 2]), 3);
    const stream = 'the mayor spoke . what an idiot';
    automaton.scan(stream, hits);
    const dot = stream.indexOf('.');
    expect(hits.maybe(0, 0, dot)).toBe(false);
    expect(hits.maybe(2, 0, dot)).toBe(true);
    expect(hits.maybe(0, dot, stream.length)).toBe(true);
    expect(hits.maybe(2, dot, stream.length)).toBe(false);
  });

  it('ships compactly and reads back every occurrence a plain search finds', () => {
    for (const xs of [[0], [27, 28, 29, 783, 784, 785, 2 ** 31 - 1], []]) expect([...unpackInts(packInts(xs))]).toEqual(xs);
    expect(packInts([0, 27, 28, 1000, 123456])).toMatch(/^[#-Z]*$/);
    expect(() => new LiteralAutomaton({ ...LiteralAutomaton.build([]).data, format: 2 as 3 })).toThrow(/format/);
    // Random literal sets over a small alphabet (many shared prefixes and suffixes: failure links and outputs).
    const word = fc.stringMatching(/^[abc .]{3,6}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abcd .]{0,40}$/), (sets, stream) => {
        const automaton = new LiteralAutomaton(JSON.parse(JSON.stringify(LiteralAutomaton.build(sets.map((strings) => ({ strings, dot: false }))).data)));
        const hits = new LiteralHits(Int32Array.from(sets.map((_, i) => i)), sets.length);
        automaton.scan(stream, hits);
        sets.forEach((set, p) => {
          // The first occurrence at or after each position, as maybe() reports it.
          for (let from = 0; from <= stream.length; from++) {
            const first = Math.min(...set.map((x) => stream.indexOf(x, from)).filter((i) => i >= 0));
            expect(hits.maybe(p, from, from + 1), `${p} ${from}`).toBe(first === from);
          }
          hits.rewind(p);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds every literal in one pass and answers per pattern, in order', () => {
    const automaton = new LiteralAutomaton(JSON.parse(JSON.stringify(LiteralAutomaton.build([{ strings: ['mayor', 'council'], dot: false }, { strings: ['kill'], dot: false }, null]).data)));
    expect([...automaton.kinds]).toEqual([1, 1, 0]);
    const hits = new LiteralHits(Int32Array.from([0, 1, -1]), 2);
    const stream = 'vote for me . for mayor and council . skill';
    automaton.scan(stream, hits);
    expect(hits.maybe(0, 0, stream.indexOf('.'))).toBe(false);
    expect(hits.maybe(0, 0, stream.length)).toBe(true);
    expect(hits.maybe(0, stream.indexOf('council') + 1, stream.length)).toBe(false);
    hits.rewind(0);
    expect(hits.maybe(0, 0, stream.length)).toBe(true);
    expect(hits.maybe(1, 0, stream.length)).toBe(true); // inside "skill": the regex decides
    automaton.scan('nothing here', hits);
    expect(hits.maybe(1, 0, 12)).toBe(false);
    // A failure link: "counci" breaks off, "council" starts again at 6.
    automaton.scan('councicouncil', hits);
    expect(hits.maybe(0, 0, 6)).toBe(false);
    expect(hits.maybe(0, 6, 7)).toBe(true);
    expect(hits.maybe(0, 7, 13)).toBe(false);
  });

  const compiled = compilePolicy(policyOf(DEFAULT_SETTINGS), withTables);
  const reference = ungated(compiled);
  const pieces = fc.constantFrom(...examples);
  const words = fc.constantFrom('not', 'never', '. ', ', ', 'the', 'mayor', 'you', 'are', 'is', 'a', 'k i l l', 'f*ck', '😀', 'é', 'my', 'cell', '915-555-2368');

  it('gates nearly every pattern, many by more than one set', () => {
    expect(compiled.patterns.filter((p) => p.gate !== 0).length).toBeGreaterThan(compiled.patterns.length * 0.9);
    expect(compiled.patterns.filter((p) => p.also.length > 0).length).toBeGreaterThan(compiled.patterns.length * 0.2);
  });

  it('finds exactly what trying every pattern everywhere finds', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.array(fc.oneof(pieces, words), { minLength: 1, maxLength: 8 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(evaluate(t, compiled)).toEqual(evaluate(t, reference));
      }),
      { numRuns: 300 },
    );
    for (const t of examples) expect(evaluate(t, compiled), t).toEqual(evaluate(t, reference));
  }, 120_000);
});
