import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { readDisguise, soundKey } from '../../rules/engine/disguise';

const compiled = compilePolicy(DEFAULT_POLICY);
/** Interrupting findings as [category, excerpt]. */
const flagged = (text: string) => evaluate(text, compiled).filter((f) => f.severity !== 'info').map((f) => [f.category, f.excerpt]);
/** Only the word-list categories a disguise can produce (detectors may still see an e-mail). */
const WORD_CATEGORIES = ['profanity', 'sexual', 'slur', 'harassment'];
const wordFindings = (text: string) => flagged(text).filter(([c]) => WORD_CATEGORIES.includes(c!));

describe('disguised words (symbols with several readings, masks, sounds)', () => {
  it('reads a symbol as any letter it looks like, masks as one or two letters, ph/kk as sounds', () => {
    expect(flagged('@$$h073')).toEqual([['profanity', '@$$h073']]); // 7 as l, @ as a
    expect(flagged('G@*k')).toEqual([['slur', 'G@*k']]); // @ as o
    expect(flagged('ph*kk3d')).toEqual([['profanity', 'ph*kk3d']]); // ph → f, kk → ck
    expect(flagged('p*s$y$')).toEqual([['sexual', 'p*s$y$']]); // a plural of a listed word
    expect(flagged('que m@r!c0n')).toEqual([['slur', 'm@r!c0n']]);
  });

  it('reads back a trailing symbol normalization leaves out of the word', () => {
    // Said to someone ("eres un …"), the slur is also harassment (judgement.harassment.slur_at_people).
    expect(flagged('eres un n!gg@')).toEqual([['harassment', 'un n!gg@'], ['slur', 'n!gg@']]);
    expect(flagged('Tipa de Mierd@ que te pasa')).toEqual([['profanity', 'Mierd@']]);
    expect(flagged('me vale verg* lo que digan')).toEqual([['profanity', 'verg*']]);
  });

  it('joins single characters spaced out with a symbol among them, span in the original', () => {
    const text = 'you are an a $ s, really';
    const f = evaluate(text, compiled).filter((x) => x.category === 'profanity');
    expect(f.map((x) => [x.start, x.end, x.excerpt])).toEqual([[11, 16, 'a $ s']]);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('a $ s');
    expect(flagged('s h ! t happens')).toEqual([['profanity', 's h ! t']]);
    expect(flagged('a s $')).toEqual([['profanity', 'a s $']]);
  });

  it('different words from different rules are no reading; one rule’s words are one reading', () => {
    expect(readDisguise([...'p0r*'], compiled.shared.disguises).sort()).toEqual(['porn', 'porno']); // an English and a Spanish rule
    expect(flagged('p0r*')).toEqual([]);
    expect(readDisguise([...'c00k'], compiled.shared.disguises)).toEqual([]); // doubled letters are not squeezed: not "cock"
    expect(readDisguise([...'p*t@'], compiled.shared.disguises).sort()).toEqual(['puta', 'puto']); // both in the same rule
    expect(flagged('p*t@')).toEqual([['profanity', 'p*t@']]);
  });

  it('leaves ordinary words with symbols, codes, numbers, addresses and emphasis alone', () => {
    for (const text of [
      'mi$$ion accomplished', 'first cla$$ service', 'pa$$ the salt', 'B@ss guitar', 'c@t and d0g', 'a$$et management',
      'Win7 and R2D2 at 10am on the 5th', 'I got an A $ 5 bill', 'x @ s', 'option a * b', '3*4=12', '#nofilter', 'file_name.txt',
      'write to j@ne.doe@city.gov', '*Hand gently resting on fanny pack*', '*SU MAMA* :v', 'free* shipping', 'p@$$w0rd', 'T3xas',
      'h0t d0g', 'g0d bless', 'see https://x.co/a$s', 'call 121 @ 5',
    ]) {
      expect([text, wordFindings(text)]).toEqual([text, []]);
    }
  });

  it('needs enough real letters, no leading mask, and a vocabulary word', () => {
    expect(readDisguise([...'5h!7'], compiled.shared.disguises)).toEqual([]); // one real letter in a short word
    expect(readDisguise([...'*uck'], compiled.shared.disguises)).toEqual([]); // the first letter is a mask
    expect(readDisguise([...'a**'], compiled.shared.disguises)).toEqual([]); // masks dominate
    expect(readDisguise([...'h0m3'], compiled.shared.disguises)).toEqual([]); // "home" is not a word of the rules
    expect(soundKey('phucker')).toBe(soundKey('fucker'));
    expect(soundKey('fukk')).toBe(soundKey('fuck'));
  });
});
