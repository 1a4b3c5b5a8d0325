import { describe, expect, it } from 'vitest';
import { CATEGORIES, compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { duplicateWordClasses, FRAMES } from '../../rules/judgement';

const compiled = compilePolicy(DEFAULT_POLICY);
const hits = FRAMES.flatMap((frame) => frame.examples.hit.map((text) => ({ frame, text })));
const misses = FRAMES.flatMap((frame) => frame.examples.miss.map((text) => ({ frame, text })));

describe('judgement frames', () => {
  it('have unique ids named for their category, messages in both languages and examples of both kinds', () => {
    const ids = new Set<string>();
    for (const frame of FRAMES) {
      expect(ids.has(frame.id), frame.id).toBe(false);
      ids.add(frame.id);
      expect(frame.id.startsWith(`judgement.${frame.category}.`), frame.id).toBe(true);
      expect(CATEGORIES).toContain(frame.category);
      expect(frame.message.en.length, frame.id).toBeGreaterThan(0);
      expect(frame.message.es.length, frame.id).toBeGreaterThan(0);
      expect(frame.examples.hit.length, frame.id).toBeGreaterThan(0);
      expect(frame.examples.miss.length, frame.id).toBeGreaterThan(0);
    }
  });

  it('define each word class once', () => {
    expect(duplicateWordClasses()).toEqual([]);
  });

  it('have no pattern that starts or ends with a space (the matcher reads whole words: such a pattern never matches)', () => {
    const edged = FRAMES.flatMap((frame) => frame.patterns.filter((p) => p !== p.trim()).map((p) => `${frame.id}: "${p}"`));
    expect(edged).toEqual([]);
  });

  it('compile without problems in the default policy', () => {
    expect(compiled.problems).toEqual([]);
  });

  it.runIf(hits.length > 0).each(hits)('$frame.id flags "$text"', ({ frame, text }) => {
    // As found: where a rule's own finding lies inside the frame's clause, the card shows the rule's.
    const found = evaluate(text, compiled, { merge: false }).filter((f) => f.ruleId === frame.id);
    expect(evaluate(text, compiled).some((f) => f.category === frame.category && f.severity !== 'info')).toBe(true);
    expect(found.length).toBeGreaterThan(0);
    // The span is the words that made the judgement, not the whole draft (unless it is one clause).
    expect(found[0]!.excerpt.length).toBeLessThanOrEqual(text.length);
  });

  it.runIf(misses.length > 0).each(misses)('$frame.category: nothing flagged in "$text"', ({ frame, text }) => {
    const found = evaluate(text, compiled).filter((f) => f.category === frame.category && f.severity !== 'info');
    expect(found.map((f) => f.excerpt)).toEqual([]);
  });

  it.runIf(FRAMES.length > 0)('cite the section the active pack gives the category, and are off with the category', () => {
    const frame = FRAMES[0]!;
    const text = frame.examples.hit[0]!;
    for (const pack of ['el-paso', 'harlingen'] as const) {
      const only = compilePolicy({ packs: [pack] });
      const packRule = only.rules.find((r) => r.category === frame.category && !r.id.startsWith('judgement.'));
      const found = evaluate(text, only).find((f) => f.ruleId === frame.id);
      if (!packRule) expect(found).toBeUndefined();
      else expect(found?.citation).toEqual(packRule.citation);
    }
    const off = compilePolicy({ ...DEFAULT_POLICY, categories: { [frame.category]: { enabled: false } } });
    expect(evaluate(text, off).some((f) => f.ruleId === frame.id)).toBe(false);
  });
});
