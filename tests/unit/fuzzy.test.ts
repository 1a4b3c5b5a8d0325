// @vitest-environment node
// (file paths come from import.meta.url; happy-dom's URL is not a file URL)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { buildSpeller, correct } from '../../rules/engine/fuzzy';
import { REAL_WORDS_FILE, realWordsSource } from '../../scripts/real-words';

const compiled = compilePolicy(DEFAULT_POLICY);
const speller = compiled.speller;
const unguarded = buildSpeller(speller.vocab, new Set(), speller.common);

describe('typo reader (rules/engine/fuzzy.ts)', () => {
  it('reads deliberate misspellings as the words the rules use', () => {
    expect(correct(speller, 'ihate')).toBe('i hate');
    expect(correct(speller, 'todie')).toBe('to die');
    expect(evaluate('Ihate all of them', compiled).map((f) => f.category)).toContain('harassment');
  });

  it('leaves real words alone, even one typo away from a rule word', () => {
    // Without the real-word list these became "deport", "blacks", "she en" and "watch ing".
    for (const [word, misread] of [['depot', 'deport'], ['backs', 'blacks'], ['sheen', 'she en'], ['watching', 'watch ing']] as const) {
      expect(correct(unguarded, word), word).toBe(misread);
      expect(correct(speller, word), word).toBeNull();
    }
    expect(evaluate("I'd kill to meet Charlie Sheen.", compiled)).toEqual([]);
    expect(evaluate('he works at the home depot and he likes it', compiled)).toEqual([]);
    expect(evaluate('they took my snap backs and beanies', compiled)).toEqual([]);
  });

  it('never corrects a correctly spelled word of the larger dictionary (SCOWL size 50)', () => {
    // SCOWL sizes 40–50: split into two words the rules use without the list ("oxy moron" is name-calling).
    for (const [word, misread] of [['oxymoron', 'oxy moron'], ['hotshot', 'hot shot'], ['playlist', 'play list'], ['homepage', 'home page'], ['lockout', 'lock out']] as const) {
      expect(correct(unguarded, word), word).toBe(misread);
      expect(correct(speller, word), word).toBeNull();
    }
  });

  it('keeps rules/lexicons/real-words.ts in step with the packs (run `npm run real-words` after changing one)', () => {
    expect(readFileSync(REAL_WORDS_FILE, 'utf8')).toBe(realWordsSource());
  }, 60_000);
});
