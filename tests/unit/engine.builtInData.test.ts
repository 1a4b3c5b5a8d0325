// The built-in data as a build ships it (scripts/engine-tables-data.ts, engine-tables-plugin.ts):
// the bundle's rules/policy/builtIn.ts is its value parsed from JSON, and must be the same data,
// with the packs module's own objects (other modules of the worker read those).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_DATA, compilePolicy, DEFAULT_SETTINGS, evaluate, policyOf, type PolicyData } from '../../rules';
import { BUILT_IN_PACKS, PACKS } from '../../rules/packs';
import { builtInDataJson } from '../../scripts/engine-tables';
import { dataFromSerialized, serializeData } from '../../scripts/engine-tables-data';
import { builtInDataModule, jsonLiteral, requoteJsonLiterals } from '../../scripts/engine-tables-plugin';

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

  it('splits a judgement word class out of its shipped string only when it is first read', () => {
    const shipped = dataFromSerialized(JSON.parse(builtInDataJson()), PACKS, BUILT_IN_PACKS);
    const words = shipped.judgement.words;
    const [name, other] = Object.keys(BUILT_IN_DATA.judgement.words);
    expect(Object.getOwnPropertyDescriptor(words, name!)?.get).toBeTypeOf('function');
    expect(Object.hasOwn(words, name!)).toBe(true);
    const list = words[name!];
    expect(list).toEqual(BUILT_IN_DATA.judgement.words[name!]);
    // Read once, a plain list from then on (the same array every time).
    expect(Object.getOwnPropertyDescriptor(words, name!)?.value).toBe(list);
    expect(words[name!]).toBe(list);
    expect(Object.getOwnPropertyDescriptor(words, other!)?.get).toBeTypeOf('function');
    // Written before it is read: the written list is what is read.
    (words as Record<string, string[]>)[other!] = ['x y'];
    expect(words[other!]).toEqual(['x y']);
    // An empty class ships as "" and reads back empty.
    const empty = dataFromSerialized(serializeData({ ...BUILT_IN_DATA, judgement: { ...BUILT_IN_DATA.judgement, words: { none: [], one: ['a b'] } } }), PACKS, BUILT_IN_PACKS);
    expect({ ...empty.judgement.words }).toEqual({ none: [], one: ['a b'] });
  });

  it('refuses a judgement word its shipped form cannot hold', () => {
    for (const bad of ['', 'two\nlines']) {
      expect(() => serializeData({ ...BUILT_IN_DATA, judgement: { ...BUILT_IN_DATA.judgement, words: { c: ['ok', bad] } } })).toThrow(/judgement word class c/);
    }
  });

  it('ships JSON as a one-byte string literal that reads back the same text', () => {
    const json = JSON.stringify({ a: "it’s 😂 — “quoted” 'single' back\\slash \u2028 line\nbreak é ñ", b: ['\u00ff', '\u0100'] });
    const literal = jsonLiteral(json);
    expect(literal).toMatch(/^'[\u0000-\u00ff]*'$/);
    const read = new Function(`return ${literal}`)() as string;
    expect(JSON.parse(read)).toEqual(JSON.parse(json));
    expect(read).toMatch(/^[\u0000-\u00ff]*$/);
  });

  it('has the minifier\'s large JSON template literals written back as string literals of the same text', () => {
    const json = JSON.stringify({ a: "it's \"quoted\" back\\slash ${not} `tick` line\nbreak ’", pad: 'x'.repeat(50) });
    const template = `\`${json.replace(/[\\`]|\$\{/g, (c) => `\\${c}`)}\``;
    const code = `var a=JSON.parse(${template}),b=JSON.parse(\`{"small":1}\`),c=JSON.parse(\`[\${x},"${'y'.repeat(60)}"]\`),d=JSON.parse(${template});`;
    const out = requoteJsonLiterals(code, 40);
    expect(out).not.toContain('JSON.parse(`{"a"');
    // The small one and the one with a substitution are left as they were.
    expect(out).toContain('b=JSON.parse(`{"small":1}`)');
    expect(out).toContain(`c=JSON.parse(\`[\${x},"${'y'.repeat(60)}"]\`)`);
    const read = new Function('x', `${out} return [a, b, c, d];`)(1) as unknown[];
    expect(read).toEqual([JSON.parse(json), { small: 1 }, [1, 'y'.repeat(60)], JSON.parse(json)]);
    expect(requoteJsonLiterals('no data here')).toBe('no data here');
  });

  it('is the module the build loads instead of builtIn.ts: same export, the packs module’s own objects', async () => {
    const file = join(dir, 'builtIn.ts');
    const source = builtInDataModule({ builtInDataJson });
    // The data's text holds curly quotes and emoji: escaped, so V8 keeps the literal one-byte.
    expect(builtInDataJson()).toMatch(/[^\u0000-\u00ff]/);
    expect(source).toMatch(/^[\u0000-\u00ff]*$/);
    writeFileSync(file, source);
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
