import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { tokenize } from '../../rules/engine/normalize';
import { FRAME_WORDS } from '../../rules/judgement';
import { EN_MACROS } from '../../rules/lexicons/en/macros';
import { ES_MACROS } from '../../rules/lexicons/es/macros';
import { draftFeatures, featureSpace, sentenceFeatures, stem } from '../../scripts/judgement-model/features';
import { logCountRatio, scoreRow, trainLogistic } from '../../scripts/judgement-model/logistic';

// The learned combiner was measured and rejected (docs/judgement-model.md); its trainer and
// feature extractor stay so that the experiment can be re-run: these tests keep them honest.
describe('judgement model experiment: trainer', () => {
  // Feature 0 marks positives, feature 1 is noise on both sides, feature 2 marks negatives.
  const rows = [[0], [0, 1], [0], [1, 2], [2], [2], [1], [0, 1]];
  const labels = [true, true, true, false, false, false, false, true];
  const options = { l2: 0.01, steps: 300, rate: 1, positiveWeight: 1 };

  it('is deterministic: the same data gives the same weights, bit for bit', () => {
    const a = trainLogistic(rows, labels, 3, options);
    const b = trainLogistic(rows, labels, 3, options);
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toBe(b.bias);
  });

  it('learns which feature marks which side, and scores rows by it', () => {
    const m = trainLogistic(rows, labels, 3, options);
    expect(m.weights[0]!).toBeGreaterThan(1);
    expect(m.weights[2]!).toBeLessThan(-1);
    expect(Math.abs(m.weights[1]!)).toBeLessThan(Math.abs(m.weights[0]!));
    expect(scoreRow(m, [0])).toBeGreaterThan(0.8);
    expect(scoreRow(m, [2])).toBeLessThan(0.2);
  });

  it('NB-SVM values: a feature of the positives gets a positive log-count ratio, and the trained weights carry it', () => {
    const r = logCountRatio(rows, labels, 3);
    expect(r[0]!).toBeGreaterThan(0.5);
    expect(r[2]!).toBeLessThan(-0.5);
    expect(Math.abs(r[1]!)).toBeLessThan(r[0]!);
    const m = trainLogistic(rows, labels, 3, { ...options, scale: r });
    const again = trainLogistic(rows, labels, 3, { ...options, scale: r });
    expect([...m.weights]).toEqual([...again.weights]);
    expect(scoreRow(m, [0])).toBeGreaterThan(0.8);
    expect(scoreRow(m, [2])).toBeLessThan(0.2);
  });

  it('weights a row as if it were repeated', () => {
    const once = trainLogistic([[0], [0], [2]], [true, true, false], 3, options);
    const weighted = trainLogistic([[0], [2]], [true, false], 3, { ...options, rowWeight: [2, 1] });
    expect(weighted.weights[0]!).toBeCloseTo(once.weights[0]!, 10);
    expect(weighted.bias).toBeCloseTo(once.bias, 10);
  });
});

describe('judgement model experiment: features', () => {
  const space = featureSpace([FRAME_WORDS, EN_MACROS, ES_MACROS]);
  const compiled = compilePolicy(DEFAULT_POLICY);
  const features = (text: string) => sentenceFeatures(text, tokenize(text), space, evaluate(text, compiled, { merge: false }));

  it('cuts a draft into its sentences, with spans into the original text', () => {
    const text = 'Great turnout today. Can you DM me the gate code?';
    const s = features(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['Great turnout today', 'Can you DM me the gate code']);
  });

  it('notes the structural cues of each sentence', () => {
    const [a, b] = features('I will not be there. ¿Me lo mandas a mi número 915 555 0134?');
    expect([...a!.features]).toEqual(expect.arrayContaining(['s:first', 's:neg']));
    expect([...b!.features]).toEqual(expect.arrayContaining(['s:question', 's:number']));
    expect(features('Speaking on behalf of the Parks Department, we promise a new pool.')[0]!.features.has('s:behalf')).toBe(true);
    expect(features('Vote for Lopez, trust me.')[0]!.features.has('s:imperative')).toBe(true);
  });

  it('notes the word classes a sentence holds, in English and in Spanish, accents or not', () => {
    const named = [...draftFeatures(features('Kevin from the fire department said it.'))];
    expect(named).toEqual(expect.arrayContaining(['w:given_name', 'w:city_body']));
    expect(draftFeatures(features('La policía llegó tarde.')).has('w:city_body')).toBe(true);
  });

  it('notes the rules and frames the engine found in a sentence, and only in that sentence', () => {
    const [first, second, third] = features('Nice day at the park. My password is Tr0ub4dor&3, log in for me. See you at the game.');
    expect([...second!.features].some((f) => f.startsWith('r:'))).toBe(true);
    expect([...second!.features].some((f) => f === 'c:credentials' || f === 'fc:credentials')).toBe(true);
    for (const other of [first!, third!]) expect([...other.features].filter((f) => f.startsWith('r:') || f.startsWith('c:'))).toEqual([]);
  });

  // Session 9: features that read who does the act and how it is framed, not only which
  // classes a sentence holds.
  const has = (text: string, ...want: string[]) => {
    const all = draftFeatures(features(text));
    for (const w of want) expect(all.has(w), `${w} in "${text}"`).toBe(true);
  };
  const lacks = (text: string, ...unwanted: string[]) => {
    const all = draftFeatures(features(text));
    for (const w of unwanted) expect(all.has(w), `${w} not in "${text}"`).toBe(false);
  };

  it('reads a first-person speaker shortly before an act, in English and in Spanish', () => {
    has('I sell weed out of my truck.', 'fp>illegal_drug');
    has('Yo vendo mota en la oficina.', 'fp>illegal_drug');
    // The same words with the speaker far away, or after the act, are not the speaker's act.
    lacks('Weed is sold near the park, I heard.', 'fp>illegal_drug');
  });

  it('reads a named person, a role or an @mention before a damaging act', () => {
    has('Officer Ramirez stole the cash from evidence.', 'who>damaging_act');
    has('@Maria stole the cash from evidence.', 'who>damaging_act');
    lacks('Cash was stolen from the evidence room, officer.', 'who>damaging_act');
  });

  it('reads a second person next to an insult, in English and in Spanish', () => {
    has('you are an idiot', '2p~insult_noun');
    has('Tú eres una idiota', '2p~demeaning');
  });

  it('reads a negation shortly before a class, and advice, news and "let\'s"/"should" frames', () => {
    has('Never share your password. Report it to IT.', 'neg>cred_key', 's:advice');
    has('Nunca comparta su contraseña.', 'neg>cred_key', 's:advice');
    has('According to police, the man was arrested for theft.', 's:news');
    has('Según la policía, el hombre fue arrestado por robo.', 's:news');
    has("Let's burn the building down", 's:exhort');
    has('Alguien debería golpearlo', 's:exhort');
    lacks('My password is Tr0ub4dor&3, log in for me.', 'neg>cred_key', 's:advice', 's:news');
  });

  it('reads ordered pairs: class A shortly before class B, and adjacent stemmed words', () => {
    has('I sell weed out of my truck.', 'o:seller_offer>illegal_drug', `b:${stem('sell')}_${stem('weed')}`, `u:${stem('weed')}`);
    lacks('I sell weed out of my truck.', `b:${stem('weed')}_${stem('sell')}`);
  });

  it('gives the same features on every run', () => {
    const text = 'Officer Ramirez stole the cash. Según la policía, nunca comparta su contraseña. @Maria you are an idiot';
    const a = features(text).map((s) => [s.start, s.end, [...s.features].sort()]);
    const b = features(text).map((s) => [s.start, s.end, [...s.features].sort()]);
    expect(a).toEqual(b);
  });
});

