// Round 6, part C (issue #12, session 10): commercial, political, defamation, religious and
// official_voice on the round-6 DEV part (tests/fixtures/judgement/round6, split by partOfRow;
// the check part is only ever scored in aggregate and is not read here). Rules were written from
// the dev part's misses, grouped into families (see each category file's header comment).
// Dev part before → after the round: commercial 82 → 105/111, political 30 → 58/64,
// defamation 18 → 41/47, religious 24 → 42/43, official_voice 25 → 37/39; clean rows flagged
// with one of these categories 24 → 9 of 1,271 (commercial 5, political 2, religious 1, official_voice 1).
// Floors are what the frames reach now: raise them, never lower. Ceilings only go down.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flaggedCategories, loadFixturePart, type FixtureRow } from './judgementFixtures';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(join(here, '..', 'fixtures', 'judgement', 'round6')).filter((f) => f.endsWith('.jsonl')).sort();
const rows: FixtureRow[] = files.flatMap((f) => loadFixturePart(`round6/${f}`, 'dev'));

/** Violating dev rows of the category caught with that category (at least). */
const FLOORS: Record<string, number> = { commercial: 107, political: 60, defamation: 44, religious: 42, official_voice: 37 };
/** Clean dev rows flagged with the category (at most). */
const CEILINGS: Record<string, number> = { commercial: 5, political: 2, defamation: 0, religious: 1, official_voice: 1 };

let flagged: Array<{ row: FixtureRow; got: Set<string> }> | undefined;
const scored = () => (flagged ??= rows.map((row) => ({ row, got: flaggedCategories(row) })));

describe('judgement round 6, part C (dev part)', () => {
  it('reads the dev part of every round-6 file', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(rows.length).toBeGreaterThan(2000);
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
