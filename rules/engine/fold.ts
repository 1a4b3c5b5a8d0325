import { CONFUSABLES } from './charmaps';

/**
 * One code point → its folded form (possibly empty, possibly several characters): look-alike
 * characters read as Latin letters, accents and compatibility forms dropped, lower case.
 * normalize.ts keeps what it has folded in its scratch (a draft repeats its characters).
 */
export function foldChar(ch: string): string {
  const confusable = CONFUSABLES[ch];
  let out: string;
  if (confusable !== undefined) out = confusable;
  else {
    // NFKD splits accents and compatibility forms (fullwidth, math letters, ligatures).
    out = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    out = [...out].map((c) => CONFUSABLES[c] ?? c).join('');
  }
  if (/^[\p{Cf}\p{M}]*$/u.test(out)) out = ''; // zero-width and format characters vanish
  return out;
}
