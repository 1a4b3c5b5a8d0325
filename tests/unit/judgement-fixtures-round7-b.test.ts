// Round 7, part b (issue #12, session 11): the act side of illegal, security, confidential,
// credentials and personal_info widened from round 7's DEV part misses (tests/fixtures/judgement/round7,
// judgementFixtures.ts partOfRow), written from the concept in en and es. Dev-part recall before → after:
// illegal 19 → 42/44, security 26 → 41/45, confidential 22 → 30/41, credentials 26 → 28/31,
// personal_info 24 → 28/37. The check part is only ever scored in aggregate
// (scripts/eval/fixture-rows.ts --part check). Floors only go up; ceilings only go down.
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { FRAMES } from '../../rules/judgement';
import { describeDevPart } from './judgementFloors';

describeDevPart('round7', 'b', {
  floors: { illegal: 42, security: 41, confidential: 30, credentials: 28, personal_info: 28 },
  ceilings: { illegal: 0, security: 1, confidential: 2, credentials: 0, personal_info: 1 },
});

// Two patterns of part b read `{~10}` / `{~12}` and two read a literal "${DIGIT_CODE}": the pattern
// language expands `{~N}` for one digit only, so those patterns compiled and never matched.
describe('part b frames: every pattern is written in the pattern language', () => {
  const mine = FRAMES.filter((f) => ['illegal', 'security', 'confidential', 'credentials', 'personal_info'].includes(f.category));
  it.each(mine.map((f) => [f.id, f] as const))('%s has no {~NN} and no unexpanded ${…}', (_id, frame) => {
    for (const p of frame.patterns ?? []) {
      expect(p).not.toMatch(/\{~\d\d/);
      expect(p).not.toContain('${');
    }
  });
});

// Lock codes: one set of shapes for credentials.lock_code and security.access_code (a door code is
// both), including combinations the stream splits ("23-7-41" arrives as "23 7 41"). New sentences.
describe('lock codes (round 7)', () => {
  const compiled = compilePolicy(DEFAULT_POLICY);
  const categories = (text: string) => new Set(evaluate(text, compiled, { merge: false }).map((f) => f.category as string));

  it.each([
    'la combinación del candado de la caseta es 12-30-8, ahí guardan las llaves',
    'the gate code at the Nations yard got changed to 7731 this morning',
    'el PIN de la reja del corralón es el 4-4-0-9, no lo cambien',
    'the door code for the Ascarate maintenance barn is still 2468',
  ])('reads the code in %j as credentials and security', (text) => {
    const got = categories(text);
    expect(got.has('credentials')).toBe(true);
    expect(got.has('security')).toBe(true);
  });

  it.each([
    'The gate opens at 7 and closes at 10 30 on weekdays.',
    'La combinación de lluvia y viento cerró la carretera 20 por 3 horas.',
    'Door prizes at 6, the code of conduct is posted by the gate.',
  ])('leaves %j alone', (text) => {
    const got = categories(text);
    expect(got.has('credentials')).toBe(false);
    expect(got.has('security')).toBe(false);
  });
});
