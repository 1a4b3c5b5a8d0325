// Round 6 of part a (issue #12, session 10; tests/fixtures/judgement/round6): drafts written by three
// people who never read our rules, split once (judgementFixtures.ts, partOfRow) into a dev part the
// round-6 frames were written from and a check part only ever scored in aggregate. This file holds
// part a's categories to what they reach on the DEV part (floors only go up) and caps how many clean
// dev drafts they flag. Before session 10 (dev part): harassment 44/128, violence 15/61, sexual 13/38,
// profanity 36/38, slur 10/12, and 4 clean dev drafts flagged with these categories.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flaggedCategories, loadFixturePart, type FixtureRow } from './judgementFixtures';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(join(here, '..', 'fixtures', 'judgement', 'round6')).filter((f) => f.endsWith('.jsonl')).sort();
const rows: FixtureRow[] = files.flatMap((f) => loadFixturePart(`round6/${f}`, 'dev'));

/** Violating dev drafts of each category that the engine flags with that category (at least). */
const FLOORS: Record<string, number> = {
  harassment: 113,
  violence: 58,
  sexual: 34,
  profanity: 38,
  slur: 12,
};

/** Clean dev drafts flagged with any of part a's categories (at most). */
const CLEAN_CEILING = 1;

describe('judgement round6 fixtures, dev part (part a)', () => {
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
