// `npx tsx scripts/eval/miss-anatomy.ts <round folder> [--part dev|check]`: why the frames miss,
// in aggregate only (no draft is printed, so it may be run on a measured part). For each violating
// draft none of whose categories is flagged, and for each of its categories, it asks of the
// category's co-occurrence frames (rules/judgement/categories, the `cooccur` of each frame):
// - pair: some co-occurrence has a word of both its sides in one sentence of the draft, yet no
//   frame fired (order, reach, a guard or another part kept it out): loosening is the lever;
// - half: a word of one side is there, never of the other in the same sentence: the concept's
//   other half is missing from the classes;
// - none: no word of any of the category's co-occurrence classes: the vocabulary is missing.
// Categories without co-occurrence frames are counted as "no cooccur".
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FRAME_WORDS } from '../../rules/judgement';
import { ALL } from '../../rules/judgement/raw';
import { EN_MACROS } from '../../rules/lexicons/en/macros';
import { ES_MACROS } from '../../rules/lexicons/es/macros';
import { foldTerm, tokenize, streamOf } from '../../rules/engine/normalize';
import { flaggedCategories, loadFixturePart, type RoundPart } from '../../tests/unit/judgementFixtures';
import { CATEGORIES } from '../../rules/categories';

const target = process.argv[2];
if (!target) {
  console.error('usage: npx tsx scripts/eval/miss-anatomy.ts <round folder> [--part dev|check]');
  process.exit(2);
}
const part = (process.argv.includes('--part') ? process.argv[process.argv.indexOf('--part') + 1] : undefined) as RoundPart | undefined;
const root = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'judgement');
const files = statSync(join(root, target)).isDirectory() ? readdirSync(join(root, target)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${target}/${f}`) : [target];
const rows = files.flatMap((f) => loadFixturePart(f, part));

const classes: Record<string, readonly string[]> = { ...EN_MACROS, ...ES_MACROS, ...FRAME_WORDS };
const folded = new Map<string, string[]>();
const wordsOf = (name: string): string[] => {
  let out = folded.get(name);
  if (!out) folded.set(name, (out = (classes[name] ?? []).map((w) => foldTerm(w).join(' ')).filter(Boolean)));
  return out;
};
/** Whether a sentence (space-joined folded words, padded with spaces) has a word of any of `names`. */
const has = (sentence: string, names: string[]) => names.some((n) => wordsOf(n).some((w) => sentence.includes(` ${w} `)));

const sidesOf = (category: string): Array<[string[], string[]]> => {
  const c = ALL[CATEGORIES.indexOf(category as never)];
  return (c?.frames ?? []).flatMap((f) => (f.cooccur ?? []).map((co) => co.all.map((s) => (Array.isArray(s) ? s : [s])) as [string[], string[]]));
};

const tally = new Map<string, { pair: number; half: number; none: number; noCooccur: number }>();
// Of the "half" misses: which side was there. Side A is a co-occurrence's first (usually the who or
// the thing), B its second (usually the act). "A only": the act is the missing half; "B only": the
// who; "both apart": each side in some sentence but never a pair of one frame in one sentence.
const halves = new Map<string, { aOnly: number; bOnly: number; apart: number }>();
let misses = 0;
for (const r of rows) {
  const cats = r.expect.filter((c) => c !== 'none');
  if (!cats.length) continue;
  const got = flaggedCategories(r);
  if (cats.some((c) => got.has(c))) continue;
  misses++;
  const { stream } = streamOf(tokenize(r.text));
  const sentences = stream.split(' . ').map((s) => ` ${s} `);
  for (const c of cats) {
    const t = tally.get(c) ?? { pair: 0, half: 0, none: 0, noCooccur: 0 };
    tally.set(c, t);
    const sides = sidesOf(c);
    if (!sides.length) { t.noCooccur++; continue; }
    if (sides.some(([a, b]) => sentences.some((s) => has(s, a) && has(s, b)))) t.pair++;
    else if (sides.some(([a, b]) => sentences.some((s) => has(s, a) || has(s, b)))) {
      t.half++;
      const h = halves.get(c) ?? { aOnly: 0, bOnly: 0, apart: 0 };
      halves.set(c, h);
      const anyA = sides.some(([a]) => sentences.some((s) => has(s, a)));
      const anyB = sides.some(([, b]) => sentences.some((s) => has(s, b)));
      if (anyA && anyB) h.apart++;
      else if (anyA) h.aOnly++;
      else h.bOnly++;
    }
    else t.none++;
  }
}
console.log(`${target}${part ? ` (${part} part)` : ''}: ${misses} missed violating drafts; per category of theirs: pair (both sides in a sentence) / half / none / no cooccur`);
let sum = { pair: 0, half: 0, none: 0, noCooccur: 0 };
for (const [c, t] of [...tally].sort()) {
  console.log(`  ${c.padEnd(15)} ${String(t.pair).padStart(4)} ${String(t.half).padStart(5)} ${String(t.none).padStart(5)} ${String(t.noCooccur).padStart(5)}`);
  sum = { pair: sum.pair + t.pair, half: sum.half + t.half, none: sum.none + t.none, noCooccur: sum.noCooccur + t.noCooccur };
}
console.log(`  ${'all'.padEnd(15)} ${String(sum.pair).padStart(4)} ${String(sum.half).padStart(5)} ${String(sum.none).padStart(5)} ${String(sum.noCooccur).padStart(5)}`);
console.log('  of the "half" misses: first side only (the act is missing) / second side only (the who is missing) / both, never paired');
for (const [c, h] of [...halves].sort()) console.log(`  ${c.padEnd(15)} ${String(h.aOnly).padStart(4)} ${String(h.bOnly).padStart(5)} ${String(h.apart).padStart(5)}`);
