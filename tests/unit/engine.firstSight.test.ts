// First sightings made cheap (issue 18): each fast path must give exactly what the plain way
// gives. The plain ways are written out here (the term lookup and the speller's split as they
// were before their tables) or exported by the engine (the detectors' whole-text readings), and
// compared on real drafts (the judgement fixtures in this repository; policy_dev, Davidson and
// OffendES when the eval data is on the machine) and on generated words and texts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { builtInRules, evalDataDir, evalTexts as readEvalTexts, fixtureTexts } from './realTexts';
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY } from '../../rules';
import { WHOLE_TEXT } from '../../rules/engine/detectors';
import { correct, type Speller } from '../../rules/engine/fuzzy';
import { tokenize } from '../../rules/engine/normalize';
import { addTerm, emptyIndex, lookupWord, squeeze, variants, type TermIndex } from '../../rules/engine/termIndex';

const here = dirname(fileURLToPath(import.meta.url));
const compiled = compilePolicy(DEFAULT_POLICY);

// ---------- real texts ----------
const fixtures = fixtureTexts();
const examples = builtInRules().flatMap((r) => [...r.examples.hit, ...r.examples.miss]);
const evalDir = evalDataDir();
const evalTexts = evalDir
  ? readEvalTexts(evalDir, 4000, 2000)
  : [];
const real = [...fixtures, ...examples, ...evalTexts];

// Secrets and credentials of many shapes, in prose, at edges and after punctuation.
const SECRETS = [
  'AKIAIOSFODNN7EXAMPLQ', 'ghp_' + 'a1B2'.repeat(9), 'xoxb-1234-abcd', 'xapp-1-A1B2-3-abc', 'glpat-' + 'x1Y2z3'.repeat(4),
  'sk_live_' + 'a1b2c3d4e5f6', 'sk-' + 'Ab3'.repeat(8), 'eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.sig_nat-ure', 'https://hooks.slack.com/services/' + 'T0B1C2D3'.repeat(3),
  'FlyV1 fm2_' + 'a,b+c/d='.repeat(14), 'BUNDLE_GEMS__COM: "abcdef12:ghijkl34"', '1234567890:AA' + 'b'.repeat(33), 'xxxxxxxxxxxxxxxxxxxxxx',
  'dapi' + 'ab12'.repeat(8), 'sha256~' + 'A'.repeat(43), 'password=Hunter2!x', 'the password is Welcome2025', 'curl -u admin:S3cret!',
  'Authorization: Bearer abcdef123456', '--api-key=abcdefgh12345678', '"type": "service_account"', 'user jramirez pass Tacos4ever',
  'log in as library with Books4All', 'admin / Welcome1', 'Wifi password? Welcome1', 'API_SECRET=zq8Lk2pW9x', "'hunter22' == password",
];

// ---------- the plain ways ----------
/**
 * The term lookup as it read every prefix and suffix by slicing (before the affix tries), without
 * its wildcard step; a real word (index.real) read as written, with no variant or squeezed copy.
 */
function plainLookup(index: TermIndex, t: string, nameContext: boolean): number[] | null {
  if (t.length === 0 || t.length > 40) return null;
  let found: number[] | null = null;
  const add = (rules: number[] | undefined) => {
    if (rules?.length) found = found ? [...new Set([...found, ...rules])] : rules;
  };
  const real = index.real.has(t);
  const vs = real ? [t] : variants(t);
  for (const v of vs) {
    const node = index.root.get(v);
    if (node?.rules && !(node.nameRisk && nameContext)) add(node.rules);
  }
  if (found) return found;
  const sq = real ? t : squeeze(t);
  const stretched = sq !== t && /(.)\1\1/.test(t);
  if (!real && (stretched || sq.length >= 5)) add(index.squeezed.get(sq));
  for (const v of stretched ? [...vs, sq] : vs) {
    for (let k = 3; k <= Math.min(index.maxAffix, v.length); k++) {
      add(index.prefixes.get(v.slice(0, k)));
      add(index.suffixes.get(v.slice(v.length - k)));
    }
    for (const [w, rules] of index.infixes) if (v.includes(w)) add(rules);
  }
  return found;
}

/** The speller's split as it tried every cut. */
function plainCorrect(sp: Speller, word: string): string | null {
  if (word.length < 4 || word.length > 24) return null;
  const known = (w: string) => sp.vocab.has(w) || sp.common.has(w) || w === 'i' || w === 'a';
  const isKnown = sp.vocab.has(word) || sp.common.has(word) || sp.real.has(word);
  let out: string | null = isKnown ? null : (sp.near.get(word) ?? null);
  if (!out && !isKnown) {
    for (let i = 1; i < word.length && !out; i++) {
      const a = word.slice(0, i);
      const b = word.slice(i);
      if ((a.length > 1 || a === 'i' || a === 'a') && b.length > 1 && known(a) && known(b) && (sp.vocab.has(a) || sp.vocab.has(b))) out = `${a} ${b}`;
    }
  }
  return out;
}

// ---------- words ----------
const realWords = [...new Set(real.flatMap((t) => tokenize(t).filter((x) => !x.boundary && !x.opaque).map((x) => x.text)))];
// Words built from listed terms' pieces: prefixes and suffixes joined, stretched, respelled (ph, v, l).
const termWords = [...compiled.terms.prefixes.keys(), ...compiled.terms.suffixes.keys(), ...compiled.terms.infixes.map(([w]) => w), ...compiled.terms.root.keys()];
const word = fc.oneof(
  fc.constantFrom(...realWords),
  fc.tuple(fc.constantFrom(...termWords), fc.stringMatching(/^[a-z]{0,4}$/), fc.stringMatching(/^[a-z]{0,4}$/)).map(([w, a, b]) => a + w.replace(/ /g, '') + b),
  fc.tuple(fc.constantFrom(...termWords), fc.integer({ min: 0, max: 6 })).map(([w, i]) => w.replace(/ /g, '').replace(/./g, (c, k) => (k === i ? c.repeat(3) : c)).replace(/f/g, 'ph').replace(/u/g, 'v')),
  fc.stringMatching(/^[a-z]{1,14}$/),
);

// The built-in terms have prefixes of four letters or more and no suffixes: an index with short
// prefixes, suffixes and infixes too (a city's custom terms may be any of them).
const AFFIXES = ['*hole', 'abc*', '*ass', 'fuk*', '*dick*', 'tit*', '*ero', 'bit*', 'lol*', 'vvv*', '*ing', 'phil*', '^nob', 'shitt*'];
const affixed = emptyIndex(compiled.terms.common);
AFFIXES.forEach((term, i) => addTerm(affixed, term, i));
const affixWords = fc
  .tuple(fc.constantFrom(...AFFIXES.map((a) => a.replace(/[*^]/g, ''))), fc.stringMatching(/^[a-z]{0,5}$/), fc.stringMatching(/^[a-z]{0,5}$/), fc.boolean())
  .map(([w, a, b, sound]) => (sound ? (a + w + b).replace(/f/g, 'ph').replace(/i/g, 'l') : a + w + b));

describe('the term lookup (affix tries, no copies of plain words)', () => {
  it('lists the same rules as reading every prefix and suffix by slicing, for every real word', () => {
    for (const index of [compiled.terms, affixed]) {
      for (const w of realWords) for (const name of [false, true]) expect(lookupWord(index, { text: w, masked: false }, name), w).toEqual(plainLookup(index, w, name));
    }
  });
  it('and for words made of the listed terms and affixes, stretched and respelled', () => {
    fc.assert(
      fc.property(fc.oneof(word, affixWords), fc.boolean(), (w, name) => {
        for (const index of [compiled.terms, affixed]) expect(lookupWord(index, { text: w, masked: false }, name)).toEqual(plainLookup(index, w, name));
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: suffixes, three-letter prefixes and infixes are found.
    expect(lookupWord(affixed, { text: 'bigass', masked: false }, false)).toEqual([2]);
    expect(lookupWord(affixed, { text: 'abcde', masked: false }, false)).toEqual([1]);
    expect(lookupWord(affixed, { text: 'xdickx', masked: false }, false)).toEqual([4]);
  });
});

describe("the speller's split (known heads and tails)", () => {
  const sp = compiled.speller;
  it('reads every real word as trying every cut does', () => {
    for (const w of realWords) expect(correct(sp, w), w).toBe(plainCorrect(sp, w));
  });
  it('and words run together from known words', () => {
    const vocab = [...sp.vocab];
    const common = [...sp.common];
    fc.assert(
      fc.property(fc.constantFrom(...vocab, ...common, 'i', 'a'), fc.constantFrom(...vocab, ...common), word, (a, b, c) => {
        for (const w of [a + b, b + a, a + c, c + b]) expect(correct(sp, w)).toBe(plainCorrect(sp, w));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('credential_assignment, each regex run only when its key word is in the text', () => {
  const prose = fc.oneof(fc.constantFrom(...real.slice(0, 3000)), fc.string({ maxLength: 60 }), fc.constantFrom(' ', '\n', '. ', '(', ')', '"', "'", ': ', '=', '/', ', '));
  const mixed = fc.array(fc.oneof(prose, fc.constantFrom(...SECRETS)), { maxLength: 8 }).map((a) => a.join(''));
  const same = (t: string) => {
    expect(WHOLE_TEXT.credentialAssignmentRead(t), t).toEqual(WHOLE_TEXT.credentialAssignment(t));
  };
  it('find exactly what reading the whole text finds, on real drafts', () => {
    for (const t of real) same(t);
    // Long drafts: the real texts joined.
    for (let i = 0; i + 200 <= real.length; i += 200) same(real.slice(i, i + 200).join(' '));
  });
  it('and on secrets of every shape among prose and punctuation', () => {
    for (const s of SECRETS) same(s);
    fc.assert(fc.property(mixed, same), { numRuns: 3000 });
  });
  it('still find the secrets (the comparison is not vacuous)', () => {
    expect(WHOLE_TEXT.credentialAssignmentRead('the password is Welcome2025 and curl -u admin:S3cret!')).toHaveLength(2);
  });
});
