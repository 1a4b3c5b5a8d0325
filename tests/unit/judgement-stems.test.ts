import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAME_WORDS } from '../../rules/judgement';
import { expandStems } from '../../rules/judgement/expand';
import { stemEntries } from '../../rules/judgement/raw';
import { STEM_FORMS } from '../../rules/judgement/stems';
import { formsOf, STEMS_FILE, stemsSource } from '../../scripts/judgement-stems';

describe('judgement stems (scripts/judgement-stems.ts → rules/judgement/stems.ts)', () => {
  it('keeps rules/judgement/stems.ts in step with the word classes (run `npm run judgement-stems` after adding a stem*)', () => {
    expect(readFileSync(STEMS_FILE, 'utf8')).toBe(stemsSource());
  }, 60_000);

  it('gives every stem written in a class at least one form', () => {
    const empty = [...new Set(stemEntries())].filter((s) => !STEM_FORMS[s]);
    expect(empty).toEqual([]);
  });

  it('expands a stem to its inflections and not to other words sharing the letters', () => {
    const en = new Set(['stab', 'stabs', 'stabbed', 'stabbing', 'stable', 'stability', 'humiliate', 'humiliated', 'humiliating', 'humiliation']);
    const es = new Set(['golpear', 'golpeo', 'golpearon', 'golpeando', 'golpeado', 'golpeteo']);
    const dict = { en, es };
    expect(formsOf('stab', dict)).toEqual(['stab', 'stabbed', 'stabbing', 'stabs']);
    expect(formsOf('humiliat', dict)).toEqual(['humiliate', 'humiliated', 'humiliating', 'humiliation']);
    const golpe = formsOf('golpe', dict);
    expect(golpe).toEqual(expect.arrayContaining(['golpear', 'golpearon', 'golpeando', 'golpeado', 'golpeo', 'golpearlo', 'golpeandola']));
    expect(golpe).not.toContain('golpeteo');
  });

  it('replaces stem tokens inside phrases, drops !form entries, and fails loudly on a stem it has no forms for', () => {
    const forms = { 'stab*': 'stab stabbed stabs', 'beat*': 'beat beaten beats' };
    expect(expandStems({ a: ['stab*', '!stabs', 'knife'], b: ['beat* up'] }, forms)).toEqual({ a: ['stab', 'stabbed', 'knife'], b: ['beat up', 'beaten up', 'beats up'] });
    expect(() => expandStems({ a: ['punch*'] }, forms)).toThrow(/npm run judgement-stems/);
    expect(() => expandStems({ a: ['ab*'] }, forms)).toThrow(/not a stem/);
  });

  it('hands the engine no "*" or "!" entries', () => {
    const left = Object.entries(FRAME_WORDS).flatMap(([name, words]) => words.filter((w) => /[*!]/.test(w)).map((w) => `${name}: ${w}`));
    expect(left).toEqual([]);
  });
});
