import { describe, expect, it } from 'vitest';
import { flaggedCategories, loadFixture } from './judgementFixtures';

// Round-2 fixtures (issue #12): drafts written for this test, not taken from policy_dev, so they
// measure whether a category's frames reach wording nobody developed them on. Each file holds
// violating drafts (expect = [category]) and hard negatives (expect = ["none"]).

/** Recall floor per category: what the frames reach today, set honestly, not a target. */
const floors: Record<string, number> = {
  confidential: 0.95,
  personal_info: 0.95,
  security: 0.95,
  religious: 0.95,
  official_voice: 0.95,
  political: 0.95,
};

describe.each(Object.entries(floors))('judgement fixtures: %s', (category, floor) => {
  const rows = loadFixture(`${category}.jsonl`);
  const positives = rows.filter((r) => r.expect.includes(category));
  const negatives = rows.filter((r) => r.expect.includes('none'));

  it('has enough drafts of both kinds to mean something', () => {
    expect(positives.length).toBeGreaterThanOrEqual(20);
    expect(negatives.length).toBeGreaterThanOrEqual(10);
  });

  it(`catches at least ${floor} of the violating drafts`, () => {
    const missed = positives.filter((r) => !flaggedCategories(r).has(category)).map((r) => r.text);
    expect((positives.length - missed.length) / positives.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor);
  });

  it('raises nothing on the hard negatives', () => {
    const alarms = negatives.map((r) => ({ text: r.text, got: [...flaggedCategories(r)] })).filter((r) => r.got.length > 0);
    expect(alarms).toEqual([]);
  });
});
