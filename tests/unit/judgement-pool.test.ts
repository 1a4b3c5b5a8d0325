import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { average } from '../../scripts/judgement-model/ensemble';
import { fixtureFiles, inFraction, inHoldout } from '../../scripts/judgement-model/pool';

// Ids shaped like the trainer's: fixture rows and public rows.
const ids = [
  ...Array.from({ length: 3000 }, (_, i) => `fx-round${4 + (i % 5)}/harassment.jsonl-${i}`),
  ...Array.from({ length: 3000 }, (_, i) => `dv-${i * 7 + 3}`),
];
const share = (xs: string[], f: (id: string) => boolean) => xs.filter(f).length / xs.length;

describe('judgement-model pool (session 14 learning curve)', () => {
  it('the pool subsets are nested (1/4 ⊂ 1/2 ⊂ all) and about their size, for drafts and public rows alike', () => {
    const quarter = ids.filter((id) => inFraction(id, 0.25));
    const half = new Set(ids.filter((id) => inFraction(id, 0.5)));
    expect(quarter.every((id) => half.has(id))).toBe(true);
    expect(ids.every((id) => inFraction(id, 1))).toBe(true);
    for (const part of [ids.slice(0, 3000), ids.slice(3000)]) {
      expect(share(part, (id) => inFraction(id, 0.25))).toBeCloseTo(0.25, 1);
      expect(share(part, (id) => inFraction(id, 0.5))).toBeCloseTo(0.5, 1);
    }
    // deterministic: the same id, the same answer
    expect(ids.filter((id) => inFraction(id, 0.25))).toEqual(quarter);
  });

  it('the held-out slice is about a fifth of the pool and cuts every subset alike (independent hashes)', () => {
    expect(share(ids, (id) => inHoldout(id))).toBeCloseTo(0.2, 1);
    const quarter = ids.filter((id) => inFraction(id, 0.25));
    expect(share(quarter, (id) => inHoldout(id))).toBeGreaterThan(0.16);
    expect(share(quarter, (id) => inHoldout(id))).toBeLessThan(0.24);
  });

  it('the round loader keeps the evaluation round out of training', () => {
    const dir = mkdtempSync(join(tmpdir(), 'askfirst-pool-'));
    try {
      writeFileSync(join(dir, 'slur.jsonl'), '');
      writeFileSync(join(dir, 'notes.md'), '');
      for (const r of ['round4', 'round5', 'round9']) {
        mkdirSync(join(dir, r));
        writeFileSync(join(dir, r, 'violence.jsonl'), '');
        writeFileSync(join(dir, r, 'sexual.jsonl'), '');
      }
      const files = fixtureFiles(dir, ['round4', 'round5'], 'round9', true);
      expect(files.filter((f) => f.train).map((f) => f.file)).toEqual(['slur.jsonl', 'round4/sexual.jsonl', 'round4/violence.jsonl', 'round5/sexual.jsonl', 'round5/violence.jsonl']);
      expect(files.filter((f) => !f.train).map((f) => f.file)).toEqual(['round9/sexual.jsonl', 'round9/violence.jsonl']);
      // without the look, the evaluation round is not even read
      expect(fixtureFiles(dir, ['round4', 'round5'], 'round9', false).some((f) => f.file.startsWith('round9/'))).toBe(false);
      expect(() => fixtureFiles(dir, ['round4', 'round9'], 'round9', true)).toThrow(/also a training round/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('judgement-model ensemble (session 14)', () => {
  it('scores a row with the mean of the models, output by output; one model is itself', () => {
    const a = (x: number) => [x, 0.2, 1];
    const b = (x: number) => [1 - x, 0.6, 0];
    expect([...average([a, b], 3)(0.1)].map((v) => +v.toFixed(12))).toEqual([0.5, 0.4, 0.5]);
    expect([...average([a], 3)(0.3)]).toEqual([0.3, 0.2, 1]);
    expect(() => average([], 3)).toThrow();
  });
});
