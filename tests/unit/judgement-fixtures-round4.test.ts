import { describeFixtureRound } from './judgementFixtureRound';

// Round-4 fixtures of parts b and c (issue #12, session 7; tests/fixtures/judgement/round4):
// drafts written from the policy's category descriptions before the round's rules were touched,
// not from policy_dev. Caught before → after the round: part b 36 → 77 of 91 (illegal 1 → 20/21,
// security 13 → 17/20, credentials 10/15, personal_info 10 → 14/15, confidential 2 → 16/20);
// part c 42 → 102 of 108 in its first batch and 13 → 25 of 28 in a second batch written mid-round.
// The floors are what the frames reach now; raise them, never lower. (Part a's round-4 rows sit
// in the top-level files, marked "round": 4: judgement-fixtures-a.test.ts.)
const FLOORS: Record<string, number> = {
  illegal: 20 / 21,
  security: 17 / 20,
  credentials: 10 / 15,
  personal_info: 14 / 15,
  confidential: 16 / 20,
  political: 1,
  religious: 27 / 28,
  commercial: 23 / 26,
  official_voice: 1,
  defamation: 26 / 28,
};

describeFixtureRound('round4', FLOORS);
