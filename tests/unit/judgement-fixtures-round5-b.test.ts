import { describeFixtureRound } from './judgementFixtureRound';

// Round-5 fixtures of part b (issue #12, session 8; tests/fixtures/judgement/round5): drafts written
// before the round's rules were touched, in styles round 4 under-used (long posts with one bad
// clause, @replies, questions, sarcasm, "someone should", abbreviations, Spanglish, indirect
// references). Caught before → after the round: confidential 7 → 21/24, security 10 → 22/22,
// credentials 8 → 22/22, personal_info 11 → 22/22, illegal 10 → 21/22 (46 → 108 of 112).
// The floors are what the frames reach now; raise them, never lower.
describeFixtureRound('round5', {
  confidential: 21 / 24,
  security: 1,
  credentials: 1,
  personal_info: 1,
  illegal: 21 / 22,
});
