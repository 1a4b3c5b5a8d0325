// Round-5 fixtures of part a (issue #12, session 8; tests/fixtures/judgement/round5): drafts written
// before the round's rules were touched, in styles round 4 under-used (long posts with one bad
// clause, @replies, rhetorical questions, sarcasm, "it would be a shame if", emoji and hashtags,
// border Spanish, indirect references). Caught before → after the round: harassment 13 → 28/30,
// sexual 8 → 17/22, violence 11 → 21/22, profanity 13/21 and slur 14/21 (their words are lexicon
// entries, s8-pub's this round). The floors are what the frames reach now; raise them, never lower.
// This file does what describeFixtureRound (judgementFixtureRound.ts) does, plus a list of hard
// negatives that a pack rule, not a judgement frame, still flags.
import { describe, expect, it } from 'vitest';
import { loadFixture, warnings } from './judgementFixtures';

const FLOORS: Record<string, number> = {
  harassment: 28 / 30,
  sexual: 17 / 22,
  violence: 21 / 22,
  profanity: 13 / 21,
  slur: 14 / 21,
};

/**
 * Hard negatives a pack rule (rules/packs, rules/lexicons) still flags, by rule: any other alarm
 * fails. Remove an entry when the pack rule is fixed.
 */
const KNOWN_PACK_ALARMS: Record<string, string[]> = {
  // The lexicon's "cock" inside the rooster's call.
  'Cock-a-doodle-doo! Urban farm chicken permits now available': ['el-paso.sexual', 'harlingen.sexual'],
  // A put-down reported of oneself, read by the packs' "said I was useless" group insult.
  "He said I was useless at bowling and he's right lol, team Parks took last place": ['el-paso.harassment.group', 'harlingen.harassment.group'],
};

describe.each(Object.entries(FLOORS))('judgement round5 fixtures (part a): %s', (category, floor) => {
  const rows = loadFixture(`round5/${category}.jsonl`);
  const positives = rows.filter((r) => r.expect.includes(category));
  const negatives = rows.filter((r) => r.expect.includes('none'));

  it('has drafts of both kinds in both languages', () => {
    expect(positives.length).toBeGreaterThanOrEqual(20);
    expect(negatives.length).toBeGreaterThanOrEqual(10);
    expect(new Set(positives.map((r) => r.lang))).toEqual(new Set(['en', 'es']));
    expect(new Set(negatives.map((r) => r.lang))).toEqual(new Set(['en', 'es']));
  });

  it(`catches at least ${floor.toFixed(2)} of the violating drafts`, () => {
    const missed = positives.filter((r) => !warnings(r).some((f) => f.category === category)).map((r) => r.text);
    expect((positives.length - missed.length) / positives.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor - 1e-9);
  }, 30_000);

  it('raises nothing on the hard negatives (beyond the known pack alarms)', () => {
    const alarms = negatives
      .map((r) => ({ text: r.text, got: warnings(r).map((f) => f.ruleId).filter((id) => !(KNOWN_PACK_ALARMS[r.text] ?? []).includes(id)) }))
      .filter((r) => r.got.length > 0);
    expect(alarms).toEqual([]);
  });
});
