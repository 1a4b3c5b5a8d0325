import { PACKS } from '../packs';
import { evaluate, type CompiledPolicy } from './evaluate';

/** Every pack example, once: text that reaches every term list, pattern and detector. */
const SAMPLE = Object.values(PACKS)
  .flatMap((p) => p.rules.flatMap((r) => [...r.examples.hit, ...r.examples.miss]))
  .join('\n');

/**
 * Runs a freshly compiled policy once over the packs' examples, so that the regular
 * expressions are compiled and optimized by the JavaScript engine before the user's first
 * keystroke (the first check costs ~50 ms cold, then ~1 ms). Call it when idle.
 */
export function warmUp(compiled: CompiledPolicy): void {
  evaluate(SAMPLE, compiled);
}
