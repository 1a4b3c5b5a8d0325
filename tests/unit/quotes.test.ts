import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules';
import { quoteFor, sectionFor } from '../../rules/policy/cited';
import type { Citation, PolicyPack } from '../../rules/schema';
import { ASK_FIRST_CITATION } from '../../rules/schema';

// The source documents sit in ../shared beside the checkout (developers and CI alike).
const SEED_DIR = [join(process.cwd(), '..', 'shared', 'seeds'), '/work/shared/seeds'].find(existsSync);
if (!SEED_DIR) throw new Error('../shared/seeds (the source policies) not found beside the checkout');
const SEEDS = ['000_ae286d7199d193dc.txt', '001_39b5930d39331205.txt'].map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));
// Compare on letters and digits only: the seeds' line breaks, quote marks and list bullets vary.
const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const corpus = letters(SEEDS.join('\n'));

/** Every citation a built-in pack makes: its rules', its advice to ask first, links, reminders and City marks. */
const citationsOf = (p: PolicyPack): Citation[] => [
  ...p.rules.map((r) => r.citation),
  ...(p.askFirst ? [p.askFirst] : []),
  ...Object.values(p.links ?? {}),
  ...Object.values(p.reminders ?? {}),
  ...(p.cityMarks ? [p.cityMarks] : []),
];

describe('policy quotes', () => {
  it('every citation of every pack names one of its sections, which has the policy’s own sentence', () => {
    for (const pack of Object.values(PACKS)) {
      for (const c of citationsOf(pack)) expect(quoteFor(c), `${pack.id} ${c.section} ${c.title}`).toBeTruthy();
    }
    expect(quoteFor(ASK_FIRST_CITATION)).toMatch(/Tweeting or Facebooking first/);
  });

  it('each quote is verbatim from the source documents', () => {
    for (const pack of Object.values(PACKS)) {
      for (const s of pack.sections ?? []) {
        const quote = s.quote.replace(/^The policy prohibits: |^According to the policy, /, '');
        expect(corpus, `${pack.id} ${s.section} ${s.title}`).toContain(letters(quote));
      }
    }
  });

  it('no section is listed twice', () => {
    for (const pack of Object.values(PACKS)) {
      const keys = (pack.sections ?? []).map((s) => `${s.section}|${s.title}`);
      expect(new Set(keys).size, pack.id).toBe(keys.length);
    }
  });

  it('every citation of every pack has its Spanish title and a Spanish rendering of its quote', () => {
    for (const pack of Object.values(PACKS)) {
      for (const c of citationsOf(pack)) {
        const s = sectionFor(c)!;
        const where = `${pack.id} ${c.section} ${c.title}`;
        expect(s.es.title.trim(), where).not.toBe('');
        expect(s.es.quote.trim(), where).not.toBe('');
        expect(s.es.title, where).not.toBe(s.title);
        expect(s.es.quote, where).not.toBe(s.quote);
        // A heading used as the section (Harlingen's "Prohibited content") is glossed too; a number is not.
        if (/[a-z]{3}/.test(s.section)) expect(s.es.section, where).toBeTruthy();
        else expect(s.es.section, where).toBeUndefined();
      }
    }
  });
});
