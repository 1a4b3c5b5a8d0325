// Round 6, part C (issue #12, session 10): commercial, political, defamation, religious and
// official_voice on the round-6 DEV part (tests/fixtures/judgement/round6, split by partOfRow;
// the check part is only ever scored in aggregate and is not read here). Rules were written from
// the dev part's misses, grouped into families (see each category file's header comment).
// Dev part before → after the round: commercial 82 → 105/111, political 30 → 58/64,
// defamation 18 → 41/47, religious 24 → 42/43, official_voice 25 → 37/39; clean rows flagged
// with one of these categories 24 → 9 of 1,271 (commercial 5, political 2, religious 1, official_voice 1).
// Floors are what the frames reach now: raise them, never lower. Ceilings only go down.
import { describeDevPart } from './judgementFloors';

describeDevPart('round6', 'c', {
  floors: { commercial: 107, political: 60, defamation: 44, religious: 42, official_voice: 37 },
  ceilings: { commercial: 5, political: 2, defamation: 0, religious: 1, official_voice: 1 },
});
