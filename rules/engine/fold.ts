import { normalize } from './normalize';

/** A term or phrase as the matchers see it: its normalized words. */
export function foldTerm(term: string): string[] {
  return normalize(term)
    .tokens.filter((t) => !t.boundary && !t.opaque && t.text.length > 0)
    .map((t) => t.text);
}
