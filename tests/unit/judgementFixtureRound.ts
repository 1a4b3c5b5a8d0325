// The fixture test of one round's folder, shared by the judgement parts (kept apart from
// judgementFixtures.ts, which scripts can import without Vitest).
import { describe, expect, it } from 'vitest';
import { flaggedCategories, loadFixture } from './judgementFixtures';

/**
 * The fixture test of one round's folder (tests/fixtures/judgement/<dir>/<category>.jsonl; rows
 * shaped like loadFixture's): each category named in `floors` has violating drafts and hard
 * negatives in both languages, catches at least its floor of the violating drafts, and raises
 * nothing on the hard negatives. Each judgement part calls it from its own test file with its own
 * floors (judgement-fixtures-round5-a/-b/-c.test.ts), so parts never edit the same file.
 */
export function describeFixtureRound(dir: string, floors: Record<string, number>, min = { positives: 15, negatives: 6 }): void {
  describe.each(Object.entries(floors))(`judgement ${dir} fixtures: %s`, (category, floor) => {
    const rows = loadFixture(`${dir}/${category}.jsonl`);
    const positives = rows.filter((r) => r.expect.includes(category));
    const negatives = rows.filter((r) => r.expect.includes('none'));

    it('has drafts of both kinds in both languages', () => {
      expect(positives.length).toBeGreaterThanOrEqual(min.positives);
      expect(negatives.length).toBeGreaterThanOrEqual(min.negatives);
      expect(new Set(positives.map((r) => r.lang))).toEqual(new Set(['en', 'es']));
    });

    it(`catches at least ${floor.toFixed(2)} of the violating drafts`, () => {
      const missed = positives.filter((r) => !flaggedCategories(r).has(category)).map((r) => r.text);
      expect((positives.length - missed.length) / positives.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor - 1e-9);
    }, 30_000);

    it('raises nothing on the hard negatives', () => {
      const alarms = negatives.map((r) => ({ text: r.text, got: [...flaggedCategories(r)] })).filter((r) => r.got.length > 0);
      expect(alarms).toEqual([]);
    });
  });
}
