// Round 7, part C (issue #12, session 11): commercial, political, defamation, religious and
// official_voice on the round-7 DEV part (tests/fixtures/judgement/round7, split by partOfRow; the
// check part is only ever scored in aggregate and is not read here). This round widened the ACT
// side of each family from knowledge of how it is said (idiom, slang, border Spanish, euphemism):
// see the "round 7" entries of each category file.
// Dev part before → after the round: commercial 29 → 41/42, political 20 → 24/25,
// defamation 13 → 25/26, religious 15 → 26/26, official_voice 18 → 22/25; clean dev rows flagged
// with one of these categories 7 → 2 of 465 (both by the packs' word rules for donations).
// Floors are what the frames reach now: raise them, never lower. Ceilings only go down.
import { describeDevPart } from './judgementFloors';

describeDevPart('round7', 'c', {
  floors: { commercial: 41, political: 24, defamation: 25, religious: 26, official_voice: 22 },
  ceilings: { commercial: 2, political: 0, defamation: 0, religious: 0, official_voice: 0 },
});
