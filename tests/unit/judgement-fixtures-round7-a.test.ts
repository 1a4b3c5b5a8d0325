// Round 7 of part a (issue #12, session 11; tests/fixtures/judgement/round7): drafts written by two
// people who never read our rules, split once (judgementFixtures.ts, partOfRow) into a dev part the
// session-11 act classes were widened from and a check part only ever scored in aggregate. This file
// holds part a's categories to what they reach on the DEV part (floors only go up) and caps how many
// clean dev drafts they flag. Before session 11 (dev part): harassment 41/76, violence 12/24,
// sexual 7/20, profanity 27/30, slur 26/30, and 3 clean dev drafts flagged with these categories.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flaggedCategories, loadFixturePart, type FixtureRow } from './judgementFixtures';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(join(here, '..', 'fixtures', 'judgement', 'round7')).filter((f) => f.endsWith('.jsonl')).sort();
const rows: FixtureRow[] = files.flatMap((f) => loadFixturePart(`round7/${f}`, 'dev'));

/** Violating dev drafts of each category that the engine flags with that category (at least). */
const FLOORS: Record<string, number> = {
  harassment: 63,
  violence: 23,
  sexual: 16,
  profanity: 28,
  slur: 29,
};

/** Clean dev drafts flagged with any of part a's categories (at most). */
const CLEAN_CEILING = 0;

describe('judgement round7 fixtures, dev part (part a)', () => {
  const flagged = new Map(rows.map((r) => [r, flaggedCategories(r)]));

  it.each(Object.entries(FLOORS))('%s: at least %i violating dev drafts caught', (category, floor) => {
    const positives = rows.filter((r) => r.expect.includes(category));
    expect(positives.length).toBeGreaterThanOrEqual(floor);
    const caught = positives.filter((r) => flagged.get(r)!.has(category)).length;
    expect(caught).toBeGreaterThanOrEqual(floor);
  });

  it(`flags at most ${CLEAN_CEILING} clean dev drafts with part a's categories`, () => {
    const mine = Object.keys(FLOORS);
    const alarms = rows
      .filter((r) => r.expect.includes('none') && mine.some((c) => flagged.get(r)!.has(c)))
      .map((r) => `[${[...flagged.get(r)!].join(',')}] ${r.text}`);
    expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(CLEAN_CEILING);
  });
});
