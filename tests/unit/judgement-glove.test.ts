import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../rules/engine/normalize';
import { backward, createCnn, encode, forward, predict, prng, rowLoss, trainCnn, zeroGrads, type Cnn, type CnnShape } from '../../scripts/judgement-model/cnn';
import { loadGlove, makeGlove, pooled, reduce, tokenVectors, type Glove } from '../../scripts/judgement-model/glove';
import { createMlp, flattenMlp, mlpBackward, mlpForward, mlpPredict, trainMlp, type Mlp } from '../../scripts/judgement-model/mlp';

// Toy vectors (4-d): the "taking" words (all four verbs end in -ed, so the hashed 3-grams favour neither class) lie close together, the "helping" words elsewhere, the
// filler words near the origin. Only "robbed" and "helped" appear in training; "pilfered" and
// "assisted" are scored, never trained on: the vectors must carry them.
const WORDS: Record<string, number[]> = {
  robbed: [1, 0.1, 0, 0],
  pilfered: [0.95, 0.15, 0.05, 0],
  helped: [0, 0, 1, 0.1],
  assisted: [0.05, 0, 0.95, 0.15],
  the: [0.05, 0.05, 0.05, 0.05],
  staff: [0.1, 0, 0.1, 0.2],
  toner: [0.2, 0.1, 0, 0.1],
  today: [0, 0.2, 0.1, 0],
  office: [0.1, 0.1, 0.1, 0.2],
  from: [0, 0, 0.1, 0.1],
  we: [0.1, 0, 0, 0.1],
};
const toyGlove = (): Glove => makeGlove(Object.keys(WORDS), Float32Array.from(Object.values(WORDS).flat()), 4);
const FILLER = ['the', 'staff', 'toner', 'today', 'office', 'from', 'we', 'zzyzx'];
function toySet(n: number, seed: number, verbs: [string, string]) {
  const rnd = prng(seed);
  const rows: { text: string; label: number }[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => FILLER[Math.floor(rnd() * FILLER.length)]!);
    const at = Math.floor(rnd() * (words.length + 1));
    const make = (v: string) => [...words.slice(0, at), v, ...words.slice(at)].join(' ');
    rows.push({ text: make(verbs[0]), label: 1 }, { text: make(verbs[1]), label: 0 });
  }
  return rows;
}

/**
 * Central finite difference of `loss` at weight `p[i]` against the analytic gradient `gp[i]`;
 * true when the gradient there is not ~0 (so the caller can require enough real checks).
 */
function checkGradient(p: Float64Array, gp: Float64Array, i: number, loss: () => number): boolean {
  const keep = p[i]!, e = 1e-6;
  p[i] = keep + e;
  const up = loss();
  p[i] = keep - e;
  const down = loss();
  p[i] = keep;
  const numeric = (up - down) / (2 * e);
  expect(Math.abs(numeric - gp[i]!)).toBeLessThan(1e-6 + 1e-4 * Math.abs(numeric));
  return Math.abs(numeric) > 1e-6;
}

describe('pretrained vectors (experiment, docs/judgement-model.md session 13)', () => {
  it('looks words up as the engine tokenizes them; unknown words are zero and lower the known share', () => {
    const g = toyGlove();
    const t = tokenize('The STAFF robbed zzyzx. Today');
    const v = tokenVectors(g, t);
    expect(t.map((x) => x.text)).toEqual(['the', 'staff', 'robbed', 'zzyzx', '.', 'today']);
    expect([...v.subarray(8, 12)]).toEqual([1, Float32Array.from([0.1])[0], 0, 0]);
    expect([...v.subarray(12, 20)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]); // zzyzx and "." unknown
    const p = pooled(g, t);
    expect(p[0]).toBeCloseTo((0.05 + 0.1 + 1 + 0) / 4, 6); // mean over the 4 known words
    expect(p[4]).toBeCloseTo(1, 6); // max of dimension 0
    expect(p[8]).toBeCloseTo(4 / 5, 6); // 4 of 5 words known ("." is not a word)
  });

  it('loads the package layout, keeps the first word-like entries, and reads its cache back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'askfirst-glove-test-'));
    const file = join(dir, 'emb.json');
    const words = ['the', ',', 'robbed', "n't", 'helped', 'toner'];
    const vectors = Object.fromEntries(words.map((w, i) => [w, [i, i + 0.5, -i, 7, /* l2 norm, index */ 9, i]]));
    writeFileSync(file, JSON.stringify({ precision: 8, l2NormIndex: 4, wordIndex: 5, size: words.length, dimensions: 4, words, vectors, unkVector: [0, 0, 0, 0] }));
    const a = loadGlove(file, 3);
    expect([...a.index.keys()]).toEqual(['the', 'robbed', 'helped']);
    expect([...a.vectors.subarray(4, 8)]).toEqual([2, 2.5, -2, 7]);
    const b = loadGlove(file, 3); // from the cache
    expect([...b.index.keys()]).toEqual([...a.index.keys()]);
    expect(Buffer.from(b.vectors.buffer).equals(Buffer.from(a.vectors.buffer))).toBe(true);
  });

  it('reduces by PCA deterministically, keeping distances of vectors that lie in k dimensions', () => {
    const rnd = prng(5);
    const n = 200;
    const basis = [[0.6, 0.8, 0, 0, 0], [0, 0, 0.6, 0, 0.8]];
    const vecs = new Float32Array(n * 5);
    for (let r = 0; r < n; r++) {
      const a = rnd() * 2 - 1, b = (rnd() * 2 - 1) * 0.5;
      for (let d = 0; d < 5; d++) vecs[r * 5 + d] = a * basis[0]![d]! + b * basis[1]![d]! + 0.3;
    }
    const g = makeGlove(Array.from({ length: n }, (_, i) => `w${i}`), vecs, 5);
    const r1 = reduce(g, 2), r2 = reduce(g, 2);
    expect(Buffer.from(r1.vectors.buffer).equals(Buffer.from(r2.vectors.buffer))).toBe(true);
    const dist = (v: Float32Array, k: number, i: number, j: number) => Math.hypot(...Array.from({ length: k }, (_, d) => v[i * k + d]! - v[j * k + d]!));
    for (const [i, j] of [[0, 1], [5, 77], [13, 199]] as const) expect(dist(r1.vectors, 2, i, j)).toBeCloseTo(dist(vecs, 5, i, j), 4);
  });

  it('mlp backprop matches finite differences', () => {
    const m = createMlp({ inputs: 5, hidden: 4, outputs: 2 }, 3);
    m.b1.fill(0.3);
    const x = [0.5, -0.2, 0.9, 0.1, -0.7], y = [1, 0], posW = [2, 1];
    const loss = (mm: Mlp) => rowLoss(mlpForward(mm, x).logits, y, posW).loss;
    const g = createMlp(m.shape, 0);
    for (const p of [g.w1, g.b1, g.w2, g.b2]) p.fill(0);
    const { h, logits } = mlpForward(m, x);
    mlpBackward(m, x, h, rowLoss(logits, y, posW).d, g);
    let nonzero = 0;
    for (const [p, gp] of [[m.w1, g.w1], [m.b1, g.b1], [m.w2, g.w2], [m.b2, g.b2]] as const)
      for (let i = 0; i < p.length; i += 3) if (checkGradient(p, gp, i, () => loss(m))) nonzero++;
    expect(nonzero).toBeGreaterThan(8);
  });

  const poolTrain = (seed: number) => {
    const g = toyGlove();
    const rows = toySet(40, 3, ['robbed', 'helped']).map((r) => ({ x: pooled(g, tokenize(r.text)), y: [r.label] }));
    return trainMlp(rows, { inputs: 9, hidden: 8, outputs: 1 }, { epochs: 30, batch: 8, rate: 0.01, seed, positiveWeight: [1] });
  };

  it('pooled vectors: trained on one word, a word with a close vector scores high (never seen)', () => {
    const g = toyGlove(), m = poolTrain(1);
    const test = toySet(20, 77, ['pilfered', 'assisted']);
    const right = test.filter((r) => (mlpPredict(m, pooled(g, tokenize(r.text)))[0]! >= 0.5) === (r.label === 1)).length;
    expect(right / test.length).toBeGreaterThanOrEqual(0.95);
  });

  it('mlp trains deterministically: two runs give byte-identical weights; another seed does not', () => {
    const a = Buffer.from(flattenMlp(poolTrain(1)).buffer);
    expect(a.equals(Buffer.from(flattenMlp(poolTrain(1)).buffer))).toBe(true);
    expect(a.equals(Buffer.from(flattenMlp(poolTrain(2)).buffer))).toBe(false);
  });

  // A narrow hashed part (2) beside the 4-d vectors: the unseen words' hashed rows are random.
  const shape: CnnShape = { dim: 2, buckets: 127, filters: 6, widths: [2], outputs: 1, fixedDim: 4 };
  const enc = (g: Glove, text: string) => {
    const t = tokenize(text);
    return { ...encode(t, shape.buckets), fixed: tokenVectors(g, t) };
  };

  it('cnn with frozen vectors: backprop matches finite differences; the vectors get no gradient', () => {
    const g = toyGlove();
    const m = createCnn(shape, 7);
    m.convB.forEach((b) => b.fill(0.3));
    const x = enc(g, 'we robbed the toner from the office today');
    const fixedBefore = Float64Array.from(x.fixed);
    const loss = (mm: Cnn) => rowLoss(forward(mm, x).logits, [1], [2]).loss;
    const gr = zeroGrads(m);
    const pass = forward(m, x);
    backward(m, x, pass, rowLoss(pass.logits, [1], [2]).d, gr);
    const checks: Array<[Float64Array, Float64Array, number]> = [];
    // conv weights on both parts of a token's input: the hashed embedding (d < 2) and the vector (d ≥ 2)
    for (const i of [0, 1, 2, 5, 8, 13, 20, 30]) checks.push([m.conv[0]!, gr.conv[0]!, i]);
    for (const id of gr.touched.slice(0, 3)) checks.push([m.emb, gr.emb, id * shape.dim + 2]);
    let nonzero = 0;
    for (const [p, gp, i] of checks) if (checkGradient(p, gp, i, () => loss(m))) nonzero++;
    expect(nonzero).toBeGreaterThan(6);
    expect([...x.fixed]).toEqual([...fixedBefore]);
    expect(m.conv[0]!.length).toBe(6 * 2 * (2 + 4));
  });

  it('cnn with frozen vectors: trained on one word, a word with a close vector scores high; without the vectors it does not transfer', () => {
    const g = toyGlove();
    const train = toySet(40, 3, ['robbed', 'helped']);
    const test = toySet(20, 77, ['pilfered', 'assisted']);
    const accuracy = (withVectors: boolean) => {
      const s: CnnShape = withVectors ? shape : { ...shape, fixedDim: 0 };
      const x = (text: string) => (withVectors ? enc(g, text) : encode(tokenize(text), s.buckets));
      const m = trainCnn(train.map((r) => ({ x: x(r.text), y: [r.label] })), s, { epochs: 20, batch: 8, rate: 0.01, seed: 1, positiveWeight: [1] });
      return test.filter((r) => (predict(m, x(r.text))[0]! >= 0.5) === (r.label === 1)).length / test.length;
    };
    expect(accuracy(true)).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(false)).toBeLessThan(0.8); // the hashed part alone has never seen either word
  });
});
