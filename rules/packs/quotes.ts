import type { Citation } from '../schema';
import { PACKS } from '.';

/**
 * The policy's own words for a citation, from its pack's `quotes` (verbatim from the source
 * document, in the policy's language: a quote is not translated, and the UI marks it
 * lang="en"): by section and title, else by section. None for a city's own policy.
 */
export function quoteFor(c: Pick<Citation, 'pack' | 'section' | 'title'>): string | undefined {
  const quotes = Object.hasOwn(PACKS, c.pack) ? PACKS[c.pack as keyof typeof PACKS].quotes : undefined;
  return quotes?.[`${c.section}|${c.title}`] ?? quotes?.[c.section];
}

/** Every quoted key, as "pack|section" or "pack|section|title" (tests/unit/quotes.test.ts checks each against the source). */
export const QUOTED_KEYS = Object.values(PACKS).flatMap((p) => Object.keys(p.quotes ?? {}).map((k) => `${p.id}|${k}`));
