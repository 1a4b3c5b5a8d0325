import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules';
import { quoteFor, QUOTED_KEYS } from '../../rules/packs/quotes';
import { ASK_FIRST_CITATION } from '../../rules/schema';

// The source documents sit in ../shared beside the checkout (developers and CI alike).
const SEED_DIR = [join(process.cwd(), '..', 'shared', 'seeds'), '/work/shared/seeds'].find(existsSync);
if (!SEED_DIR) throw new Error('../shared/seeds (the source policies) not found beside the checkout');
const SEEDS = ['000_ae286d7199d193dc.txt', '001_39b5930d39331205.txt'].map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));
// Compare on letters and digits only: the seeds' line breaks, quote marks and list bullets vary.
const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const corpus = letters(SEEDS.join('\n'));

describe('policy quotes', () => {
  it('every cited section of every pack, and the ask-first advice, has the policy’s own sentence', () => {
    for (const pack of Object.values(PACKS)) {
      for (const rule of pack.rules) expect(quoteFor(rule.citation), `${rule.id} ${rule.citation.section}`).toBeTruthy();
    }
    expect(quoteFor(ASK_FIRST_CITATION)).toMatch(/Tweeting or Facebooking first/);
  });

  it('each quote is verbatim from the source documents', () => {
    for (const key of QUOTED_KEYS) {
      const [pack, section, title] = key.split('|') as [string, string, string | undefined];
      const quote = quoteFor({ pack, section, title: title ?? '' })!.replace(/^The policy prohibits: |^According to the policy, /, '');
      expect(corpus, key).toContain(letters(quote));
    }
  });
});
