import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../rules/engine/patterns';
import { compileFrame, cooccurPatterns } from '../../rules/judgement/cooccur';
import type { Cooccurrence } from '../../rules/judgement/types';

// A tiny vocabulary, and streams written the way the engine writes them (lower case, " . " between sentences).
const WORDS: Record<string, string[]> = {
  who: ['clerk', 'the new guy', 'jefe'],
  bad: ['clown', 'waste of space', 'payaso'],
  also_bad: ['loser'],
  guard: ['never', 'news', 'according to'],
};
const lookup = (name: string) => WORDS[name];

function matches(c: Cooccurrence, stream: string): string[] {
  return cooccurPatterns(c).flatMap((src) => [...stream.matchAll(compilePattern(src, lookup).global)].map((m) => m[0]));
}

const pair: Cooccurrence = { all: ['who', 'bad'], within: 4 };
const guarded: Cooccurrence = { ...pair, unless: ['guard'] };

describe('co-occurrence frames', () => {
  it('match a word of each class in either order, the span running from one to the other', () => {
    expect(matches(pair, 'the clerk is a total clown . ok')).toEqual(['clerk is a total clown']);
    expect(matches(pair, 'what a clown that clerk is')).toEqual(['clown that clerk']);
    expect(matches(pair, 'the new guy is a waste of space')).toEqual(['the new guy is a waste of space']);
    expect(matches(pair, 'el jefe es un payaso')).toEqual(['jefe es un payaso']);
  });

  it('take the nearest partner, and no more than `within` words apart', () => {
    expect(matches(pair, 'clerk clown x x x x x clown')).toEqual(['clerk clown']);
    expect(matches(pair, 'the clerk is a b c clown')).toEqual(['clerk is a b c clown']);
    expect(matches(pair, 'the clerk is a b c d clown')).toEqual([]);
  });

  it('stay inside one sentence', () => {
    expect(matches(pair, 'the clerk is ok . a clown')).toEqual([]);
    expect(matches(pair, 'a clown . the clerk')).toEqual([]);
  });

  it('keep one order when `ordered`', () => {
    expect(matches({ ...pair, ordered: true }, 'what a clown that clerk is')).toEqual([]);
    expect(matches({ ...pair, ordered: true }, 'that clerk is a clown')).toEqual(['clerk is a clown']);
  });

  it('take a union of classes on a side', () => {
    expect(matches({ all: ['who', ['bad', 'also_bad']], within: 3 }, 'the clerk is a loser')).toEqual(['clerk is a loser']);
  });

  it('give way to a guard before, between or after the pair, within `guardWithin` words, in the same sentence', () => {
    expect(matches(guarded, 'the clerk is a clown')).toEqual(['clerk is a clown']);
    expect(matches(guarded, 'never call the clerk a clown')).toEqual([]);
    expect(matches(guarded, 'the clerk is never a clown')).toEqual([]);
    expect(matches(guarded, 'the clerk is a clown said the news')).toEqual([]);
    expect(matches(guarded, 'according to him the clerk is a clown')).toEqual([]);
    // Out of reach, or in another sentence: the guard says nothing about this pair.
    expect(matches({ ...guarded, guardWithin: 1 }, 'never x x x the clerk is a clown')).toEqual(['clerk is a clown']);
    expect(matches(guarded, 'never again . the clerk is a clown')).toEqual(['clerk is a clown']);
    expect(matches(guarded, 'the clerk is a clown . big news')).toEqual(['clerk is a clown']);
  });

  it('compile to patterns that start with a word class (tried only at its words), one per order and lead class', () => {
    const srcs = cooccurPatterns({ all: [['who', 'also_bad'], 'bad'], within: 3, unless: ['guard'] });
    expect(srcs).toHaveLength(3);
    for (const src of srcs) expect(compilePattern(src, lookup).first).not.toBeNull();
  });

  it('run in time linear in the stream', () => {
    const [src] = cooccurPatterns({ ...guarded, within: 20 });
    const re = compilePattern(src!, lookup).global;
    const time = (n: number) => {
      const stream = 'clerk x '.repeat(n);
      const t = performance.now();
      for (let i = 0; i < 5; i++) [...stream.matchAll(re)];
      return performance.now() - t;
    };
    time(2000);
    expect(time(8000) / Math.max(time(2000), 0.5)).toBeLessThan(12);
  });

  it('refuse bad input with a clear error', () => {
    expect(() => cooccurPatterns({ all: ['who', 'bad'], within: 21 })).toThrow(/within/);
    expect(() => cooccurPatterns({ all: ['who', 'bad'], within: 1.5 })).toThrow(/within/);
    expect(() => cooccurPatterns({ all: ['who', 'Bad word'], within: 3 })).toThrow(/word class name/);
    expect(() => cooccurPatterns({ all: ['who', []], within: 3 })).toThrow(/without a word class/);
    const frame = { id: 'judgement.harassment.x', category: 'harassment' as const, message: { en: 'x', es: 'x' }, examples: { hit: [], miss: [] } };
    expect(() => compileFrame(frame)).toThrow(/neither patterns nor co-occurrences/);
    expect(compileFrame({ ...frame, patterns: ['{who} x'], cooccur: [pair] }).patterns).toEqual(['{who} x', ...cooccurPatterns(pair)]);
  });
});
