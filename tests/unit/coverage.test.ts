import { describe, expect, it } from 'vitest';
import { SITES } from '../../entrypoints/compose.content/sites';
import { COVERAGE } from '../../entrypoints/compose.content/sites/coverage';

describe('coverage data', () => {
  it('lists every adapter once, and nothing else', () => {
    expect(COVERAGE.map((c) => c.site).sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it('names at least one guarded route for every checked surface', () => {
    for (const c of COVERAGE) for (const s of c.checked) expect(s.routes.length, `${c.site}: ${s.surface}`).toBeGreaterThan(0);
  });
});
