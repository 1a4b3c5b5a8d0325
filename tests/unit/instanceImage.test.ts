import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_DATA } from '../../rules';
import { fromImage, imageOf } from '../../rules/engine/instanceImage';
import { LiteralAutomaton, LiteralHits } from '../../rules/engine/literals';
import { buildTables, sharedOf, type EngineTables } from '../../rules/engine/tables';

class Sample {
  static made = 0;
  readonly small = Int32Array.from([0, 3, 255]);
  readonly wide = Int32Array.from([-70_000, 0, 2 ** 31 - 1]);
  readonly bytes = Uint8Array.from([1, 2, 3]);
  readonly real = Float64Array.from([0.5, -1e300]);
  readonly count = 3;
  readonly table = { a: [1, 'x'], b: null };
  constructor() {
    Sample.made++;
  }
  sum(): number {
    return this.small.reduce((a, b) => a + b, 0) + this.count;
  }
}

describe('instance images', () => {
  it('give the object back, fields, kinds of array and methods, without running its constructor', () => {
    const original = new Sample();
    const image = JSON.parse(JSON.stringify(imageOf(original)));
    const made = Sample.made;
    const back = fromImage(Sample.prototype, image);
    expect(Sample.made).toBe(made);
    expect(back).toBeInstanceOf(Sample);
    expect(back).toEqual(original);
    expect(back.small).toBeInstanceOf(Int32Array);
    expect(back.real).toBeInstanceOf(Float64Array);
    expect(back.sum()).toBe(261);
    // Shipped in the narrowest width that holds the values.
    expect(image.fields.small.width).toBe('u8');
    expect(image.fields.wide.width).toBe('i32');
  });

  it('keep any integers exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (xs) => {
        const back = fromImage(Object.prototype, JSON.parse(JSON.stringify(imageOf({ xs: Int32Array.from(xs) }))));
        expect([...(back as { xs: Int32Array }).xs]).toEqual(xs);
      }),
    );
  });

  it('refuse a field they cannot hold, when built (not in a worker)', () => {
    expect(() => imageOf({ m: new Map() })).toThrow(/m is neither/);
    expect(() => imageOf({ n: NaN })).toThrow(/n is neither/);
    expect(imageOf({ m: new Map() }, ['m'])).toEqual({ v: 1, fields: {} });
  });
});

describe("the engine tables' literal automaton", () => {
  const tables = JSON.parse(JSON.stringify(buildTables(BUILT_IN_DATA))) as EngineTables;
  const built = sharedOf(BUILT_IN_DATA).literals.automaton;

  it('is read from its image, and is the automaton built from the data', () => {
    expect(tables.literals.image).toBeDefined();
    const read = sharedOf({ ...BUILT_IN_DATA, judgement: { ...BUILT_IN_DATA.judgement }, tables }).literals.automaton;
    expect(read).not.toBe(built);
    expect(read).toBeInstanceOf(LiteralAutomaton);
    expect({ ...read, data: null }).toEqual({ ...built, data: null });
    expect(read.serialized()).toEqual(built.serialized());
    // Every own field is in the image or given: a #private field would be lost, and the scans would differ.
    const text = BUILT_IN_DATA.vocabulary.flatMap((p) => p.rules.flatMap((r) => r.examples.hit)).join(' . ').toLowerCase();
    const slots = Int32Array.from({ length: built.requirements }, (_, i) => i);
    const [a, b] = [new LiteralHits(slots, built.requirements), new LiteralHits(slots, built.requirements)];
    built.scan(text, a);
    read.scan(text, b);
    expect(b).toEqual(a);
    for (let p = 0; p < built.requirements; p += 7) expect(b.maybe(p, 0, text.length)).toBe(a.maybe(p, 0, text.length));
  });
});
