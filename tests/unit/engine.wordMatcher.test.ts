// Patterns run as programs over the stream's words (rules/engine/wordMatcher.ts) must find
// exactly what their RegExp finds: the same match at the same start, ending at the same place
// (leftmost-first priorities: greedy before lazy, alternatives in order, a class's longer entries
// first). Checked on every pattern of the built-in data over real drafts, through evaluate() on
// policy_dev / Davidson / OffendES when the eval data is on the machine, on hand-made cases whose
// answer changes when a priority rule is broken, and on generated patterns and streams.
import { join } from 'node:path';
import fc from 'fast-check';
import { builtInRules, evalDataDir, evalTexts as readEvalTexts, fixtureTexts } from './realTexts';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_DATA, compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { normalize } from '../../rules/engine/normalize';
import { compilePattern, patternTables, type CompiledPattern } from '../../rules/engine/patterns';
import { sharedOf } from '../../rules/engine/tables';
import { matchAt, WordView } from '../../rules/engine/wordMatcher';

const fixtures = fixtureTexts();
const rules = builtInRules();
const examples = rules.flatMap((r) => [...r.examples.hit, ...r.examples.miss]);
const evalDir = evalDataDir();
const evalTexts = evalDir
  ? readEvalTexts(evalDir, 1000, 500)
  : [];

/** The RegExp's answer at `at`: where the sticky match ends, or -1. */
function regexEnd(p: CompiledPattern, stream: string, at: number): number {
  p.sticky.lastIndex = at;
  const m = p.sticky.exec(stream);
  return m ? m.index + m[0].length : -1;
}

/** Every word start of `stream` where the program and the RegExp disagree. */
function disagreements(p: CompiledPattern, stream: string): string[] {
  const view = new WordView(stream);
  const out: string[] = [];
  if (!view.ok) return out;
  for (const at of view.starts) {
    const want = regexEnd(p, stream, at);
    const got = matchAt(p.words!, view, at);
    if (got !== want) out.push(`at ${at} of "${stream}": RegExp ${want}, program ${got}`);
  }
  return out;
}

const shared = sharedOf(BUILT_IN_DATA);
const sources = [...new Set(rules.flatMap((r) => ('patterns' in r ? r.patterns : [])))];

describe('word programs and RegExps agree', () => {
  it('most patterns of the built-in data run as programs (the RegExp is the rare case)', () => {
    const programs = sources.filter((src) => compilePattern(src, shared.wordClass, shared.patterns).words !== null);
    expect(sources.length).toBeGreaterThan(500);
    expect(programs.length / sources.length).toBeGreaterThan(0.9);
  });

  it('on every pattern, at every word of its own rule\'s examples and of every 16th example or judgement fixture of the others', () => {
    const streamsOf = (texts: string[]) => [...new Set(texts.map((t) => normalize(t).stream))];
    const sample = streamsOf([...examples, ...fixtures]).filter((_, i) => i % 16 === 0);
    const bad: string[] = [];
    let tried = 0;
    for (const rule of rules) {
      if (!('patterns' in rule)) continue;
      const own = streamsOf([...rule.examples.hit, ...rule.examples.miss]);
      for (const src of rule.patterns) {
        const p = compilePattern(src, shared.wordClass, shared.patterns);
        if (!p.words) continue;
        for (const s of [...own, ...sample]) {
          tried++;
          for (const d of disagreements(p, s)) if (bad.length < 10) bad.push(`${src.slice(0, 80)}: ${d}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(tried).toBeGreaterThan(100_000);
  }, 120_000);

  it.skipIf(evalTexts.length === 0)('evaluate() gives the same findings with the programs as with the RegExps alone (policy_dev, Davidson, OffendES)', () => {
    const withPrograms = compilePolicy(DEFAULT_POLICY);
    withPrograms.programTries = Infinity; // never hand over to the RegExp
    const regexOnly = compilePolicy(DEFAULT_POLICY);
    regexOnly.programTries = 0;
    let differ = 0;
    const first: string[] = [];
    for (const t of evalTexts) {
      const a = JSON.stringify(evaluate(t, withPrograms, { merge: false }));
      const b = JSON.stringify(evaluate(t, regexOnly, { merge: false }));
      if (a !== b && differ++ < 3) first.push(t);
    }
    expect(first).toEqual([]);
    expect(differ).toBe(0);
  }, 300_000);
});

// ---------- priorities: hand-made cases whose answer changes when a rule is broken ----------

const CLASSES: Record<string, string[]> = {
  x: ['a', 'a b', 'b c a'],
  y: ['c', 'ab', 'c d'],
  g: ['d'],
};
const toyClass = (name: string) => CLASSES[name];
const toy = (src: string) => compilePattern(src, toyClass, patternTables());

describe('leftmost-first priorities', () => {
  const cases: [src: string, stream: string, end: string][] = [
    // A class's longer entry first ("a b" before "a"), then the shorter when the rest fails.
    ['{x}(?: [^ .]+)?', 'a b c', 'a b c'],
    ['{x} c', 'a b c', 'a b c'],
    ['{x} b', 'a b', 'a b'],
    // Greedy tries more words first, lazy fewer.
    ['{x} (?:[^ .]+ ){0,3}{y}', 'a c c c d', 'a c c c d'],
    ['{x} (?:[^ .]+ ){0,3}?{y}', 'a c c c d', 'a c'],
    // Alternatives in order.
    ['(?:a|a b)(?: [^ .]+)?', 'a b c', 'a b'],
    ['(?:a b|a)(?: [^ .]+)?', 'a b c', 'a b c'],
    ['a(?: b)??(?: [^ .]+)?', 'a b c', 'a b'],
    // An empty alternative reads nothing.
    ['(?:{y} |)a b', 'a b', 'a b'],
    ['(?:{y} |)a b', 'c a b', 'c a b'],
    // A guard class just after the pair cancels it (lookahead), or just before (lookbehind).
    ['{x} {y}(?!(?: [^ .]+){0,1} {g}(?![^ .]))', 'a c z d', ''],
    ['{x} {y}(?!(?: [^ .]+){0,1} {g}(?![^ .]))', 'a c z z d', 'a c'],
    ['{y}(?<!(?<![^ .])(?={g}(?![^ .]))(?:[^ .]+ ){0,2}[^ .]+) {x}', 'c a', 'c a'],
    ['{y}(?<!(?<![^ .])(?={g}(?![^ .]))(?:[^ .]+ ){0,2}[^ .]+) [^ .]+', 'c d a', 'c d'],
    // A sentence's "." is a word the programs read like the RegExp does.
    ['{x} (?:[^ .]+ ){0,2}{y}', 'a . c', ''],
    ['{x} [^ ]+ {y}', 'a . c', 'a . c'],
  ];
  for (const [src, stream, end] of cases) {
    it(`${src} on "${stream}"`, () => {
      const p = toy(src);
      expect(p.words).not.toBeNull();
      const want = regexEnd(p, stream, 0);
      expect(want).toBe(end === '' ? -1 : end.length);
      expect(matchAt(p.words!, new WordView(stream), 0)).toBe(want);
    });
  }

  it('on generated patterns and streams (fast-check)', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'ab', '.');
    const atom: fc.Arbitrary<string> = fc.oneof(
      fc.constantFrom('a', 'b', 'c', 'ab', '{x}', '{y}', '[^ .]+', '[^ ]+', 'ab?', '(?:a|b c|c)', '(?:b c|b)'),
    );
    const item = fc.oneof(
      { weight: 4, arbitrary: atom },
      { weight: 1, arbitrary: fc.tuple(atom, atom).map(([p, q]) => `(?:${p}|${q})`) },
      { weight: 1, arbitrary: fc.tuple(atom, fc.boolean()).map(([p, lazy]) => `(?:${p} )?${lazy ? '?' : ''}__`) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean()).map(([n, lazy]) => `(?:[^ .]+ ){0,${n}}${lazy ? '?' : ''}__`) },
      { weight: 1, arbitrary: atom.map((p) => `(?:${p} |)__`) },
      { weight: 1, arbitrary: atom.map((p) => `${p}(?! {g}(?![^ .]))`) },
      { weight: 1, arbitrary: atom.map((p) => `${p}(?<!(?<![^ .])(?={y}(?![^ .]))(?:[^ .]+ ){0,1}[^ .]+)`) },
    );
    // "__" marks a part that ends with its own space: the next part follows it directly.
    const pattern = fc.array(item, { minLength: 1, maxLength: 4 }).map((items) =>
      items
        .map((it, k) => (it.endsWith('__') ? it.slice(0, -2) : k < items.length - 1 ? `${it} ` : it))
        .join('')
        .replace(/ $/, ''),
    );
    let programs = 0;
    fc.assert(
      fc.property(pattern, fc.array(word, { minLength: 1, maxLength: 9 }), (src, words) => {
        const p = toy(src);
        if (!p.words) return true;
        programs++;
        expect(disagreements(p, words.join(' '))).toEqual([]);
        return true;
      }),
      { numRuns: 1000 },
    );
    expect(programs).toBeGreaterThan(666); // two thirds of the runs are programs, not RegExp fallbacks
  });
});
