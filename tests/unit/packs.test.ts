import { describe, expect, it } from 'vitest';
import { CATEGORIES, compilePolicy, evaluate, PACK_IDS, PACKS } from '../../rules';
import type { CompiledPolicy } from '../../rules';
import type { Rule } from '../../rules';
import * as en from '../../rules/lexicons/en/words';
import * as es from '../../rules/lexicons/es/words';

const cases = Object.values(PACKS).flatMap((pack) =>
  pack.rules.flatMap((rule: Rule) => [
    ...rule.examples.hit.map((text) => ({ pack: pack.id, rule, text, hit: true })),
    ...rule.examples.miss.map((text) => ({ pack: pack.id, rule, text, hit: false })),
  ]),
);
/** Each built-in pack on its own (a new pack in rules/packs/index.ts is tested here with no change). */
const single: Record<string, CompiledPolicy> = Object.fromEntries(PACK_IDS.map((id) => [id, compilePolicy({ packs: [id] })]));

describe('pack examples', () => {
  it.each(cases)('$rule.id: "$text" → hit=$hit', ({ pack, rule, text, hit }) => {
    const ids = evaluate(text, single[pack]!).map((f) => f.ruleId);
    expect(ids.includes(rule.id)).toBe(hit);
  });
});

describe('packs', () => {
  it('compile without problems', () => {
    for (const id of PACK_IDS) expect(single[id]!.problems).toEqual([]);
  });

  it('cover all 15 categories between them', () => {
    const covered = new Set(Object.values(PACKS).flatMap((p) => p.rules.map((r) => r.category)));
    expect([...covered].sort()).toEqual([...CATEGORIES].sort());
  });

  it('give every rule a unique id, a citation of its own pack, messages in both languages and both kinds of examples', () => {
    const ids = new Set<string>();
    for (const pack of Object.values(PACKS)) {
      for (const rule of pack.rules) {
        expect(ids.has(rule.id), rule.id).toBe(false);
        ids.add(rule.id);
        expect(rule.id.startsWith(`${pack.id}.`)).toBe(true);
        expect(rule.citation.pack).toBe(pack.id);
        expect(rule.citation.section.length).toBeGreaterThan(0);
        expect(rule.citation.title.length).toBeGreaterThan(0);
        expect(rule.message.en.length).toBeGreaterThan(0);
        expect(rule.message.es.length).toBeGreaterThan(0);
        expect(rule.message.es).not.toBe(rule.message.en);
        expect(rule.examples.hit.length).toBeGreaterThan(0);
        expect(rule.examples.miss.length).toBeGreaterThan(0);
      }
    }
  });

  it('keep the rule ids the extension and its end-to-end tests rely on', () => {
    const c = compilePolicy({ packs: ['el-paso', 'harlingen'] });
    expect(evaluate('bullshit', c)).toEqual([expect.objectContaining({ ruleId: 'el-paso.profanity.strong', citation: expect.objectContaining({ section: 'III.A.5.a' }) })]);
    expect(evaluate('(915) 555-2368', c)).toEqual([expect.objectContaining({ ruleId: 'el-paso.personal_info.phone', citation: expect.objectContaining({ section: 'III.A.5.c.1' }) })]);
    expect(evaluate('Join us Saturday at the Scunthorpe Street library for the reading assessment fair!', c)).toEqual([]);
  });

  it('list each exception under a word of its own list, in phrases that hold that word', () => {
    const lists: [string[], Record<string, string[]>][] = [
      [en.PROFANITY_STRONG, en.PROFANITY_STRONG_EXCEPT],
      [en.PROFANITY_MILD, en.PROFANITY_MILD_EXCEPT],
      [en.SEXUAL, en.SEXUAL_EXCEPT],
      [en.SLURS, en.SLURS_EXCEPT],
      [es.PROFANITY_STRONG, es.PROFANITY_STRONG_EXCEPT],
      [es.INSULTS, es.INSULTS_EXCEPT],
    ];
    for (const [terms, except] of lists) {
      for (const [word, phrases] of Object.entries(except)) {
        expect(terms.some((t) => t.replace(/[*^]/g, '') === word), word).toBe(true);
        for (const phrase of phrases) expect(phrase, word).toContain(word);
      }
    }
  });
});
