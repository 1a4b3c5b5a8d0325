/**
 * compilePolicy for the rest of the extension: the engine given the shipped data, and a
 * city's own policy (Policy.city) compiled as one more pack, cited before any built-in one.
 */
import type { PolicyData } from '../engine/data';
import { compilePolicy as compileWith, evaluate, type CompiledPolicy } from '../engine/evaluate';
import type { Policy } from '../schema';
import { BUILT_IN_DATA } from './builtIn';
import { cityPack } from './city';

/** Compile once per policy (the built-in packs, lexicons and frames unless `data` is given). Never throws on admin input. */
export function compilePolicy(policy: Policy, data: PolicyData = BUILT_IN_DATA): CompiledPolicy {
  const city = typeof policy === 'object' && policy !== null ? policy.city : undefined;
  if (!city) return compileWith(policy, data);
  const pack = cityPack(city, data.vocabulary);
  const packs = Array.isArray(policy.packs) ? policy.packs : [];
  return compileWith({ ...policy, packs: [pack.id, ...packs.filter((p) => p !== pack.id)] }, { ...data, packs: { ...data.packs, [pack.id]: pack } });
}

/**
 * Runs a freshly compiled policy once over its packs' examples, so that the regular
 * expressions are compiled and optimized by the JavaScript engine before the user's first
 * keystroke (the first check costs ~50 ms cold, then ~1 ms). Call it when idle.
 */
export function warmUp(compiled: CompiledPolicy): void {
  evaluate(compiled.shared.sample, compiled);
}
