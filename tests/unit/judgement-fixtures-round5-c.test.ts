import { describeFixtureRound } from './judgementFixtureRound';

// Round-5 fixtures of part c (issue #12, session 8; tests/fixtures/judgement/round5): 22 violating
// drafts and 12 hard negatives per category, written before the round's rules were touched, in
// styles round 4 under-used (long posts with one bad clause, @replies, questions, sarcasm,
// "someone should…", Spanglish and border slang, indirect references), not from policy_dev.
// Caught before → after the round: 61 → 109 of 110 (political 11 → 22, religious 9 → 22,
// commercial 14 → 22, official_voice 11 → 22, defamation 16 → 21); negatives clean 59 → 60 of 60.
// The floors are what the frames reach now; raise them, never lower.
const FLOORS: Record<string, number> = {
  political: 1,
  religious: 1,
  commercial: 1,
  official_voice: 1,
  defamation: 21 / 22,
};

describeFixtureRound('round5', FLOORS);
