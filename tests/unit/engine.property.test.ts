import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { normalize } from '../../rules/engine/normalize';

const compiled = compilePolicy(DEFAULT_POLICY);
// Arbitrary Unicode plus text built from words the rules care about, so matches really happen.
const pieces = fc.constantFrom('fuck', 'f*ck', 'b!tch', ' ', '. ', 'immigrants are vermin', '915-555-2368', 'ｆｕｃｋ', 'ß', '\u200b', '😀', 'é', 'İ', 'k i l l', '@user', 'https://x.co/a', 'password: Tr0ub4dor&3');
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((a) => a.join('')));

describe('evaluate on arbitrary input', () => {
  it('never throws and returns valid, sorted offsets whose excerpt is the original text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('en' as const, 'es' as const), (t, locale) => {
        const findings = evaluate(t, compiled, { locale });
        let last = -1;
        for (const f of findings) {
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.excerpt).toBe(t.slice(f.start, f.end));
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('maps every token into the original text, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const n = normalize(t);
        let prev = 0;
        for (const tok of n.tokens) {
          expect(tok.start).toBeGreaterThanOrEqual(0);
          expect(tok.end).toBeLessThanOrEqual(t.length);
          expect(tok.start).toBeGreaterThanOrEqual(prev);
          if (!tok.boundary) prev = tok.start;
        }
        expect(n.tokenAt.length).toBe(n.stream.length + 1);
      }),
      { numRuns: 400 },
    );
  });

  it('does work proportional to the text: a draft repeated k times gives k times the findings', () => {
    // A deterministic stand-in for "linear": no matcher looks across unboundedly many
    // sentences, so repeating a draft repeats its findings exactly (timing is in npm run bench).
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 8 }), fc.integer({ min: 2, max: 6 }), (parts, k) => {
        const unit = `${parts.join(' ')}.\n`;
        const one = evaluate(unit, compiled).length;
        expect(evaluate(unit.repeat(k), compiled).length).toBe(one * k);
      }),
      { numRuns: 100 },
    );
  });

  // Regression (seed -1774086720): a pack id {"toString": null} made the problem message throw.
  it('reports a pack id that cannot be turned into text', () => {
    const c = compilePolicy({ packs: [{ toString: null }] as never });
    expect(c.problems).toEqual([{ ruleId: '{"toString":null}', reason: 'Unknown policy pack "{"toString":null}"' }]);
  });

  it('does not throw on hostile admin input', () => {
    fc.assert(
      fc.property(fc.anything(), (rules) => {
        const c = compilePolicy({ packs: rules as never, customRules: rules as never, allowTerms: rules as never, categories: rules as never, politicalDomains: rules as never, workEmailDomains: rules as never } as never);
        compilePolicy(rules as never);
        expect(Array.isArray(c.problems)).toBe(true);
        expect(Array.isArray(evaluate('bullshit', c))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
