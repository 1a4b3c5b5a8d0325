// How the engine fares on self-written judgement rows, scored as policy_dev is scored: a violating
// row is caught when one of its categories warns; a clean row is a false alarm when anything warns.
// One tally for fixture-rows.ts and check-sets.ts.
import type { FixtureRow } from '../../tests/unit/judgementFixtures';

export interface RowTally {
  violating: number;
  caught: number;
  clean: number;
  alarms: number;
  perCat: Map<string, { n: number; hit: number }>;
  /** Each missed violating row as "[categories] text". */
  misses: string[];
  /** Each flagged clean row as "[categories flagged] text". */
  falseAlarms: string[];
}

export const newTally = (): RowTally => ({ violating: 0, caught: 0, clean: 0, alarms: 0, perCat: new Map(), misses: [], falseAlarms: [] });

/** Counts one row whose flagged categories are `got`. */
export function tallyRow(t: RowTally, r: FixtureRow, got: ReadonlySet<string>): void {
  const cats = r.expect.filter((c) => c !== 'none');
  if (cats.length === 0) {
    t.clean++;
    if (got.size) (t.alarms++, t.falseAlarms.push(`[${[...got].join(',')}] ${r.text}`));
    return;
  }
  t.violating++;
  if (cats.some((c) => got.has(c))) t.caught++;
  else t.misses.push(`[${cats.join(',')}] ${r.text}`);
  for (const c of cats) {
    const s = t.perCat.get(c) ?? { n: 0, hit: 0 };
    s.n++;
    if (got.has(c)) s.hit++;
    t.perCat.set(c, s);
  }
}

export const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
