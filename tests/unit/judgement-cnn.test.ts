import { describe, expect, it } from 'vitest';
import { tokenize } from '../../rules/engine/normalize';
import { backward, createCnn, encode, evidence, flatten, forward, predict, prng, quantize, rowLoss, trainCnn, zeroGrads, type Cnn, type CnnShape } from '../../scripts/judgement-model/cnn';

const enc = (text: string, buckets: number) => encode(tokenize(text), buckets);

describe('judgement CNN (experiment, docs/judgement-model.md session 12)', () => {
  it('backprop matches finite differences on every kind of weight', () => {
    const shape: CnnShape = { dim: 4, buckets: 61, filters: 3, widths: [2, 3], outputs: 2 };
    const m = createCnn(shape, 7);
    m.convB.forEach((b) => b.fill(0.3)); // most filters fire, so most weights have a gradient
    const x = enc('We took the toner home from the supply room', shape.buckets);
    const y = [1, 0];
    const posW = [2, 1];
    const loss = (mm: Cnn) => rowLoss(forward(mm, x).logits, y, posW).loss;
    const g = zeroGrads(m);
    const pass = forward(m, x);
    backward(m, x, pass, rowLoss(pass.logits, y, posW).d, g);
    const checks: Array<[Float64Array, Float64Array, number]> = [];
    for (const i of [0, 5, 7, 11]) checks.push([m.head, g.head, i]);
    checks.push([m.headB, g.headB, 1]);
    for (let w = 0; w < 2; w++) for (const i of [0, 3, 9, 14]) checks.push([m.conv[w]!, g.conv[w]!, i]);
    checks.push([m.convB[1]!, g.convB[1]!, 2]);
    for (const id of g.touched.slice(0, 4)) checks.push([m.emb, g.emb, id * shape.dim + 1]);
    let nonzero = 0;
    for (const [p, gp, i] of checks) {
      const h = 1e-6;
      const keep = p[i]!;
      p[i] = keep + h;
      const up = loss(m);
      p[i] = keep - h;
      const down = loss(m);
      p[i] = keep;
      const numeric = (up - down) / (2 * h);
      expect(Math.abs(numeric - gp[i]!)).toBeLessThan(1e-6 + 1e-4 * Math.abs(numeric));
      if (Math.abs(numeric) > 1e-6) nonzero++;
    }
    expect(nonzero).toBeGreaterThan(10); // the check is not vacuous
  });

  // "man bites dog" is a violation, "dog bites man" is not; both with the same filler words, so
  // each violating draft has a clean twin with the SAME bag of words: only the order separates them.
  const FILLER = ['today', 'at', 'the', 'park', 'near', 'city', 'hall', 'people', 'saw', 'that', 'again', 'news'];
  function toySet(n: number, seed: number) {
    const rnd = prng(seed);
    const rows: { text: string; label: number }[] = [];
    for (let i = 0; i < n; i++) {
      const words = Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => FILLER[Math.floor(rnd() * FILLER.length)]!);
      const at = Math.floor(rnd() * (words.length + 1));
      const make = (phrase: string) => [...words.slice(0, at), phrase, ...words.slice(at)].join(' ');
      rows.push({ text: make('man bites dog'), label: 1 }, { text: make('dog bites man'), label: 0 });
    }
    return rows;
  }
  const toyShape: CnnShape = { dim: 8, buckets: 256, filters: 8, widths: [2, 3], outputs: 1 };
  const toyTrain = (seed = 1) =>
    trainCnn(toySet(60, 3).map((r) => ({ x: enc(r.text, toyShape.buckets), y: [r.label] })), toyShape, { epochs: 12, batch: 8, rate: 0.01, seed, positiveWeight: [1] });

  it('learns a set that only word order separates (the twins have the same bag of words)', () => {
    const test = toySet(40, 99);
    const bag = (t: string) => t.split(' ').sort().join(' ');
    for (let i = 0; i < test.length; i += 2) expect(bag(test[i]!.text)).toBe(bag(test[i + 1]!.text));
    const m = toyTrain();
    const right = test.filter((r) => (predict(m, enc(r.text, toyShape.buckets))[0]! >= 0.5) === (r.label === 1)).length;
    expect(right / test.length).toBeGreaterThanOrEqual(0.95);
  });

  it('trains deterministically: two runs give byte-identical weights; another seed does not', () => {
    const a = Buffer.from(flatten(toyTrain(1)).buffer);
    const b = Buffer.from(flatten(toyTrain(1)).buffer);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(Buffer.from(flatten(toyTrain(2)).buffer))).toBe(false);
  });

  it('gives as evidence the window that fired: inside the ordered phrase', () => {
    const m = toyTrain();
    const text = 'people saw that at the park man bites dog near city hall';
    const ev = evidence(m, enc(text, toyShape.buckets), 0)!;
    const phrase = { start: text.indexOf('man bites'), end: text.indexOf('dog near') + 3 };
    // The window overlaps the phrase and shows its order-carrying pair ("man bites" or "bites dog").
    expect(ev.start).toBeLessThan(phrase.end);
    expect(ev.end).toBeGreaterThan(phrase.start);
    expect(text.slice(ev.start, ev.end)).toMatch(/man bites|bites dog/);
  });

  it('quantizes to int8 (one byte a weight) without changing the toy decisions', () => {
    const m = toyTrain();
    const { bytes, model } = quantize(m);
    expect(bytes).toBeLessThan(flatten(m).length * 1.01 + 100);
    for (const r of toySet(10, 5)) {
      const x = enc(r.text, toyShape.buckets);
      expect(predict(model, x)[0]! >= 0.5).toBe(predict(m, x)[0]! >= 0.5);
    }
  });
});
