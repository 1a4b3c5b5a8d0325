import { describe, expect, it } from 'vitest';
import { normalize } from '../../rules/engine/normalize';

const words = (text: string) => normalize(text).tokens.filter((t) => !t.boundary).map((t) => [t.text, text.slice(t.start, t.end)]);

describe('normalize', () => {
  it('folds case, accents, fullwidth and mathematical letters, keeping original spans', () => {
    expect(words('Qué ＦＵＮ 𝐛𝐨𝐥𝐝')).toEqual([
      ['que', 'Qué'],
      ['fun', 'ＦＵＮ'],
      ['bold', '𝐛𝐨𝐥𝐝'],
    ]);
  });

  it('maps Cyrillic and Greek look-alikes to Latin letters', () => {
    expect(words('рау тhе ѕum')).toEqual([
      ['pay', 'рау'],
      ['the', 'тhе'],
      ['sum', 'ѕum'],
    ]);
  });

  it('drops zero-width characters and apostrophes inside words', () => {
    expect(words('do\u200bn’t stop')).toEqual([
      ['dont', 'do\u200bn’t'],
      ['stop', 'stop'],
    ]);
  });

  it('decodes leetspeak only when letters dominate', () => {
    expect(words('5h1t a$$ 45s 2024 b!tch')).toEqual([
      ['shit', '5h1t'],
      ['ass', 'a$$'],
      ['45s', '45s'],
      ['2024', '2024'],
      ['bitch', 'b!tch'],
    ]);
  });

  it('reads one capital followed by digits as a code, not leetspeak ("Galaxy A55" is a phone)', () => {
    expect(words('Galaxy A55, the M25, kiss my a55')).toEqual([
      ['galaxy', 'Galaxy'],
      ['a55', 'A55'],
      ['the', 'the'],
      ['m25', 'M25'],
      ['kiss', 'kiss'],
      ['my', 'my'],
      ['ass', 'a55'],
    ]);
  });

  it('joins letters spelled out one by one', () => {
    expect(words('k i l l all w.o.m.e.n')).toEqual([
      ['kill', 'k i l l'],
      ['all', 'all'],
      ['women', 'w.o.m.e.n'],
    ]);
  });

  it('keeps URLs and @handles opaque', () => {
    const t = normalize('see https://t.co/AsSx and @fuckthis now').tokens;
    expect(t.filter((x) => x.opaque).map((x) => x.start)).toEqual([4, 26]);
  });

  it('marks sentence ends in the stream, and maps stream positions to tokens', () => {
    const n = normalize('Hello there. General Kenobi!');
    expect(n.stream).toBe('hello there . general kenobi');
    expect(n.tokens[n.tokenAt[n.stream.indexOf('kenobi')]!]!.text).toBe('kenobi');
    expect(n.tokens[n.tokenAt[n.offsets[3]!]!]!.text).toBe('general');
  });

  it('keeps a masked word whole and marks it', () => {
    const [t] = normalize('f**k').tokens;
    expect(t).toMatchObject({ text: 'f**k', masked: true, start: 0, end: 4 });
  });
});
