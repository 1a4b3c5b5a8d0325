import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';

const compiled = compilePolicy(DEFAULT_POLICY);

describe('evaluate', () => {
  it('reports offsets into the original text, with the excerpt they cover', () => {
    const text = 'Honestly, THIS is BullShit. Call 915-555-2368.';
    const findings = evaluate(text, compiled);
    expect(findings.map((f) => [f.category, text.slice(f.start, f.end), f.excerpt])).toEqual([
      ['profanity', 'BullShit', 'BullShit'],
      ['personal_info', '915-555-2368', '915-555-2368'],
    ]);
  });

  it('reports a span once when both packs flag it, citing the first pack', () => {
    const [finding, ...rest] = evaluate('bullshit', compiled);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'el-paso.profanity.strong', severity: 'violation', citation: { section: 'III.A.5.a' } });
  });

  it('matches whole words only (the Scunthorpe problem)', () => {
    expect(evaluate('Scunthorpe, shiitake, assessment, cockpit, Dickens, therapist', compiled)).toEqual([]);
  });

  it('uses the requested language for messages', () => {
    const [en] = evaluate('mierda', compiled, { locale: 'en' });
    const [es] = evaluate('mierda', compiled, { locale: 'es' });
    expect(en!.message).toMatch(/Profane/);
    expect(es!.message).toMatch(/grosero/);
  });

  it('honours allow-lists and disabled categories', () => {
    expect(evaluate('bullshit', compilePolicy({ ...DEFAULT_POLICY, allowTerms: ['BULLSHIT'] }))).toEqual([]);
    const noPii = compilePolicy({ ...DEFAULT_POLICY, categories: { personal_info: { enabled: false } } });
    expect(evaluate('call 915-555-2368', noPii)).toEqual([]);
  });

  it('applies a severity override', () => {
    const soft = compilePolicy({ packs: ['el-paso'], categories: { profanity: { severity: 'caution' } } });
    expect(evaluate('shit', soft).map((f) => f.severity)).toEqual(['caution']);
  });

  it.each([
    ['311 service line', 'call 311 or (915) 311-2368'],
    ['fictional 555-01xx', 'call 915-555-0123'],
    ['published sample SSN', 'e.g. 078-05-1120'],
    ['impossible SSN area', '666-12-3456 and 900-12-3456'],
  ])('does not flag %s', (_name, text) => {
    expect(evaluate(text, compiled)).toEqual([]);
  });

  it('reports an unknown pack as a problem instead of throwing, and keeps the known ones', () => {
    const c = compilePolicy({ packs: ['nowhere' as never, 'el-paso'] });
    expect(c.problems).toEqual([{ ruleId: 'nowhere', reason: 'Unknown policy pack "nowhere"' }]);
    expect(evaluate('bullshit', c).map((f) => f.ruleId)).toEqual(['el-paso.profanity.strong']);
  });
});

describe('obfuscation and the Scunthorpe problem', () => {
  const cats = (text: string) => evaluate(text, compiled).filter((f) => f.severity !== 'info').map((f) => [f.category, f.excerpt]);

  it.each([
    ['separators inside words', 'f.u.c.k this', 'f.u.c.k'],
    ['spaced letters', 'what the f u c k', 'f u c k'],
    ['a word split in two', 'you bit ch', 'bit ch'],
    ['stretched letters', 'fuuuuuckkk', 'fuuuuuckkk'],
    ['masked letters', 'what the f*ck', 'f*ck'],
    ['leetspeak', '5h1t happens', '5h1t'],
    ['symbols', 'b!tch please', 'b!tch'],
    ['accents', 'fučk', 'fučk'],
    ['Cyrillic look-alikes', 'fuсk', 'fuсk'],
    ['fullwidth letters', 'ｆｕｃｋ', 'ｆｕｃｋ'],
    ['zero-width characters', 'fu\u200bck', 'fu\u200bck'],
    ['a compound', 'wordsbeforefuckandafter', 'wordsbeforefuckandafter'],
    ['a masked compound', 'm0th3rf*cker', 'm0th3rf*cker'],
  ])('flags %s', (_name, text, excerpt) => {
    expect(cats(text)).toContainEqual(['profanity', excerpt]);
  });

  it.each([
    'Scunthorpe', 'assessment', 'Sussex', 'cocktail', 'therapist', 'Dickens', 'vehículo', 'Penistone', 'shiitake', 'harshit',
    'magna cum laude', 'Dick Van Dyke', 'the pen is mightier', 'classic grass', 'cumulative', 'documentdocument', '45s', 'kung fu',
    'Visit https://example.com/assets/fuck.jpg',
  ])('does not flag "%s"', (text) => {
    expect(cats(text)).toEqual([]);
  });

  it('rates mild words as info, never as a violation', () => {
    expect(evaluate('damn this traffic', compiled).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('ordinary words read as bad ones (issue #12: no false alarms)', () => {
  const flagged = (text: string, locale: 'en' | 'es' = 'en') => evaluate(text, compiled, { locale }).filter((f) => f.severity !== 'info').map((f) => f.excerpt);

  it('does not start a split word at the ending of a contraction ("nobody\'s hit" is not "shit")', () => {
    for (const text of ["nobody's hit it yet", "How was David Murphy's hit not a home run?", "She's hit every target this year"]) expect(flagged(text), text).toEqual([]);
    // A split word that starts a word is still read.
    expect(flagged("nobody's fu ck")).toEqual(['fu ck']);
    expect(flagged("it's a bit ch")).toEqual(['bit ch']);
  });

  it('keeps pieces that are all real words apart, in English and Spanish', () => {
    for (const [text, locale] of [
      ['the RAM era of computing is over', 'en'],
      ['Eres guapísimo con o sin la operación', 'es'],
      ['en la escuela me molestaban por ni personalidad', 'es'],
      ['y todo esto por no dar crédito a nadie', 'es'],
      ['si no te gusta edítalo noo por ejemplo', 'es'],
    ] as const) {
      expect(flagged(text, locale), text).toEqual([]);
    }
    // A piece that is not a word (or only a letter) still makes one word of them.
    for (const [text, excerpt] of [['pu ta', 'pu ta'], ['pe ni s', 'pe ni s'], ['as s', 'as s'], ['what a bit ch', 'bit ch'], ['sh it', 'sh it']] as const) {
      expect(flagged(text), text).toEqual([excerpt]);
    }
  });

  it('reads a real word as written, not through a phonetic or squeezed variant ("muzzle" is not "muzzie")', () => {
    for (const [text, locale] of [
      ['put a muzzle on the dog before the vet visit', 'en'],
      ['the hangmen of the old west, a history talk', 'en'],
      ['compré un chollo en la tienda', 'es'],
      ['pimiento morrón con arroz', 'es'],
    ] as const) {
      expect(flagged(text, locale), text).toEqual([]);
    }
    // Words nobody spells that way are still read: stretched, v for u.
    for (const [text, excerpt] of [['Veerga', 'Veerga'], ['pvta madre', 'pvta'], ['fuuuuck', 'fuuuuck'], ['phuck', 'phuck']] as const) {
      expect(flagged(text), text).toContain(excerpt);
    }
  });
});

describe('customRules and allowTerms', () => {
  it('matches admin terms with the shared matcher and cites the organization by default', () => {
    const c = compilePolicy({ packs: [], customRules: [{ id: 'org.codename', category: 'confidential', severity: 'violation', terms: ['Project Falcon'], message: 'Code name' }] });
    expect(evaluate('news about PROJECT falcon soon', c)).toEqual([
      expect.objectContaining({ ruleId: 'org.codename', excerpt: 'PROJECT falcon', message: 'Code name', citation: { pack: 'organization', section: 'custom', title: 'org.codename' } }),
    ]);
  });

  it('matches an admin term with a letter-and-digits code in any case ("Q7" is a code, "q7" leetspeak)', () => {
    const c = compilePolicy({ packs: [], customRules: [{ id: 'q7', category: 'political', severity: 'violation', terms: ['proposition q7'], message: 'Q7' }] });
    for (const text of ['Ask me about Proposition Q7 at lunch', 'ask me about proposition q7', 'PROPOSITION Q7!']) {
      expect(evaluate(text, c).map((f) => f.ruleId), text).toEqual(['q7']);
    }
    expect(evaluate('proposition q8', c)).toEqual([]);
  });

  it('runs an RE2 pattern on the original text with its citation', () => {
    const citation = { pack: 'org', section: '4.2', title: 'Ticket numbers' };
    const c = compilePolicy({ packs: [], customRules: [{ id: 't', category: 'confidential', severity: 'caution', pattern: 'TCK-\\d{6}', message: 'Ticket', citation }] });
    const [f] = evaluate('see tck-123456 today', c);
    expect(f).toMatchObject({ start: 4, end: 14, excerpt: 'tck-123456', citation });
  });

  it.each([
    [{ id: 'a', category: 'profanity', severity: 'violation', pattern: '(unclosed', message: 'm' }, /invalid RE2 pattern/],
    [{ id: 'b', category: 'profanity', severity: 'violation', pattern: 'x*', message: 'm' }, /empty string/],
    [{ id: 'c', category: 'profanity', severity: 'violation', pattern: '(a)\\1', message: 'm' }, /invalid RE2 pattern/],
    [{ id: 'd', category: 'profanity', severity: 'violation', terms: [], message: 'm' }, /"terms" is empty/],
    [{ id: 'e', category: 'gossip', severity: 'violation', terms: ['x'], message: 'm' }, /unknown category "gossip"/],
    [{ id: 'f', category: 'profanity', severity: 'violation', terms: ['x'], pattern: 'x', message: 'm' }, /exactly one/],
  ])('skips and reports a bad rule: %j', (rule, reason) => {
    const c = compilePolicy({ packs: ['el-paso'], customRules: [rule as never] });
    expect(c.problems).toEqual([{ ruleId: (rule as { id: string }).id, reason: expect.stringMatching(reason) }]);
    expect(evaluate('bullshit', c)).toHaveLength(1);
  });

  it('reports a duplicate id and keeps the first rule', () => {
    const rule = { id: 'dup', category: 'commercial' as const, severity: 'caution' as const, terms: ['widgets'], message: 'm' };
    const c = compilePolicy({ packs: [], customRules: [rule, { ...rule, terms: ['gadgets'] }] });
    expect(c.problems).toEqual([{ ruleId: 'dup', reason: 'duplicate id "dup"' }]);
    expect(evaluate('widgets and gadgets', c).map((f) => f.excerpt)).toEqual(['widgets']);
  });

  it('allow-lists terms and phrases on normalized text', () => {
    const c = compilePolicy({ packs: ['el-paso'], allowTerms: ['Bitch Creek'] });
    expect(evaluate('fishing on BITCH CREEK', c)).toEqual([]);
    expect(evaluate('you bitch', c)).toHaveLength(1);
  });
});

describe('phrase rules and detectors', () => {
  const ids = (text: string, locale: 'en' | 'es' = 'en') => evaluate(text, compiled, { locale }).map((f) => f.category);

  it.each([
    ['harassment', 'Those immigrants are nothing but vermin.'],
    ['harassment', 'Los inmigrantes son una plaga.'],
    ['violence', 'I am going to kill all of them'],
    ['political', 'Vote yes on Prop 3'],
    ['commercial', 'DM me for prices'],
    ['official_voice', 'On behalf of the City, I apologize'],
    ['confidential', 'Internal only: layoffs list attached'],
    ['security', 'the alarm code is 4471'],
    ['religious', 'Accept Jesus or burn in hell'],
    ['illegal', 'who can sell me some weed'],
    ['defamation', 'Commissioner Perez is a thief'],
    ['personal_info', 'email her at jane.doe@gmail.com'],
    ['credentials', 'password: Tr0ub4dor&3'],
  ])('%s: "%s"', (category, text) => {
    expect(ids(text)).toContain(category);
  });

  it('does not flag negated group statements', () => {
    expect(ids('I never said that immigrants are scum.')).toEqual([]);
    expect(ids('Nunca dije que los trans son escoria.')).toEqual([]);
  });
});

describe('findings order', () => {
  it('ranks categories by code unit, which is their localeCompare order (evaluate.ts CATEGORY_RANK)', async () => {
    const { CATEGORIES } = await import('../../rules/categories');
    expect([...CATEGORIES].sort()).toEqual([...CATEGORIES].sort((a, b) => a.localeCompare(b)));
  });
});

describe('pattern first words', () => {
  it('reads the words a pattern can start with, or gives up when it cannot tell', async () => {
    const { leadWords } = await import('../../rules/engine/patterns');
    expect([...leadWords('(?:vote|votes) (?:yes|no)')!].sort()).toEqual(['vote', 'votes']);
    expect([...leadWords('(?:cameras?|alarm) (?:are|is) down')!].sort()).toEqual(['alarm', 'camera', 'cameras']);
    expect([...leadWords('(?:mr|dr)(?: [a-z]+)? is')!].sort()).toEqual(['dr', 'mr']);
    expect(leadWords('(?:the )?citys position')).toBeNull();
    expect(leadWords('re ?elect smith')).toBeNull();
    expect(leadWords('[a-z]+ing')).toBeNull();
  });
});

describe('compilePolicy on bad input', () => {
  it('ignores an invalid severity override and keeps the rule’s own', () => {
    const c = compilePolicy({ packs: ['el-paso'], categories: { profanity: { severity: 'extreme' as never } } });
    expect(evaluate('bullshit', c).map((f) => f.severity)).toEqual(['violation']);
  });

  it('treats a missing policy as no packs and no rules', () => {
    expect(evaluate('bullshit', compilePolicy(null as never))).toEqual([]);
  });
});
