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
  /**
   * Per-feature value (NB-SVM style: a feature's log-count ratio between the classes): a row's
   * feature counts as this value instead of 1. The returned weights include it, so scoreRow
   * stays a sum of weights; the L2 penalty is on the unscaled weights.
   */
  scale?: Float64Array;
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
      if (o.scale) for (const f of row) z += w[f]! * o.scale[f]!;
      else for (const f of row) z += w[f]!;
      const err = ((sigmoid(z) - (labels[i] ? 1 : 0)) * weightOf[i]!) / total;
      gb += err;
      if (o.scale) for (const f of row) g[f]! += err * o.scale[f]!;
      else for (const f of row) g[f]! += err;
    }
    for (let f = 0; f < features; f++) {
      v[f] = momentum * v[f]! - o.rate * (g[f]! + o.l2 * w[f]!);
      w[f]! += v[f]!;
    }
    vb = momentum * vb - o.rate * gb;
    bias += vb;
  }
  if (o.scale) for (let f = 0; f < features; f++) w[f]! *= o.scale[f]!;
  return { bias, weights: w };
}

/** Log-count ratios (NB-SVM): log of a feature's smoothed share among positive vs negative rows. */
export function logCountRatio(rows: readonly SparseRow[], labels: readonly boolean[], features: number, rowWeight?: readonly number[], alpha = 1): Float64Array {
  const p = new Float64Array(features).fill(alpha);
  const q = new Float64Array(features).fill(alpha);
  rows.forEach((row, i) => {
    const into = labels[i] ? p : q;
    for (const f of row) into[f]! += rowWeight?.[i] ?? 1;
  });
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  return p.map((x, f) => Math.log(x / sp / (q[f]! / sq)));
}

/** The model's probability for a row. */
export function scoreRow(m: { bias: number; weights: ArrayLike<number> }, row: SparseRow): number {
  let z = m.bias;
  for (const f of row) z += m.weights[f]!;
  return sigmoid(z);
}
