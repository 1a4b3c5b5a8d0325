// Round 8 of part a (issue #12, session 12; tests/fixtures/judgement/round8): drafts written by two
// people who never read our rules, split once (judgementFixtures.ts, partOfRow) into a dev part the
// session-12 round-9 act classes of illegal, violence and harassment were written from and a check
// part only ever scored in aggregate. This file holds those categories to what they reach on the DEV
// part (floors only go up) and caps how many clean dev drafts they flag. Before session 12 (dev
// part): illegal 13/53, violence 15/35, harassment 45/101, and 9 clean dev drafts flagged with these
// categories (3 of them by pack rules: "I will find you", "kill the lights", "son unos cracks").
import { describeDevPart } from './judgementFloors';

describeDevPart('round8', 'a', {
  floors: { illegal: 37, violence: 34, harassment: 70 },
  ceilings: 3,
});
