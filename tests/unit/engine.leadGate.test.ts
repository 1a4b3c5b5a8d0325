// The two gates that skip a pattern's try before its RegExp runs (evaluate.ts) must never skip a
// try that matches: the lead gate (rules/engine/leadGate.ts: the first two words of an entry of
// the pattern's first word class), the span gate (literals.ts `spaces`: the pattern's
// literals lie within as many words as a match can hold) and the class gate (wordMatcher.ts
// `needs`: an entry of every class a match reads starts within that span). Checked where evaluate() asks them:
// at every word of real texts where the first-word index would try the pattern.
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_SETTINGS, policyOf } from '../../rules';
import { leadGateOf, leadHolds } from '../../rules/engine/leadGate';
import { requiredLiterals } from '../../rules/engine/literals';
import { normalize, type Token } from '../../rules/engine/normalize';
import { matchAt, WordView } from '../../rules/engine/wordMatcher';
import { builtInRules, evalDataDir, evalTexts, fixtureTexts } from './realTexts';

const compiled = compilePolicy(policyOf(DEFAULT_SETTINGS));
const dir = evalDataDir();
// Every 4th judgement fixture (about 2,000 texts as of round 8): all of them took 40 s alone; the
// golden digests check the whole engine's output over every eval text as well.
const texts = [
  ...fixtureTexts().filter((_, i) => i % 4 === 0),
  ...builtInRules().flatMap((r) => [...r.examples.hit, ...r.examples.miss]),
  ...(dir ? evalTexts(dir, 400, 200) : []),
];
const streamWord = (t: Token | undefined) => (t === undefined ? undefined : t.opaque ? '_' : t.boundary ? '.' : t.text);
const spaces = (s: string) => s.split(' ').length - 1;

describe('pattern gates', () => {
  it('reads the most spaces a match can hold off the pattern', () => {
    const at = (body: string) => requiredLiterals(body)?.spaces;
    expect(at('alpha (?:[^ .]+ ){0,3}bravo')).toBe(4);
    expect(at('(?:alpha|bravo charlie delta)(?= echo foxtrot) golf')).toBe(3);
    expect(at('alpha[^.]{0,60}bravo')).toBe(60);
    expect(at('alpha (?:[^ .]+ ){0,3}?bravo(?:es)?')).toBe(4);
    expect(at('alpha(?: bravo)* charlie')).toBeUndefined();
    expect(at('alpha\\s+bravo')).toBeUndefined();
    expect(at('alpha.{0,5}bravo')).toBe(5);
    expect(at('alpha[a-z ]{0,2}bravo')).toBe(2);
  });

  it('has a lead gate only for a plain first group of phrases ending a word', () => {
    expect(leadGateOf('(?:the new guy|la nueva) (?:is|es) bad')).not.toBeNull();
    expect(leadGateOf('(?:the new guy|la nueva)(?<!x) bad')).not.toBeNull();
    expect(leadGateOf('(?:the|la) bad')).toBeNull(); // one-word entries: the first-word index says as much
    expect(leadGateOf('(?:the new guy|la nueva)? bad')).toBeNull();
    expect(leadGateOf('(?:the new guy|la nueva)s bad')).toBeNull();
    expect(leadGateOf('(?:the new guy|la nueva) bad|other words')).toBeNull();
    expect(leadGateOf('(?:the [a-z]+ guy|la nueva) bad')).toBeNull();
    const gate = leadGateOf('(?:the new guy|la nueva|hey) bad')!;
    expect(leadHolds(gate, 'the', 'new')).toBe(true);
    expect(leadHolds(gate, 'the', 'old')).toBe(false);
    expect(leadHolds(gate, 'the', undefined)).toBe(false);
    expect(leadHolds(gate, 'hey', undefined)).toBe(true);
    expect(leadHolds(gate, 'a head', 'x')).toBe(true); // a corrected word of two: not read
  });

  it('never skips a try that matches, on real texts', () => {
    let tried = 0;
    let leadChecked = 0;
    let spanChecked = 0;
    let classChecked = 0;
    for (const text of texts) {
      const { tokens, stream, offsets } = normalize(text);
      let view: WordView | undefined;
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.opaque || t.boundary) continue;
        for (const i of compiled.byFirstWord.get(t.text) ?? []) {
          const p = compiled.patterns[i]!;
          const sticky = p.pattern.sticky;
          sticky.lastIndex = offsets[k]!;
          const m = sticky.exec(stream);
          tried++;
          if (!m) continue;
          const lead = p.pattern.lead;
          if (lead) {
            leadChecked++;
            expect(leadHolds(lead, t.text, streamWord(tokens[k + 1])), `${p.pattern.body.slice(0, 80)} at "${m[0]}"`).toBe(true);
          }
          if (p.span >= 0) {
            spanChecked++;
            expect(spaces(m[0]), `${p.pattern.body.slice(0, 80)}: "${m[0]}"`).toBeLessThanOrEqual(p.span);
            // The class gate (wordMatcher.ts `needs`): with the span given, the program still finds the match.
            const program = p.pattern.words;
            view ??= new WordView(stream);
            if (program && program.needs.length > 0 && view.ok) {
              classChecked++;
              expect(matchAt(program, view, offsets[k]!, p.span), `${p.pattern.body.slice(0, 80)} at "${m[0]}"`).toBe(m.index + m[0].length);
            }
          }
        }
      }
      // Scanned patterns (no first-word index): every match of the global scan holds its span.
      for (const i of compiled.scanned) {
        const p = compiled.patterns[i]!;
        if (p.span < 0) continue;
        for (const m of stream.matchAll(p.pattern.global)) {
          spanChecked++;
          expect(spaces(m[0])).toBeLessThanOrEqual(p.span);
        }
      }
    }
    expect(tried).toBeGreaterThan(10_000);
    expect(leadChecked).toBeGreaterThan(dir ? 200 : 20);
    expect(spanChecked).toBeGreaterThan(dir ? 500 : 50);
    expect(classChecked).toBeGreaterThan(dir ? 300 : 30);
  }, 600_000);
});
