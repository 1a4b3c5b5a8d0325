/**
 * One-vs-rest L2 logistic regression over sparse binary features, small enough to read:
 * full-batch gradient descent with momentum, a fixed number of steps, fixed order, no
 * randomness — the same data gives the same weights on every machine. Written here rather
 * than taken from npm: the few maintained JS libraries (ml-logistic-regression and kin) are
 * dense-matrix, unweighted and pull a linear-algebra package; this needs sparse rows,
 * class weights and byte-for-byte reproducible output.
 */

/** A training row: indices of the features it has (each counted once). */
export type SparseRow = readonly number[];

export interface TrainOptions {
  /** L2 strength (per feature, on the mean loss). */
  l2: number;
  steps: number;
  rate: number;
  /** Weight of a positive row relative to a negative one (class balance). */
  positiveWeight: number;
  /** Per-row extra weight (e.g. lower for borrowed negatives); 1 when absent. */
  rowWeight?: readonly number[];
}

export interface LinearModel {
  bias: number;
  weights: Float64Array;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function trainLogistic(rows: readonly SparseRow[], labels: readonly boolean[], features: number, o: TrainOptions): LinearModel {
  const w = new Float64Array(features);
  const v = new Float64Array(features);
  const g = new Float64Array(features);
  let bias = 0;
  let vb = 0;
  const weightOf = rows.map((_, i) => (labels[i] ? o.positiveWeight : 1) * (o.rowWeight?.[i] ?? 1));
  const total = weightOf.reduce((a, b) => a + b, 0);
  const momentum = 0.9;
  for (let step = 0; step < o.steps; step++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      let z = bias;
      for (const f of row) z += w[f]!;
      const err = ((sigmoid(z) - (labels[i] ? 1 : 0)) * weightOf[i]!) / total;
      gb += err;
      for (const f of row) g[f]! += err;
    }
    for (let f = 0; f < features; f++) {
      v[f] = momentum * v[f]! - o.rate * (g[f]! + o.l2 * w[f]!);
      w[f]! += v[f]!;
    }
    vb = momentum * vb - o.rate * gb;
    bias += vb;
  }
  return { bias, weights: w };
}

/** The model's probability for a row. */
export function scoreRow(m: { bias: number; weights: ArrayLike<number> }, row: SparseRow): number {
  let z = m.bias;
  for (const f of row) z += m.weights[f]!;
  return sigmoid(z);
}
