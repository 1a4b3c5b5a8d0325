/**
 * Normalization for matching. Returns the normalized string plus a map from each
 * normalized UTF-16 index to the index in the original text, so that every finding
 * can be reported against the user's own text (never the normalized copy).
 *
 * Foundation scope: case folding only, one code unit in → one code unit out.
 * Characters whose lower case changes length (e.g. U+0130) are kept as they are.
 */
export interface Normalized {
  text: string;
  /** toOriginal[i] = index in the original text of normalized index i; length = text.length + 1. */
  toOriginal: number[];
}

export function normalize(original: string): Normalized {
  let text = '';
  const toOriginal: number[] = new Array(original.length + 1);
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    const lower = ch.toLowerCase();
    text += lower.length === 1 ? lower : ch;
    toOriginal[i] = i;
  }
  toOriginal[original.length] = original.length;
  return { text, toOriginal };
}
