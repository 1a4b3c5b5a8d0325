import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';

// Round-4 fixtures for part b (issue #12, session 7): drafts written before any rule of this
// round, from the policy's category descriptions, not from policy_dev (tests/fixtures/judgement/
// round4). Before the round the engine caught 36 of their 91 violating drafts (illegal 1/21,
// security 13/20, credentials 10/15, personal_info 10/15, confidential 2/20). The floors are
// what the frames reach now, set honestly; raise them, never lower.
const compiled = compilePolicy(DEFAULT_POLICY);
const flagged = (text: string, lang: string) =>
  new Set(evaluate(text, compiled, { locale: lang === 'es' ? 'es' : 'en' }).filter((f) => f.severity === 'caution' || f.severity === 'violation').map((f) => f.category as string));

const FLOORS: Record<string, number> = { illegal: 0.95, security: 0.85, credentials: 0.66, personal_info: 0.9, confidential: 0.8 };

describe.each(Object.entries(FLOORS))('judgement round-4 fixtures: %s', (category, floor) => {
  const rows = readFileSync(join(__dirname, '..', 'fixtures', 'judgement', 'round4', `${category}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; lang: string; expect: string[] });
  const positives = rows.filter((r) => r.expect.includes(category));
  const negatives = rows.filter((r) => r.expect.includes('none'));

  it('has drafts of both kinds in both languages', () => {
    expect(positives.length).toBeGreaterThanOrEqual(15);
    expect(negatives.length).toBeGreaterThanOrEqual(6);
    expect(new Set(positives.map((r) => r.lang))).toEqual(new Set(['en', 'es']));
  });

  it(`catches at least ${floor} of the violating drafts`, () => {
    const missed = positives.filter((r) => !flagged(r.text, r.lang).has(category)).map((r) => r.text);
    expect((positives.length - missed.length) / positives.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor);
  });

  it('raises nothing on the hard negatives', () => {
    const alarms = negatives.map((r) => ({ text: r.text, got: [...flagged(r.text, r.lang)] })).filter((r) => r.got.length > 0);
    expect(alarms).toEqual([]);
  });
});
