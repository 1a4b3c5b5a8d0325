import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate, PACKS } from '../../rules';
import type { Rule } from '../../rules';

const compiled = compilePolicy(DEFAULT_POLICY);

describe('evaluate', () => {
  it('reports offsets into the original text, with the excerpt they cover', () => {
    const text = 'Honestly, THIS is BullShit. Call 915-555-2368.';
    const findings = evaluate(text, compiled);
    expect(findings.map((f) => [f.category, text.slice(f.start, f.end), f.excerpt])).toEqual([
      ['profanity', 'BullShit', 'BullShit'],
      ['personal_info', '915-555-2368', '915-555-2368'],
    ]);
  });

  it('reports a span once when both packs flag it, citing the first pack', () => {
    const [finding, ...rest] = evaluate('bullshit', compiled);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'el-paso.profanity.strong', severity: 'violation', citation: { section: 'III.A.5.a' } });
  });

  it('matches whole words only (the Scunthorpe problem)', () => {
    expect(evaluate('Scunthorpe, shiitake, assessment, cockpit, Dickens, therapist', compiled)).toEqual([]);
  });

  it('uses the requested language for messages', () => {
    const [en] = evaluate('mierda', compiled, { locale: 'en' });
    const [es] = evaluate('mierda', compiled, { locale: 'es' });
    expect(en!.message).toMatch(/Profane/);
    expect(es!.message).toMatch(/grosero/);
  });

  it('honours allow-lists and disabled categories', () => {
    expect(evaluate('bullshit', compilePolicy({ ...DEFAULT_POLICY, allowTerms: ['BULLSHIT'] }))).toEqual([]);
    const noPii = compilePolicy({ ...DEFAULT_POLICY, categories: { personal_info: { enabled: false } } });
    expect(evaluate('call 915-555-2368', noPii)).toEqual([]);
  });

  it('applies a severity override', () => {
    const soft = compilePolicy({ packs: ['el-paso'], categories: { profanity: { severity: 'caution' } } });
    expect(evaluate('shit', soft).map((f) => f.severity)).toEqual(['caution']);
  });

  it.each([
    ['311 service line', 'call 311 or (915) 311-2368'],
    ['fictional 555-01xx', 'call 915-555-0123'],
    ['published sample SSN', 'e.g. 078-05-1120'],
    ['impossible SSN area', '666-12-3456 and 900-12-3456'],
  ])('does not flag %s', (_name, text) => {
    expect(evaluate(text, compiled)).toEqual([]);
  });

  it('rejects an unknown pack with a clear error', () => {
    expect(() => compilePolicy({ packs: ['nowhere' as never] })).toThrow(/Unknown policy pack "nowhere"/);
  });
});

describe('pack examples', () => {
  const cases = Object.values(PACKS).flatMap((pack) =>
    pack.rules.flatMap((rule: Rule) => [
      ...rule.examples.hit.map((text) => ({ rule, text, hit: true })),
      ...rule.examples.miss.map((text) => ({ rule, text, hit: false })),
    ]),
  );

  it.each(cases)('$rule.id: "$text" → hit=$hit', ({ rule, text, hit }) => {
    const single = compilePolicy({ packs: [rule.id.startsWith('harlingen') ? 'harlingen' : 'el-paso'] });
    const ids = evaluate(text, single).map((f) => f.ruleId);
    expect(ids.includes(rule.id)).toBe(hit);
  });

  it('every rule cites a section and has both kinds of examples', () => {
    for (const pack of Object.values(PACKS)) {
      for (const rule of pack.rules) {
        expect(rule.citation.pack).toBe(pack.id);
        expect(rule.citation.section.length).toBeGreaterThan(0);
        expect(rule.examples.hit.length).toBeGreaterThan(0);
        expect(rule.examples.miss.length).toBeGreaterThan(0);
      }
    }
  });
});
