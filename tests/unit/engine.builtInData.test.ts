// The built-in data as a build ships it (scripts/engine-tables-data.ts, engine-tables-plugin.ts):
// the bundle's rules/policy/builtIn.ts is its value parsed from JSON, and must be the same data,
// with the packs module's own objects (other modules of the worker read those).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_DATA, compilePolicy, DEFAULT_SETTINGS, evaluate, policyOf, type PolicyData } from '../../rules';
import { BUILT_IN_PACKS, PACKS } from '../../rules/packs';
import { builtInDataJson } from '../../scripts/engine-tables';
import { dataFromSerialized } from '../../scripts/engine-tables-data';
import { builtInDataModule } from '../../scripts/engine-tables-plugin';

// Inside the checkout (.output/, ignored by git): Vitest loads modules from the project only.
mkdirSync('.output', { recursive: true });
const dir = mkdtempSync(join(process.cwd(), '.output', 'test-built-in-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built-in data as the build ships it', () => {
  it('is the data builtIn.ts works out, sets and all', () => {
    const shipped = dataFromSerialized(JSON.parse(builtInDataJson()), PACKS, BUILT_IN_PACKS);
    expect(shipped).toEqual(BUILT_IN_DATA);
    expect(shipped.lexicon.real).toBeInstanceOf(Set);
    expect(shipped.lexicon.real.size).toBe(BUILT_IN_DATA.lexicon.real.size);
  });

  it('is the module the build loads instead of builtIn.ts: same export, the packs module’s own objects', async () => {
    const file = join(dir, 'builtIn.ts');
    writeFileSync(file, builtInDataModule({ builtInDataJson }));
    const { BUILT_IN_DATA: shipped } = (await import(/* @vite-ignore */ file)) as { BUILT_IN_DATA: PolicyData };
    expect(shipped).toEqual(BUILT_IN_DATA);
    expect(shipped.packs).toBe(PACKS);
    expect(shipped.vocabulary).toBe(BUILT_IN_PACKS);
    // Compiled from it, the default policy finds what it finds from the sources.
    const a = compilePolicy(policyOf(DEFAULT_SETTINGS), shipped);
    const b = compilePolicy(policyOf(DEFAULT_SETTINGS));
    const examples = [...Object.values(PACKS).flatMap((p) => p.rules.flatMap((r) => r.examples.hit)), ...BUILT_IN_DATA.judgement.frames.flatMap((f) => f.examples.hit)];
    for (const t of examples) expect(evaluate(t, a), t).toEqual(evaluate(t, b));
  }, 60_000);
});
