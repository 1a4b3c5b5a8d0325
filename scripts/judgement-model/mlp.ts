/**
 * A one-hidden-layer network over a dense input (ReLU hidden units, sigmoid outputs) for the
 * judgement-model EXPERIMENT (docs/judgement-model.md, session 13): the quick test of whether
 * pretrained word vectors, pooled over a draft, carry the signal. `hidden: 0` is plain logistic
 * regression on the input. Float64, mini-batch Adam, a seeded PRNG for the initial weights and the
 * row order: the same rows and options give byte-identical weights. Written here for the reasons
 * cnn.ts gives (the npm options bring back-ends or lack weighted multi-output losses).
 */
import { int8RoundTrip, rowLoss, sigmoid } from './cnn';
import { adamStep } from './adam';
import { prng, shuffleInPlace } from './seeded';
import { fillTensors, joinTensors } from './tensors';

export interface MlpShape {
  inputs: number;
  /** Hidden units; 0 = none (logistic regression). */
  hidden: number;
  outputs: number;
}

export interface Mlp {
  shape: MlpShape;
  /** hidden × inputs, hidden biases; outputs × (hidden || inputs), output biases. */
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  b2: Float64Array;
}

export function createMlp(shape: MlpShape, seed: number): Mlp {
  const rnd = prng(seed);
  const uni = (n: number, a: number) => Float64Array.from({ length: n }, () => (rnd() * 2 - 1) * a);
  const h = shape.hidden || shape.inputs;
  return {
    shape,
    w1: uni(shape.hidden * shape.inputs, Math.sqrt(6 / shape.inputs)),
    b1: new Float64Array(shape.hidden),
    w2: uni(shape.outputs * h, Math.sqrt(6 / (h + shape.outputs))),
    b2: new Float64Array(shape.outputs),
  };
}

/** The hidden layer (the input itself when there is none) and the logits. */
export function mlpForward(m: Mlp, x: ArrayLike<number>): { h: Float64Array; logits: Float64Array } {
  const { inputs, hidden, outputs } = m.shape;
  let h: Float64Array;
  if (hidden) {
    h = new Float64Array(hidden);
    for (let j = 0; j < hidden; j++) {
      let s = m.b1[j]!;
      for (let i = 0; i < inputs; i++) s += m.w1[j * inputs + i]! * x[i]!;
      h[j] = s > 0 ? s : 0;
    }
  } else h = Float64Array.from(x);
  const H = h.length;
  const logits = new Float64Array(outputs);
  for (let o = 0; o < outputs; o++) {
    let s = m.b2[o]!;
    for (let j = 0; j < H; j++) s += m.w2[o * H + j]! * h[j]!;
    logits[o] = s;
  }
  return { h, logits };
}

export function mlpPredict(m: Mlp, x: ArrayLike<number>): Float64Array {
  return mlpForward(m, x).logits.map(sigmoid);
}

/** Adds d(loss)/d(params) to g (shaped as the model), given d(loss)/d(logit). */
export function mlpBackward(m: Mlp, x: ArrayLike<number>, h: Float64Array, dLogits: ArrayLike<number>, g: Mlp): void {
  const { inputs, hidden, outputs } = m.shape;
  const H = h.length;
  const dh = new Float64Array(H);
  for (let o = 0; o < outputs; o++) {
    const dl = dLogits[o]!;
    if (dl === 0) continue;
    g.b2[o] = g.b2[o]! + dl;
    for (let j = 0; j < H; j++) {
      g.w2[o * H + j] = g.w2[o * H + j]! + dl * h[j]!;
      dh[j] = dh[j]! + dl * m.w2[o * H + j]!;
    }
  }
  if (!hidden) return;
  for (let j = 0; j < hidden; j++) {
    if (h[j]! <= 0 || dh[j] === 0) continue; // ReLU off
    g.b1[j] = g.b1[j]! + dh[j]!;
    for (let i = 0; i < inputs; i++) g.w1[j * inputs + i] = g.w1[j * inputs + i]! + dh[j]! * x[i]!;
  }
}

export interface MlpTrainOptions {
  epochs: number;
  batch: number;
  rate: number;
  seed: number;
  /** Per output: weight of a positive label relative to a negative one. */
  positiveWeight: ArrayLike<number>;
  /** Decoupled weight decay on every weight but the biases. */
  decay?: number;
}

export function trainMlp(rows: readonly { x: ArrayLike<number>; y: ArrayLike<number>; w?: number }[], shape: MlpShape, o: MlpTrainOptions, log?: (epoch: number, loss: number) => void): Mlp {
  const m = createMlp(shape, o.seed);
  const rnd = prng(o.seed ^ 0x9e3779b9);
  const params = tensorsOf;
  const decays = [1, 0, 1, 0];
  const mom = params(m).map((p) => new Float64Array(p.length));
  const vel = params(m).map((p) => new Float64Array(p.length));
  const g = createMlp(shape, 0);
  let step = 0;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, rnd);
    let total = 0;
    for (let s = 0; s < order.length; s += o.batch) {
      for (const p of params(g)) p.fill(0);
      const end = Math.min(order.length, s + o.batch);
      for (let r = s; r < end; r++) {
        const row = rows[order[r]!]!;
        const { h, logits } = mlpForward(m, row.x);
        const { loss, d } = rowLoss(logits, row.y, o.positiveWeight, row.w ?? 1);
        total += loss;
        for (let k = 0; k < d.length; k++) d[k] = d[k]! / (end - s);
        mlpBackward(m, row.x, h, d, g);
      }
      step++;
      adamStep(params(m), params(g), mom, vel, step, o.rate, o.decay ?? 0, decays);
    }
    log?.(epoch, total / rows.length);
  }
  return m;
}

export function flattenMlp(m: Mlp): Float64Array {
  return joinTensors(tensorsOf(m));
}

export function unflattenMlp(shape: MlpShape, flat: Float64Array): Mlp {
  const m = createMlp(shape, 0);
  fillTensors(tensorsOf(m), flat, 'unflattenMlp');
  return m;
}

/** The weights in one fixed order (Adam's state, flatten and unflatten read the same). */
function tensorsOf(m: Mlp): Float64Array[] {
  return [m.w1, m.b1, m.w2, m.b2];
}

/** Int8 per tensor with one scale each (as cnn.ts quantize): bytes, and the model they decode to. */
export function quantizeMlp(m: Mlp): { bytes: number; model: Mlp } {
  let bytes = 0;
  const q = (a: Float64Array) => ((bytes += a.length + 4), int8RoundTrip(a));
  // The model first: `bytes` is read when the object is built.
  const model = { shape: m.shape, w1: q(m.w1), b1: q(m.b1), w2: q(m.w2), b2: q(m.b2) };
  return { bytes, model };
}
