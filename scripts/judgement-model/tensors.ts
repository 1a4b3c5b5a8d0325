// A model's weight tensors as one array and back: the order is the caller's list, so each
// model (cnn.ts, mlp.ts) names its tensors once and hashing, saving and loading agree.

/** The tensors end to end in one array. */
export function joinTensors(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

/** Fills the tensors from `flat` in order; `flat` must hold exactly their weights. */
export function fillTensors(parts: readonly Float64Array[], flat: Float64Array, what: string): void {
  let at = 0;
  for (const p of parts) p.set(flat.subarray(at, (at += p.length)));
  if (at !== flat.length) throw new Error(`${what}: ${flat.length} weights for a shape of ${at}`);
}
