/**
 * Bad and hostile input to the pure parts (docs/security.md): fuzzing with fast-check
 * and the worst cases an administrator's policy file or a page could hand us.
 * Complements engine.property.test.ts (evaluate's offsets, tokens, hostile compile input).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSettingsStore, type StorageLike } from '../../entrypoints/background/settings';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { normalize } from '../../rules/engine/normalize';
import { LIMITS, validatePolicy } from '../../rules/settings';
import { isEnvelope, isPolicyChanged, VALIDATORS, type MessageType } from '../../rules/messages';
import { CATEGORIES, DEFAULT_SETTINGS, policyOf, type Settings } from '../../rules/schema';

/** Settings as the background computes them, from a managed policy and nothing else. */
async function effectiveSettings(managed: unknown): Promise<{ settings: Settings; problems: number }> {
  const empty = async () => ({});
  const storage: StorageLike = {
    local: { get: empty, set: async () => {} },
    managed: { get: async () => (managed && typeof managed === 'object' ? (managed as Record<string, unknown>) : { value: managed }) },
    onChanged: { addListener: () => {} },
  };
  const store = createSettingsStore(storage, { log: () => {}, managedWaitMs: 0 });
  await store.ready;
  return { settings: store.get(), problems: store.problems().length };
}

/** Values shaped like a policy: the right keys with any values, often of the wrong type. */
const policyLike = fc.dictionary(
  fc.constantFrom(...(Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]), '__proto__', 'constructor', 'extra'),
  fc.oneof(fc.anything(), fc.jsonValue(), fc.array(fc.record({ id: fc.string(), category: fc.constantFrom(...CATEGORIES, 'x'), severity: fc.string(), terms: fc.array(fc.string()), pattern: fc.string(), message: fc.string() }, { requiredKeys: [] }))),
);

const within = (ms: number, fn: () => void): number => {
  const start = performance.now();
  fn();
  const took = performance.now() - start;
  expect(took, `took ${Math.round(took)} ms`).toBeLessThan(ms);
  return took;
};

describe('the managed-policy validator on arbitrary input', () => {
  it('never throws, and the settings it leads to are complete, compile and check a draft', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), policyLike, fc.jsonValue()), async (raw) => {
        const { policy, problems } = validatePolicy(raw);
        expect(Array.isArray(problems)).toBe(true);
        const { settings } = await effectiveSettings(raw);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        // Whatever was accepted is what is in force.
        for (const [k, v] of Object.entries(policy)) expect(settings[k as keyof Settings]).toEqual(v);
        const compiled = compilePolicy(policyOf(settings));
        expect(Array.isArray(evaluate('this is bullshit, call 915-555-2368', compiled))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('a hostile policy file', () => {
  it('100,000 terms in one rule: rejected by the limit with a clear problem, quickly; the defaults stay', async () => {
    const terms = Array.from({ length: 100_000 }, (_, i) => `term${i}`);
    let result!: ReturnType<typeof validatePolicy>;
    within(1_000, () => {
      result = validatePolicy({ customRules: [{ id: 'big', category: 'confidential', severity: 'violation', terms, message: 'm' }] });
    });
    expect(result.policy.customRules).toEqual([]);
    expect(result.problems.map((p) => p.key)).toContain('customRules[0]');
    expect(JSON.stringify(result.problems)).toMatch(/100000 items, more than the limit of 500/);
    const { settings } = await effectiveSettings({ allowTerms: terms });
    expect(settings.allowTerms).toEqual(DEFAULT_SETTINGS.allowTerms);
  });

  it('the largest policy the limits allow compiles in bounded time; terms past the total budget are reported', () => {
    // 500 rules × 500 terms took 12 s to compile, so all rules together hold at most LIMITS.totalTerms
    // (here 100 rules × 500 terms: the first 40 rules are kept, and the pattern rule after them).
    const customRules = Array.from({ length: 100 }, (_, r) => ({
      id: `r${r}`,
      category: 'confidential' as const,
      severity: 'caution' as const,
      terms: Array.from({ length: LIMITS.termsPerRule }, (_, t) => `project ${r} codename ${t}`),
      message: 'Internal project.',
    }));
    const { policy, problems } = validatePolicy({ customRules: [...customRules, { id: 'p', category: 'security', severity: 'violation', pattern: 'alarm code \\d{4}', message: 'm' }] });
    const kept = LIMITS.totalTerms / LIMITS.termsPerRule;
    expect(policy.customRules!.map((r) => r.id)).toEqual([...customRules.slice(0, kept).map((r) => r.id), 'p']);
    expect(problems).toHaveLength(customRules.length - kept);
    expect(problems[0]).toEqual({ key: `customRules[${kept}]`, reason: `more than ${LIMITS.totalTerms} terms in all custom rules together`, fallback: 'item skipped' });
    let compiled!: ReturnType<typeof compilePolicy>;
    within(10_000, () => {
      compiled = compilePolicy({ ...DEFAULT_POLICY, customRules: policy.customRules! });
    });
    const draft = `Update on project ${kept - 1} codename 499 before the council meeting; alarm code 1234. `.repeat(4);
    let findings: ReturnType<typeof evaluate> = [];
    within(1_000, () => {
      findings = evaluate(draft, compiled);
    });
    expect(findings.map((f) => f.ruleId)).toContain(`r${kept - 1}`);
    expect(findings.map((f) => f.ruleId)).toContain('p');
  }, 60_000);

  it.each([
    ['(a+)+$', 'a'.repeat(50_000) + '!'],
    ['(a|aa)*b', 'a'.repeat(50_000)],
    ['(x+x+)+y', 'x'.repeat(50_000)],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', 'abcdefghij'.repeat(5_000) + '!'],
    ['(.*a){12}', 'a'.repeat(20_000)],
  ])('the pattern %s, catastrophic for a backtracking engine, runs in linear time in RE2', (pattern, text) => {
    const { policy, problems } = validatePolicy({ customRules: [{ id: 'evil', category: 'security', severity: 'violation', pattern, message: 'm' }] });
    expect(problems).toEqual([]);
    const compiled = compilePolicy({ ...DEFAULT_POLICY, customRules: policy.customRules! });
    within(3_000, () => evaluate(text, compiled));
  });

  it('RE2-only syntax is enforced: backreferences and lookarounds are rejected with a reason', () => {
    for (const pattern of ['(a)\\1', '(?=a)b', '(?<!a)b']) {
      const { policy, problems } = validatePolicy({ customRules: [{ id: 'p', category: 'security', severity: 'violation', pattern, message: 'm' }] });
      expect(policy.customRules ?? []).toEqual([]);
      expect(problems[0]?.reason, pattern).toMatch(/not a valid RE2 pattern/);
    }
  });

  it('deeply nested JSON (100,000 levels) is reported, not a stack overflow', async () => {
    const depth = 100_000;
    const json = `{"organization": {"name": ${'['.repeat(depth)}${']'.repeat(depth)}}, "categories": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const raw = JSON.parse(json) as unknown;
    let result!: ReturnType<typeof validatePolicy>;
    within(2_000, () => {
      result = validatePolicy(raw);
    });
    // The unknown category "a" is named and ignored without descending into it (issue #16).
    expect(result.problems.map((p) => p.key).sort()).toEqual(['categories.a', 'organization']);
    const { settings } = await effectiveSettings(raw);
    expect(settings.organization).toEqual(DEFAULT_SETTINGS.organization);
    expect(settings.categories).toEqual(DEFAULT_SETTINGS.categories);
  });
});

describe('message validators on arbitrary payloads', () => {
  const types = Object.keys(VALIDATORS) as MessageType[];
  it('never throw: each returns either a reason (string) or a clean payload (object)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.oneof(fc.anything(), fc.object(), fc.jsonValue()), (type, data) => {
        const out = (VALIDATORS[type] as (d: unknown) => unknown)(data);
        expect(typeof out === 'string' || (typeof out === 'object' && out !== null)).toBe(true);
        expect(isEnvelope({ askFirst: 1, type, data })).toBe(true);
        isPolicyChanged(data);
        isEnvelope(data);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a payload that passes keeps no extra fields (nothing unchecked reaches a handler)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.object(), (type, data) => {
        const out = (VALIDATORS[type] as (d: unknown) => unknown)(data);
        if (typeof out === 'string') return;
        for (const key of Object.keys(out as object)) expect(Object.hasOwn(data, key) || key === 'term').toBe(true);
        expect(JSON.stringify(out)).not.toContain('__proto__');
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('normalization and evaluate on every Unicode plane', () => {
  /** Any code point, lone surrogates included, and the confusables and marks the engine folds. */
  const anyText = fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom('\uD800', '\uDFFF', '\u0301', '\u200D', 'ｆ', 'ß', 'İ', 'fuck', ' ', '\n'),
    ),
    { maxLength: 300 },
  ).map((parts) => parts.join(''));

  it('the offset maps are total and monotonic; every token and finding points into the original text', () => {
    const compiled = compilePolicy(DEFAULT_POLICY);
    fc.assert(
      fc.property(anyText, (t) => {
        const n = normalize(t);
        expect(n.tokenAt.length).toBe(n.stream.length + 1);
        for (const tok of n.tokens) {
          expect(0 <= tok.start && tok.start <= tok.end && tok.end <= t.length).toBe(true);
        }
        for (const f of evaluate(t, compiled)) expect(t.slice(f.start, f.end)).toBe(f.excerpt);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('time grows about linearly with length, also on adversarial repetitions', () => {
    const compiled = compilePolicy(DEFAULT_POLICY);
    const timeOf = (text: string) => {
      let best = Infinity; // the fastest of several runs: the least disturbed by other work
      for (let i = 0; i < 7; i++) {
        const start = performance.now();
        evaluate(text, compiled);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    // Inputs that stress matching, not output: a draft with tens of thousands of findings spends
    // its time allocating them (and the repeat test in engine.property.test.ts counts them exactly).
    for (const unit of ['a', '*', '1', 'f*', '5-', '915-555-', '😀', '\uD800', 'aaa@bbb.', 'http://', 'xXx']) {
      evaluate(unit.repeat(1_000), compiled); // warm up
      // 4× the text: linear is 4× (measured 2.5–6× with garbage collection of tens of thousands
      // of findings); quadratic would be 16×. A ratio over 10 is measured once more (the unit and
      // e2e projects share the machine: one slow sample is load, a quadratic engine stays slow).
      // Times under FLOOR are scheduling noise on the shared machine: since patterns are tried only
      // near their literals, 50,000 "a" take ~2 ms, and one slow sample of the large text read
      // 2.1 → 88.6 ms (best of 7; 13–24 ms alone). A quadratic engine is slow in absolute terms too.
      const FLOOR = 10;
      let small = 0;
      let large = Infinity;
      for (let attempt = 0; attempt < 2 && large / Math.max(small, FLOOR) >= 10; attempt++) {
        small = timeOf(unit.repeat(Math.ceil(50_000 / unit.length)));
        large = timeOf(unit.repeat(Math.ceil(200_000 / unit.length)));
      }
      expect(large / Math.max(small, FLOOR), `${JSON.stringify(unit)}: ${small.toFixed(1)} → ${large.toFixed(1)} ms`).toBeLessThan(10);
    }
  }, 60_000);
});
