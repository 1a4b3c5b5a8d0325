// Round 8, part b (issue #12, session 12): the act side of sexual, defamation, security, credentials and
// confidential widened from round 8's DEV part misses (tests/fixtures/judgement/round8, judgementFixtures.ts
// partOfRow), each family written as a way of saying it, en and es. Dev-part recall before -> after:
// sexual 15 -> 25/30, defamation 18 -> 35/37, security 24 -> 34/48, confidential 24 -> 30/34,
// credentials 18 -> 24/30; clean dev drafts flagged with these categories 5 -> 3. The check part is only
// ever scored in aggregate (scripts/eval/fixture-rows.ts --part check). Floors only go up; ceilings only go down.
import { describeDevPart } from './judgementFloors';

describeDevPart('round8', 'b', {
  floors: { sexual: 25, defamation: 35, security: 34, confidential: 30, credentials: 24 },
  ceilings: { sexual: 0, defamation: 0, security: 1, confidential: 2, credentials: 0 },
});
