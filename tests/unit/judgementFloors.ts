// The floors and ceilings a rule-writing round leaves on the dev part of a split round of
// self-written drafts (judgementFixtures.ts, partOfRow): each judgement part's test file
// (judgement-fixtures-round<N>-<part>.test.ts) names its numbers and calls this.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flaggedCategories, loadFixturePart, type FixtureRow } from './judgementFixtures';

export interface DevPartLimits {
  /** Violating dev drafts of each category caught with that category (at least; floors only go up). */
  floors: Record<string, number>;
  /** Clean dev drafts flagged: per category, or with any of the floors' categories (at most). */
  ceilings: Record<string, number> | number;
}

/** Holds one part's categories to its limits on the dev part of `round` (a folder of tests/fixtures/judgement). */
export function describeDevPart(round: string, part: string, { floors, ceilings }: DevPartLimits) {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'judgement', round);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const rows: FixtureRow[] = files.flatMap((f) => loadFixturePart(`${round}/${f}`, 'dev'));
  let flagged: Map<FixtureRow, Set<string>> | undefined;
  const got = (r: FixtureRow) => (flagged ??= new Map(rows.map((row) => [row, flaggedCategories(row)]))).get(r)!;
  const clean = () => rows.filter((r) => r.expect.includes('none'));
  const alarmsOf = (categories: string[]) =>
    clean().filter((r) => categories.some((c) => got(r).has(c))).map((r) => `[${[...got(r)].join(',')}] ${r.text}`);

  describe(`judgement ${round}, dev part, part ${part}`, () => {
    it('reads the dev part of every file of the round', () => {
      expect(files.length).toBeGreaterThan(0);
      expect(rows.length).toBeGreaterThan(500);
    });

    it.each(Object.entries(floors))('%s: catches at least its floor (%i) of the violating dev drafts', (category, floor) => {
      const mine = rows.filter((r) => r.expect.includes(category));
      const missed = mine.filter((r) => !got(r).has(category)).map((r) => r.text);
      expect(mine.length - missed.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor);
    }, 120_000);

    if (typeof ceilings === 'number') {
      it(`flags at most ${ceilings} clean dev drafts with part ${part}'s categories`, () => {
        const alarms = alarmsOf(Object.keys(floors));
        expect(alarms.length, `alarms:\n${alarms.join('\n')}`).toBeLessThanOrEqual(ceilings);
      }, 120_000);
    } else {
      it.each(Object.entries(ceilings))('%s: flags at most its ceiling (%i) of the clean dev drafts', (category, ceiling) => {
        const alarms = alarmsOf([category]);
        expect(alarms.length, `alarms:\n${alarms.join('\n')}`).toBeLessThanOrEqual(ceiling);
      }, 120_000);
    }
  });
}
