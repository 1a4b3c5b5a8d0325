// One Adam step over dense parameter tensors, shared by the CNN and the MLP trainers.

export const ADAM = { b1: 0.9, b2: 0.999, eps: 1e-8 } as const;

/**
 * Updates each tensor of `params` from its gradient in `grads` (same order), with the moment
 * buffers `mom`/`vel`; `step` counts from 1. Weight decay is `decay` times `decayOf[i]` (1 when
 * absent: every tensor decays), added to the step as decoupled L2.
 */
export function adamStep(
  params: readonly Float64Array[],
  grads: readonly Float64Array[],
  mom: readonly Float64Array[],
  vel: readonly Float64Array[],
  step: number,
  rate: number,
  decay = 0,
  decayOf?: readonly number[],
): void {
  const { b1, b2, eps } = ADAM;
  const c1 = 1 - b1 ** step, c2 = 1 - b2 ** step;
  params.forEach((p, pi) => {
    const gp = grads[pi]!, mp = mom[pi]!, vp = vel[pi]!, dec = decay * (decayOf?.[pi] ?? 1);
    for (let k = 0; k < p.length; k++) {
      mp[k] = b1 * mp[k]! + (1 - b1) * gp[k]!;
      vp[k] = b2 * vp[k]! + (1 - b2) * gp[k]! * gp[k]!;
      p[k] = p[k]! - rate * ((mp[k]! / c1) / (Math.sqrt(vp[k]! / c2) + eps) + dec * p[k]!);
    }
  });
}
