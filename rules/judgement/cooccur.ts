import type { Cooccurrence, Frame, FrameSource } from './types';

/**
 * Co-occurrences (types.ts `Cooccurrence`) compiled to patterns of rules/engine/patterns.ts.
 * Each order and each class of the leading side gives one pattern that starts with that
 * class, so the engine tries it only at the words of the class; windows are bounded, so
 * every pattern stays linear. A word here is `[^ .]+`: " . " ends a sentence, so a pair and
 * its guards never reach across sentences.
 */

const WORD = '[^ .]+';
const CLASS_NAME = /^[a-z_]+$/;
const MAX_WINDOW = 20;

function classes(side: string | string[]): string[] {
  const names = typeof side === 'string' ? [side] : side;
  if (names.length === 0) throw new Error('Co-occurrence side without a word class');
  for (const n of names) if (!CLASS_NAME.test(n)) throw new Error(`Co-occurrence class "${n}" is not a word class name (a-z and _)`);
  return names;
}

function window(n: number | undefined, what: string): number {
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > MAX_WINDOW) throw new Error(`Co-occurrence ${what} must be a whole number of words from 0 to ${MAX_WINDOW}`);
  return n;
}

const union = (names: string[]) => (names.length === 1 ? `{${names[0]}}` : `(?:${names.map((n) => `{${n}}`).join('|')})`);

/** The patterns a co-occurrence stands for. */
export function cooccurPatterns(c: Cooccurrence): string[] {
  const a = classes(c.all[0]);
  const b = classes(c.all[1]);
  const within = window(c.within, '"within"');
  const guards = c.unless?.length ? classes(c.unless) : [];
  const reach = guards.length ? window(c.guardWithin ?? within, '"guardWithin"') : 0;
  const g = guards.length ? union(guards) : '';
  // Before the pair: a guard then 1..reach+1 words up to the end of the lead word (the lead
  // word counts as one). Between: no gap word starts a guard. After: no guard within reach.
  const before = g ? `(?<!(?<![^ .])${g}(?: ${WORD}){1,${reach + 1}})` : '';
  const gapWord = g ? `(?:(?!${g}(?![^ .]))${WORD} )` : `(?:${WORD} )`;
  const after = g ? `(?!(?: ${WORD}){0,${reach}} ${g}(?![^ .]))` : '';
  const orders: [string[], string[]][] = c.ordered ? [[a, b]] : [[a, b], [b, a]];
  const out: string[] = [];
  for (const [lead, other] of orders) {
    for (const first of lead) out.push(`{${first}}${before} ${gapWord}{0,${within}}?${union(other)}${after}`);
  }
  return out;
}

/** A frame as the engine reads it: its patterns and its co-occurrences' patterns. */
export function compileFrame(source: FrameSource): Frame {
  const { cooccur, patterns, ...rest } = source;
  const all = [...(patterns ?? []), ...(cooccur ?? []).flatMap(cooccurPatterns)];
  if (all.length === 0) throw new Error(`Frame ${source.id} has neither patterns nor co-occurrences`);
  return { ...rest, patterns: all };
}
