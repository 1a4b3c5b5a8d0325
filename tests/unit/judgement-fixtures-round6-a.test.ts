// Round 6 of part a (issue #12, session 10; tests/fixtures/judgement/round6): drafts written by three
// people who never read our rules, split once (judgementFixtures.ts, partOfRow) into a dev part the
// round-6 frames were written from and a check part only ever scored in aggregate. This file holds
// part a's categories to what they reach on the DEV part (floors only go up) and caps how many clean
// dev drafts they flag. Before session 10 (dev part): harassment 44/128, violence 15/61, sexual 13/38,
// profanity 36/38, slur 10/12, and 4 clean dev drafts flagged with these categories.
import { describeDevPart } from './judgementFloors';

describeDevPart('round6', 'a', {
  floors: { harassment: 113, violence: 58, sexual: 34, profanity: 38, slur: 12 },
  ceilings: 1,
});
