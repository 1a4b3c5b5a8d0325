/**
 * A small 1-D convolutional text model for the judgement-model EXPERIMENT (docs/judgement-model.md,
 * session 12; measured, not wired into the engine). It reads word ORDER, which the bag-of-classes
 * logistic models of sessions 6–9 could not: "I took the toner home" and "report missing toner"
 * share their words, not their windows.
 *
 * - A token's vector is the mean of hashed embeddings of the word and of its character 3-grams with
 *   boundary marks (fastText style): Spanish inflections, typos and Spanglish share rows.
 * - Convolutions of a few widths (2, 3 words), ReLU, max over positions: each filter says whether
 *   some window of the draft looks like what it learned, and which window it was (the evidence).
 * - Linear sigmoid outputs over the pooled filters (the trainer decides what they mean).
 *
 * Pure TypeScript, Float64 arithmetic, a seeded PRNG for the initial weights and the row order:
 * the same rows and options give byte-identical weights. Backprop written by hand (checked by
 * finite differences in tests/unit/judgement-cnn.test.ts): the npm options (TensorFlow.js,
 * brain.js) either download native/WebGL back-ends or have no convolution over sequences, and
 * the model is ~150 lines of arithmetic.
 */
import type { Token } from '../../rules/engine/normalize';
import { ADAM, adamStep } from './adam';
import { fillTensors, joinTensors } from './tensors';
import { fnv, prng, shuffleInPlace } from './seeded';

export { prng };

export interface CnnShape {
  /** Embedding width. */
  dim: number;
  /** Hash buckets of the embedding table. */
  buckets: number;
  /** Filters per width. */
  filters: number;
  /** Window widths, in tokens. */
  widths: number[];
  /** Sigmoid outputs. */
  outputs: number;
  /**
   * Width of a frozen per-token input appended to the embedding (session 13: pretrained word
   * vectors, `Encoded.fixed`); 0 or absent: none. The convolutions read dim + fixedDim per token.
   */
  fixedDim?: number;
}

export interface Cnn {
  shape: CnnShape;
  /** buckets × dim. */
  emb: Float64Array;
  /** Per width k: filters × k × dim, and filters biases. */
  conv: Float64Array[];
  convB: Float64Array[];
  /** outputs × (filters · widths.length), and outputs biases. */
  head: Float64Array;
  headB: Float64Array;
}

/** A draft as the model reads it: per token, the embedding rows it averages, and its span. */
export interface Encoded {
  /** Bucket ids; token t owns ids[offs[t]] .. ids[offs[t+1]-1]. */
  ids: Int32Array;
  offs: Int32Array;
  starts: number[];
  ends: number[];
  /** Per token, shape.fixedDim frozen values (n × fixedDim): not trained, not part of the weights. */
  fixed?: Float64Array;
}

/** The engine's tokens (normalize.ts tokenize: lower case, accents and leetspeak folded; "." = a sentence boundary). */
export function encode(tokens: readonly Pick<Token, 'text' | 'start' | 'end'>[], buckets: number): Encoded {
  const ids: number[] = [];
  const offs = [0];
  for (const t of tokens) {
    ids.push(fnv(`w:${t.text}`) % buckets);
    const w = `<${t.text}>`;
    if (t.text !== '.') for (let i = 0; i + 3 <= w.length; i++) ids.push(fnv(w.slice(i, i + 3)) % buckets);
    offs.push(ids.length);
  }
  return { ids: Int32Array.from(ids), offs: Int32Array.from(offs), starts: tokens.map((t) => t.start), ends: tokens.map((t) => t.end) };
}

export function createCnn(shape: CnnShape, seed: number): Cnn {
  const rnd = prng(seed);
  const uni = (n: number, a: number) => Float64Array.from({ length: n }, () => (rnd() * 2 - 1) * a);
  const z = shape.filters * shape.widths.length;
  const W = shape.dim + (shape.fixedDim ?? 0);
  return {
    shape,
    emb: uni(shape.buckets * shape.dim, 0.5),
    conv: shape.widths.map((k) => uni(shape.filters * k * W, Math.sqrt(6 / (k * W)))),
    convB: shape.widths.map(() => new Float64Array(shape.filters)),
    head: uni(shape.outputs * z, Math.sqrt(6 / (z + shape.outputs))),
    headB: new Float64Array(shape.outputs),
  };
}

export interface Pass {
  /** Token vectors, n × (dim + fixedDim). */
  x: Float64Array;
  n: number;
  /** Pooled filters (ReLU of the best window), and that window's first token (-1: none fired). */
  z: Float64Array;
  at: Int32Array;
  logits: Float64Array;
}

export function forward(m: Cnn, e: Encoded): Pass {
  const { dim: E, filters, widths, outputs } = m.shape;
  const F = m.shape.fixedDim ?? 0, dim = E + F;
  const n = e.offs.length - 1;
  const x = new Float64Array(Math.max(1, n) * dim);
  for (let t = 0; t < n; t++) {
    const a = e.offs[t]!, b = e.offs[t + 1]!, inv = 1 / (b - a);
    for (let i = a; i < b; i++) {
      const row = e.ids[i]! * E;
      for (let d = 0; d < E; d++) x[t * dim + d] = x[t * dim + d]! + (m.emb[row + d]! * inv);
    }
    for (let d = 0; d < F; d++) x[t * dim + E + d] = e.fixed![t * F + d]!;
  }
  const Z = filters * widths.length;
  const z = new Float64Array(Z);
  const at = new Int32Array(Z).fill(-1);
  widths.forEach((k, wi) => {
    const W = m.conv[wi]!, B = m.convB[wi]!;
    const positions = Math.max(1, n - k + 1);
    for (let f = 0; f < filters; f++) {
      let best = 0, bestAt = -1;
      for (let p = 0; p < positions; p++) {
        let s = B[f]!;
        for (let j = 0; j < k && p + j < n; j++) {
          const wo = (f * k + j) * dim, xo = (p + j) * dim;
          for (let d = 0; d < dim; d++) s += W[wo + d]! * x[xo + d]!;
        }
        if (s > best) (best = s), (bestAt = p);
      }
      z[wi * filters + f] = best;
      at[wi * filters + f] = bestAt;
    }
  });
  const logits = new Float64Array(outputs);
  for (let o = 0; o < outputs; o++) {
    let s = m.headB[o]!;
    for (let i = 0; i < Z; i++) s += m.head[o * Z + i]! * z[i]!;
    logits[o] = s;
  }
  return { x, n, z, at, logits };
}

export const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** The probabilities of every output. */
export function predict(m: Cnn, e: Encoded): Float64Array {
  return forward(m, e).logits.map(sigmoid);
}

/** Gradients, shaped as the model (emb only in the rows `touched` lists). */
export interface Grads {
  emb: Float64Array;
  touched: number[];
  mark: Uint8Array;
  conv: Float64Array[];
  convB: Float64Array[];
  head: Float64Array;
  headB: Float64Array;
}

export function zeroGrads(m: Cnn): Grads {
  return {
    emb: new Float64Array(m.emb.length),
    touched: [],
    mark: new Uint8Array(m.shape.buckets),
    conv: m.conv.map((w) => new Float64Array(w.length)),
    convB: m.convB.map((b) => new Float64Array(b.length)),
    head: new Float64Array(m.head.length),
    headB: new Float64Array(m.headB.length),
  };
}

/** Adds d(loss)/d(params) to g, given d(loss)/d(logit) per output. */
export function backward(m: Cnn, e: Encoded, pass: Pass, dLogits: ArrayLike<number>, g: Grads): void {
  const { dim: E, filters, widths, outputs } = m.shape;
  const dim = E + (m.shape.fixedDim ?? 0);
  const Z = filters * widths.length;
  const dz = new Float64Array(Z);
  for (let o = 0; o < outputs; o++) {
    const dl = dLogits[o]!;
    if (dl === 0) continue;
    g.headB[o] = g.headB[o]! + (dl);
    for (let i = 0; i < Z; i++) {
      g.head[o * Z + i] = g.head[o * Z + i]! + (dl * pass.z[i]!);
      dz[i] = dz[i]! + (dl * m.head[o * Z + i]!);
    }
  }
  const dx = new Float64Array(pass.x.length);
  widths.forEach((k, wi) => {
    const W = m.conv[wi]!, dW = g.conv[wi]!;
    for (let f = 0; f < filters; f++) {
      const p = pass.at[wi * filters + f]!;
      const gf = dz[wi * filters + f]!;
      if (p < 0 || gf === 0) continue; // ReLU off: no gradient
      g.convB[wi]![f] = g.convB[wi]![f]! + (gf);
      for (let j = 0; j < k && p + j < pass.n; j++) {
        const wo = (f * k + j) * dim, xo = (p + j) * dim;
        for (let d = 0; d < dim; d++) {
          dW[wo + d] = dW[wo + d]! + (gf * pass.x[xo + d]!);
          dx[xo + d] = dx[xo + d]! + (gf * W[wo + d]!);
        }
      }
    }
  });
  for (let t = 0; t < pass.n; t++) {
    const a = e.offs[t]!, b = e.offs[t + 1]!, inv = 1 / (b - a);
    let any = false;
    for (let d = 0; d < E; d++) if (dx[t * dim + d] !== 0) any = true;
    if (!any) continue;
    for (let i = a; i < b; i++) {
      const id = e.ids[i]!, row = id * E;
      if (!g.mark[id]) (g.mark[id] = 1), g.touched.push(id);
      for (let d = 0; d < E; d++) g.emb[row + d] = g.emb[row + d]! + (dx[t * dim + d]! * inv);
    }
  }
}

export interface TrainRow {
  x: Encoded;
  /** 0/1 per output. */
  y: ArrayLike<number>;
  /** Row weight (1 when absent). */
  w?: number;
}

export interface TrainOptions {
  epochs: number;
  batch: number;
  rate: number;
  seed: number;
  /** Per output: weight of a positive label relative to a negative one. */
  positiveWeight: ArrayLike<number>;
  /** Decoupled weight decay on the dense weights (not the embeddings). */
  decay?: number;
}

/** The weighted binary cross-entropy of one row, and its d/d(logit). */
export function rowLoss(logits: ArrayLike<number>, y: ArrayLike<number>, posW: ArrayLike<number>, w = 1): { loss: number; d: Float64Array } {
  const d = new Float64Array(logits.length);
  let loss = 0;
  for (let o = 0; o < logits.length; o++) {
    const p = sigmoid(logits[o]!);
    const yo = y[o]!;
    const wo = w * (yo ? posW[o]! : 1);
    loss -= wo * (yo ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12)));
    d[o] = wo * (p - yo);
  }
  return { loss, d };
}

/** Mini-batch Adam (lazy on the embedding rows a batch touched), fixed seed and row order. */
export function trainCnn(rows: readonly TrainRow[], shape: CnnShape, o: TrainOptions, log?: (epoch: number, loss: number) => void): Cnn {
  const m = createCnn(shape, o.seed);
  const rnd = prng(o.seed ^ 0x9e3779b9);
  const params = (x: Cnn | Grads) => [...x.conv, ...x.convB, x.head, x.headB];
  const mom = [...params(m)].map((p) => new Float64Array(p.length));
  const vel = [...params(m)].map((p) => new Float64Array(p.length));
  const embM = new Float64Array(m.emb.length), embV = new Float64Array(m.emb.length);
  const { b1, b2, eps } = ADAM;
  let step = 0;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, rnd);
    let total = 0;
    for (let s = 0; s < order.length; s += o.batch) {
      const g = zeroGrads(m);
      const end = Math.min(order.length, s + o.batch);
      for (let r = s; r < end; r++) {
        const row = rows[order[r]!]!;
        const pass = forward(m, row.x);
        const { loss, d } = rowLoss(pass.logits, row.y, o.positiveWeight, row.w ?? 1);
        total += loss;
        for (let k = 0; k < d.length; k++) d[k] = d[k]! / (end - s);
        backward(m, row.x, pass, d, g);
      }
      step++;
      adamStep(params(m), params(g), mom, vel, step, o.rate, o.decay ?? 0);
      // The embedding rows: sparse (only the rows this batch touched), no decay.
      const c1 = 1 - b1 ** step, c2 = 1 - b2 ** step;
      const dim = shape.dim;
      for (const id of g.touched) {
        for (let d = id * dim; d < id * dim + dim; d++) {
          embM[d] = b1 * embM[d]! + (1 - b1) * g.emb[d]!;
          embV[d] = b2 * embV[d]! + (1 - b2) * g.emb[d]! * g.emb[d]!;
          m.emb[d] = m.emb[d]! - (o.rate * (embM[d]! / c1) / (Math.sqrt(embV[d]! / c2) + eps));
        }
      }
    }
    log?.(epoch, total / rows.length);
  }
  return m;
}

/**
 * The evidence for output `o`: the window of the filter that added most to its logit (its weight
 * times its pooled value), as a UTF-16 span of the draft. Undefined when no filter adds anything.
 */
export function evidence(m: Cnn, e: Encoded, o: number, pass = forward(m, e)): { start: number; end: number } | undefined {
  const { filters, widths } = m.shape;
  const Z = filters * widths.length;
  let best = 0, bi = -1;
  for (let i = 0; i < Z; i++) {
    const c = m.head[o * Z + i]! * pass.z[i]!;
    if (c > best) (best = c), (bi = i);
  }
  if (bi < 0 || pass.n === 0) return undefined;
  const k = widths[Math.floor(bi / filters)]!;
  const p = pass.at[bi]!;
  const last = Math.min(pass.n - 1, p + k - 1);
  return { start: e.starts[p]!, end: e.ends[last]! };
}

/** Every weight in one array (the order of the fields above): for hashing and saving. */
export function flatten(m: Cnn): Float64Array {
  return joinTensors(tensorsOf(m));
}

/** The model `flatten` gave, back (same shape). */
export function unflatten(shape: CnnShape, flat: Float64Array): Cnn {
  const m = createCnn(shape, 0);
  fillTensors(tensorsOf(m), flat, 'unflatten');
  return m;
}

function tensorsOf(m: Cnn): Float64Array[] {
  return [m.emb, ...m.conv, ...m.convB, m.head, m.headB];
}

/** One tensor stored as int8 with one float scale (its largest magnitude / 127), read back. */
export function int8RoundTrip(a: Float64Array): Float64Array {
  let max = 0;
  for (const v of a) max = Math.max(max, Math.abs(v));
  const s = max / 127 || 1;
  return a.map((v) => Math.round(v / s) * s);
}

/**
 * Int8 per tensor with one float scale each: what a saved model would weigh. Returns the bytes
 * and the model the bytes decode to (to measure what quantizing costs).
 */
export function quantize(m: Cnn): { bytes: number; model: Cnn } {
  let bytes = 0;
  const q = (a: Float64Array) => ((bytes += a.length + 4), int8RoundTrip(a));
  const model = { shape: m.shape, emb: q(m.emb), conv: m.conv.map(q), convB: m.convB.map(q), head: q(m.head), headB: q(m.headB) };
  return { bytes, model };
}
