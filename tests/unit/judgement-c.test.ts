import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';

const compiled = compilePolicy(DEFAULT_POLICY);
const categories = (text: string) => [...new Set(evaluate(text, compiled).filter((f) => f.severity !== 'info').map((f) => f.category))];

describe('judgement part-c (political, religious, commercial, official_voice, defamation)', () => {
  it('keeps frame words as written: the speller does not split a name or a compound a frame relies on', () => {
    // Before rules/engine/evaluate.ts passed frame words to the speller as real words, "beto" was read as
    // "be to" and "firehouse" as "fire house", and both frames missed.
    expect(categories('Beto de la yarda llega borracho todos los lunes.')).toContain('defamation');
    expect(categories('Station 9 is a Christian firehouse, new guys better get used to it.')).toContain('religious');
  });

  it('leaves an arrest report alone: the act belongs to the suspect, not to the named officer', () => {
    expect(categories('Officer Garcia arrested a suspect who stole a car on Mesa this morning.')).not.toContain('defamation');
    expect(categories('Officer Garcia stole a car on Mesa this morning, I saw it.')).toContain('defamation');
  });

  it('does not take a third party\'s sale or a city fee for an employee selling', () => {
    expect(categories('They were selling his jersey for $25 at the stadium.')).not.toContain('commercial');
    expect(categories('Tickets for Boo at the Zoo are $8 each online.')).not.toContain('commercial');
    expect(categories('Plates are $12 each, pickup at my house Saturday.')).toContain('commercial');
  });

  it('tells a routine program from a promise made for the City', () => {
    expect(categories('The City will reimburse eligible residents through the published rebate program; apply online.')).not.toContain('official_voice');
    expect(categories('Don\'t worry, the city will reimburse you for the tire, I\'ll file it myself.')).toContain('official_voice');
  });

  it('reads a spokesperson claim in Spanish and English alike', () => {
    expect(categories('Como vocero de Parques les prometo que la alberca abre en mayo.')).toContain('official_voice');
    expect(categories('As the parks spokesperson I promise the pool opens in May.')).toContain('official_voice');
  });

  it('keeps nonpartisan election logistics and a church used as a venue clean', () => {
    expect(categories('Polls are open 7 to 7 on Saturday. Go vote, whoever you pick!')).toEqual([]);
    expect(categories('Ya voté, la casilla en la Iglesia San Judas estaba bien organizada.')).toEqual([]);
  });
});
