// Round 7, part C (issue #12, session 11): commercial, political, defamation, religious and
// official_voice on the round-7 DEV part (tests/fixtures/judgement/round7, split by partOfRow; the
// check part is only ever scored in aggregate and is not read here). This round widened the ACT
// side of each family from knowledge of how it is said (idiom, slang, border Spanish, euphemism):
// see the "round 7" entries of each category file.
// Dev part before → after the round: commercial 29 → 41/42, political 20 → 24/25,
// defamation 13 → 25/26, religious 15 → 26/26, official_voice 18 → 22/25; clean dev rows flagged
// with one of these categories 7 → 2 of 465 (both by the packs' word rules for donations).
// Floors are what the frames reach now: raise them, never lower. Ceilings only go down.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flaggedCategories, loadFixturePart, type FixtureRow } from './judgementFixtures';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(join(here, '..', 'fixtures', 'judgement', 'round7')).filter((f) => f.endsWith('.jsonl')).sort();
const rows: FixtureRow[] = files.flatMap((f) => loadFixturePart(`round7/${f}`, 'dev'));

/** Violating dev rows of the category caught with that category (at least). */
const FLOORS: Record<string, number> = { commercial: 41, political: 24, defamation: 25, religious: 26, official_voice: 22 };
/** Clean dev rows flagged with the category (at most). */
const CEILINGS: Record<string, number> = { commercial: 2, political: 0, defamation: 0, religious: 0, official_voice: 0 };

let flagged: Array<{ row: FixtureRow; got: Set<string> }> | undefined;
const scored = () => (flagged ??= rows.map((row) => ({ row, got: flaggedCategories(row) })));

describe('judgement round 7, part C (dev part)', () => {
  it('reads the dev part of every round-7 file', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(800);
  });

  it.each(Object.entries(FLOORS))('%s: catches at least its floor of the violating dev rows', (category, floor) => {
    const mine = scored().filter((s) => s.row.expect.includes(category));
    const missed = mine.filter((s) => !s.got.has(category)).map((s) => s.row.text);
    expect(mine.length - missed.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor);
  }, 60_000);

  it.each(Object.entries(CEILINGS))('%s: flags at most its ceiling of the clean dev rows', (category, ceiling) => {
    const alarms = scored().filter((s) => s.row.expect.includes('none') && s.got.has(category)).map((s) => s.row.text);
    expect(alarms.length, `alarms:\n${alarms.join('\n')}`).toBeLessThanOrEqual(ceiling);
  }, 60_000);
});
