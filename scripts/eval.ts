// `npm run eval`: detection quality on the shared labelled data (../shared/eval-data),
// per data set and per category, beside obscenity and bad-words on the same rows.
// Data folder: $ASK_FIRST_EVAL_DATA, else <repo>/../shared/eval-data, else /work/shared/eval-data.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Filter } from 'bad-words';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { csvRecords } from './eval/csv';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../rules';
import type { Category } from '../rules';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [process.env.ASK_FIRST_EVAL_DATA, join(repo, '..', 'shared', 'eval-data'), '/work/shared/eval-data'].filter(Boolean) as string[];
const dataDir = candidates.find((d) => existsSync(join(d, 'label_map.json')));
if (!dataDir) {
  console.log(`eval: no eval data found (looked in ${candidates.join(', ')}); skipping.`);
  process.exit(0);
}

interface Row {
  text: string;
  expect: 'flag' | 'none' | 'ambiguous' | 'optional';
  categories: string[];
  /** pii_secrets negatives that another detector may legitimately flag as credentials. */
  softCredentials?: boolean;
}

type LabelMap = Record<string, { key: string; map: Record<string, { policy_expect: Row['expect']; categories: string[] }> }>;
const labelMap = JSON.parse(readFileSync(join(dataDir, 'label_map.json'), 'utf8')) as LabelMap;

function jsonl(file: string): Record<string, unknown>[] {
  return readFileSync(join(dataDir!, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function csv(file: string): Record<string, string>[] {
  return csvRecords(readFileSync(join(dataDir!, file), 'utf8'));
}

function mapped(file: string, label: string): Pick<Row, 'expect' | 'categories'> {
  const m = labelMap[file]!.map[label];
  return m ? { expect: m.policy_expect, categories: m.categories } : { expect: 'ambiguous', categories: [] };
}

function loadSets(): Record<string, { rows: Row[]; peers: boolean }> {
  const sets: Record<string, { rows: Row[]; peers: boolean }> = {};
  sets['scunthorpe'] = {
    peers: true,
    rows: jsonl('scunthorpe.jsonl').map((r) => {
      const m = mapped('scunthorpe.jsonl', r.expect as string);
      return { text: r.text as string, ...m, categories: [...m.categories, ...((r.alt_expect as string[]) ?? [])] };
    }),
  };
  const davidson = jsonl('davidson.jsonl');
  sets['davidson'] = { peers: true, rows: davidson.map((r) => ({ text: r.text as string, ...mapped('davidson.jsonl', r.label as string) })) };
  // The same tweets with the crowd's noise taken out of the clean side: a "neither" row counts
  // as clean only when every annotator said neither (the label map calls "neither" noisy); the
  // others are reported as ambiguous. The headline davidson row above stays the official figure.
  sets['davidson_u'] = {
    peers: true,
    rows: davidson.map((r) => {
      const m = mapped('davidson.jsonl', r.label as string);
      const split = r.label === 'neither' && r.n_neither !== r.n_annotators;
      return { text: r.text as string, ...m, expect: split ? 'ambiguous' : m.expect };
    }),
  };
  for (const lang of ['en', 'es']) {
    const file = `hatecheck_${lang}.csv`;
    sets[`hatecheck_${lang}`] = { peers: lang === 'en', rows: csv(file).map((r) => ({ text: r.test_case!, ...mapped(file, r.functionality!) })) };
  }
  sets['offendes_es'] = { peers: false, rows: jsonl('offendes_es.jsonl').map((r) => ({ text: r.text as string, ...mapped('offendes_es.jsonl', r.label as string) })) };
  sets['pii_secrets'] = {
    peers: false,
    rows: jsonl('pii_secrets.jsonl').map((r) => {
      const m = mapped('pii_secrets.jsonl', r.expect as string);
      const weak = r.confidence === 'weak';
      return {
        text: r.text as string,
        expect: weak ? 'optional' : m.expect,
        categories: [...m.categories, ...((r.alt_expect as string[]) ?? [])],
        softCredentials: m.expect === 'none',
      };
    }),
  };
  return sets;
}

const compiled = compilePolicy(DEFAULT_POLICY);
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const badWords = new Filter();

type Detector = (text: string) => Set<string> | null; // categories flagged, null = not flagged
const detectors: Record<string, Detector> = {
  'ask-first': (t) => {
    // Info-level findings (mild words) never interrupt: they don't count as a flag.
    const cats = new Set(evaluate(t, compiled).filter((f) => f.severity !== 'info').map((f) => f.category as string));
    return cats.size ? cats : null;
  },
  obscenity: (t) => (obscenity.hasMatch(t) ? new Set(['*']) : null),
  'bad-words': (t) => {
    try {
      return badWords.isProfane(t) ? new Set(['*']) : null;
    } catch {
      return null;
    }
  },
};

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  —  ');
const sets = loadSets();
console.log(`eval data: ${dataDir}\n`);
console.log('set           detector     flag rows  recall  cat-recall  precision  clean rows  FPR     cat-FPR  ambiguous flagged');
for (const [name, { rows, peers }] of Object.entries(sets)) {
  for (const [det, fn] of Object.entries(detectors)) {
    if (det !== 'ask-first' && !peers) continue;
    let pos = 0, tp = 0, catTp = 0, neg = 0, fp = 0, catFp = 0, amb = 0, ambFlag = 0, flaggedTotal = 0, flaggedCorrect = 0;
    // The categories this set labels at all (what its flag rows accept): a finding outside them on
    // a clean row (a phone number in a tweet labelled "neither hate nor offensive") is not one the
    // set's labels speak about.
    const labelled = new Set(rows.filter((r) => r.expect === 'flag').flatMap((r) => r.categories));
    for (const row of rows) {
      const cats = fn(row.text);
      const flagged = cats !== null;
      if (row.expect === 'flag') {
        pos++;
        if (flagged) {
          tp++;
          const ok = det !== 'ask-first' || row.categories.some((c) => cats!.has(c));
          if (ok) catTp++;
          flaggedTotal++;
          if (ok) flaggedCorrect++;
        }
      } else if (row.expect === 'none') {
        neg++;
        // pii_secrets: a credentials flag on another detector's near-miss is a soft false positive (not counted).
        const soft = row.softCredentials && cats && [...cats].every((c) => c === 'credentials');
        if (flagged && !soft) {
          fp++;
          flaggedTotal++;
          if (det !== 'ask-first' || [...cats!].some((c) => labelled.has(c))) catFp++;
        }
      } else if (row.expect === 'ambiguous') {
        amb++;
        if (flagged) ambFlag++;
      } else if (flagged) flaggedTotal++, flaggedCorrect++;
    }
    console.log(
      `${name.padEnd(13)} ${det.padEnd(12)} ${String(pos).padStart(9)}  ${pct(tp, pos)}   ${det === 'ask-first' ? pct(catTp, pos) : '  —  '}      ${pct(flaggedCorrect, flaggedTotal)}      ${String(neg).padStart(10)}  ${pct(fp, neg)}   ${det === 'ask-first' ? pct(catFp, neg) : '  —  '}    ${amb ? `${ambFlag}/${amb}` : '—'}`,
    );
  }
}

// Per category for the engine: precision and recall over every set, using each row's acceptable categories.
console.log('\nper category (ask-first, all sets): a flag row counts for a category when that category is among its acceptable ones');
console.log('category        flagged  correct  precision  expected  found  recall');
const perCat = new Map<string, { flagged: number; correct: number; expected: number; found: number; labelled: number }>();
for (const [name, { rows }] of Object.entries(sets)) {
  if (name === 'davidson_u') continue; // the same rows as davidson: count them once
  for (const row of rows) {
    if (row.expect === 'ambiguous' || row.expect === 'optional') continue;
    const cats = detectors['ask-first']!(row.text) ?? new Set<string>();
    for (const c of cats) {
      const s = perCat.get(c) ?? { flagged: 0, correct: 0, expected: 0, found: 0, labelled: 0 };
      s.flagged++;
      if (row.expect === 'flag' && row.categories.includes(c)) s.correct++;
      perCat.set(c, s);
    }
    if (row.expect === 'flag') {
      for (const c of row.categories) {
        const s = perCat.get(c) ?? { flagged: 0, correct: 0, expected: 0, found: 0, labelled: 0 };
        s.labelled++;
        perCat.set(c, s);
      }
    }
    if (row.expect === 'flag' && row.categories.length === 1) {
      const c = row.categories[0]!;
      const s = perCat.get(c) ?? { flagged: 0, correct: 0, expected: 0, found: 0, labelled: 0 };
      s.expected++;
      if (cats.has(c)) s.found++;
      perCat.set(c, s);
    }
  }
}
for (const [c, s] of [...perCat.entries()].sort()) {
  // Without labelled rows for a category, its flags can't be scored (they land on rows labelled otherwise).
  const precision = s.labelled ? pct(s.correct, s.flagged) : '  —  ';
  console.log(`${(c as Category).padEnd(15)} ${String(s.flagged).padStart(7)}  ${String(s.correct).padStart(7)}  ${precision}      ${String(s.expected).padStart(8)}  ${String(s.found).padStart(5)}  ${pct(s.found, s.expected)}`);
}
console.log('(precision: — when no row accepts that category; recall: over rows whose only acceptable category is that one.)');
console.log('\nrecall = flagged at all; cat-recall = flagged with an acceptable category; FPR = flagged among clean rows;');
console.log('cat-FPR = flagged among clean rows in a category the set labels (its flag rows\' categories; peers flag only those).');
console.log('davidson_u = davidson with only unanimous "neither" rows as clean (the rest under ambiguous).');
console.log('Info-level findings (mild words) are not counted as flags. Peers only flag profanity-type words, so they run on the profanity-type sets.');
(await import('./eval-drafts')).evalDrafts(process.argv.slice(2));
(await import('./eval-images')).evalImages();
