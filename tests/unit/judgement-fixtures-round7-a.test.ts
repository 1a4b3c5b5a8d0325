// Round 7 of part a (issue #12, session 11; tests/fixtures/judgement/round7): drafts written by two
// people who never read our rules, split once (judgementFixtures.ts, partOfRow) into a dev part the
// session-11 act classes were widened from and a check part only ever scored in aggregate. This file
// holds part a's categories to what they reach on the DEV part (floors only go up) and caps how many
// clean dev drafts they flag. Before session 11 (dev part): harassment 41/76, violence 12/24,
// sexual 7/20, profanity 27/30, slur 26/30, and 3 clean dev drafts flagged with these categories.
import { describeDevPart } from './judgementFloors';

describeDevPart('round7', 'a', {
  floors: { harassment: 63, violence: 23, sexual: 16, profanity: 28, slur: 29 },
  ceilings: 0,
});
