// Round 6, part b (issue #12, session 10): the frames written from round 6's DEV part
// (tests/fixtures/judgement/round6, judgementFixtures.ts partOfRow) for illegal, security,
// confidential, credentials and personal_info. Dev-part recall before → after this round:
// illegal 19 → 87/100, security 21 → 47/69, confidential 29 → 35/56, credentials 21 → 28/36,
// personal_info 26 → 39/50; dev clean rows flagged with one of these categories 29 → 8.
// The check part is only ever scored in aggregate (scripts/eval/fixture-rows.ts --part check).
// Floors only go up; ceilings only go down.
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { describeDevPart } from './judgementFloors';

describeDevPart('round6', 'b', {
  floors: { illegal: 87, security: 47, confidential: 35, credentials: 28, personal_info: 39 },
  ceilings: { illegal: 5, security: 2, confidential: 1, credentials: 0, personal_info: 0 },
});

// The credential detector's prose shapes added this round (rules/engine/detectors.ts,
// credential_assignment): new sentences, not fixture rows.
describe('credential_assignment: user and password pairs in prose (round 6)', () => {
  const compiled = compilePolicy(DEFAULT_POLICY);
  const credentials = (text: string) =>
    evaluate(text, compiled, { merge: false })
      .filter((f) => f.category === 'credentials')
      .map((f) => f.excerpt);

  it.each([
    ['locked out? log in with my account: rgarcia / Budget#44', 'Budget#44'],
    ['Kronos is down for me, just use mine to clock the crew in: mlopez / Timecard77', 'Timecard77'],
    ['la cuenta de la tablet es tablet/tablet, nadie la ha cambiado', 'tablet'],
    ['the login for the new hires is just username + Harlingen7', 'Harlingen7'],
    ['el usuario pa entrar a las tablets de campo es campo7 y la clave campo7', 'campo7'],
  ])('reads the password in %j', (text, value) => {
    expect(credentials(text).some((e) => e.includes(value))).toBe(true);
  });

  it.each([
    'Wear N95/KN95 masks in the account office',
    'Log in to your account at parks/rec2024 to sign up for classes',
    'Open 24/7: call the account line for billing questions',
    'Your username and password are the ones you chose at orientation.',
    'Cuenta: Zapatos/Ropa y juguetes en la donación de diciembre',
  ])('leaves %j alone', (text) => {
    expect(credentials(text)).toEqual([]);
  });
});
