import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate, PACKS, warmUp } from '../../rules';

describe('warmUp (background, after each compile)', () => {
  it('leaves no state behind: every pack example gives the same findings on a warmed policy as on a cold one', () => {
    const cold = compilePolicy(DEFAULT_POLICY);
    const warmed = compilePolicy(DEFAULT_POLICY);
    warmUp(warmed);
    for (const rule of Object.values(PACKS).flatMap((p) => p.rules)) {
      for (const text of [...rule.examples.hit, ...rule.examples.miss]) expect(evaluate(text, warmed), text).toEqual(evaluate(text, cold));
    }
  }, 30_000); // the first compile in a process works out the engine's tables (rules/engine/tables.ts): 1-2 s under load

  it('copes with a policy that has no packs', () => {
    expect(() => warmUp(compilePolicy({ ...DEFAULT_POLICY, packs: [] }))).not.toThrow();
  });
});
