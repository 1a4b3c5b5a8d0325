// Drafts written for issue #12 round 2 (not taken from policy_dev), scored the way
// scripts/eval/policy-dev.ts scores policy_dev: a violating draft is caught when one of its
// expected categories is flagged (caution or violation); a hard negative must flag nothing.
// The recall floors are what the frames reached when they were written; raise them, never lower.
import { describe, expect, it } from 'vitest';
import { loadFixture, warnings as flagged } from './judgementFixtures';

const load = (category: string) => loadFixture(`${category}.jsonl`);

/** Minimum share of each file's violating drafts (rounds 2-3) that must be caught. */
const FLOORS: Record<string, number> = { harassment: 0.95, sexual: 1, violence: 1, illegal: 1, defamation: 0.95 };

/**
 * Round 4 (session 7) drafts, marked `"round": 4`, written before the round's rules were
 * touched; caught before → after the round: harassment 3 → 24 of 25, sexual 5 → 17 of 20, violence 9 → 17 of 20,
 * profanity 13 → 14 of 15, slur 9 → 15 of 15. The floors are those figures.
 */
const ROUND4_FLOORS: Record<string, number> = { harassment: 24 / 25, sexual: 17 / 20, violence: 17 / 20, profanity: 14 / 15, slur: 1 };

/**
 * Hard negatives that a pack rule (rules/packs, not a judgement frame) still flags: listed by
 * rule so that any new false alarm fails. Remove an entry when the pack rule is fixed.
 */
const KNOWN_PACK_ALARMS: Record<string, string> = {
  'The firefighters\' calendar fundraiser supports burn survivors': 'el-paso.commercial',
  'Our director stole the show at the awards banquet, congrats!': 'el-paso.defamation',
};

describe('judgement fixtures (part a): drafts nobody tuned on', () => {
  for (const [category, floor] of Object.entries(FLOORS)) {
    const rows = load(category).filter((r) => r.round === undefined);
    const violating = rows.filter((r) => r.expect.some((c) => c !== 'none'));
    const negatives = rows.filter((r) => r.expect.every((c) => c === 'none'));

    it(`${category}: has 20 violating drafts and 10 hard negatives, in both languages`, () => {
      expect(violating.length).toBe(20);
      expect(negatives.length).toBe(10);
      expect(rows.filter((r) => r.lang === 'es').length).toBeGreaterThanOrEqual(12);
      for (const r of violating) expect(r.expect).toContain(category);
    });

    it(`${category}: catches at least ${floor * 100}% of the violating drafts`, () => {
      const missed = violating.filter((r) => !flagged(r).some((f) => r.expect.includes(f.category)));
      const recall = (violating.length - missed.length) / violating.length;
      expect(recall, `missed:\n${missed.map((r) => r.text).join('\n')}`).toBeGreaterThanOrEqual(floor);
    }, 30_000);

    it(`${category}: flags none of the hard negatives`, () => {
      for (const r of negatives) {
        const rules = flagged(r).map((f) => f.ruleId).filter((id) => id !== KNOWN_PACK_ALARMS[r.text]);
        expect(rules, r.text).toEqual([]);
      }
    });
  }
});

describe('judgement fixtures (part a, round 4): drafts written before the round\'s rules', () => {
  for (const [category, floor] of Object.entries(ROUND4_FLOORS)) {
    const rows = load(category).filter((r) => r.round === 4);
    const violating = rows.filter((r) => r.expect.some((c) => c !== 'none'));
    const negatives = rows.filter((r) => r.expect.every((c) => c === 'none'));

    it(`${category}: has at least 15 violating drafts and 6 hard negatives, in both languages`, () => {
      expect(violating.length).toBeGreaterThanOrEqual(15);
      expect(negatives.length).toBeGreaterThanOrEqual(6);
      expect(rows.filter((r) => r.lang === 'es').length).toBeGreaterThanOrEqual(6);
      for (const r of violating) expect(r.expect).toContain(category);
    });

    it(`${category}: catches at least ${Math.round(floor * 100)}% of the violating drafts`, () => {
      const missed = violating.filter((r) => !flagged(r).some((f) => r.expect.includes(f.category)));
      const recall = (violating.length - missed.length) / violating.length;
      expect(recall, `missed:\n${missed.map((r) => r.text).join('\n')}`).toBeGreaterThanOrEqual(floor - 1e-9);
    }, 30_000);

    it(`${category}: flags none of the hard negatives`, () => {
      for (const r of negatives) expect(flagged(r).map((f) => f.ruleId), r.text).toEqual([]);
    });
  }
});
