// policy_dev: drafts by (fictional) city employees, labelled by what the policy forbids
// (../shared/eval-data/policy_dev, its README has the labelling rules and the scoring).
//
// The set is split ONCE, reproducibly, by a hash of each row's id: about two thirds are the
// part we develop on ("dev": read its misses, write frames), one third is only measured
// ("test": never read its misses while writing rules). A separate held-out set, written
// independently, is what finally says whether the engine generalizes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../rules';

export interface DraftRow {
  id: string;
  lang: 'en' | 'es';
  site: string;
  text: string;
  expect: string[];
  note?: string;
  borderline?: boolean;
}

export type Part = 'dev' | 'test';

/** FNV-1a over the id: a fixed, documented split that does not depend on file order. */
export function partOf(id: string): Part {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 3 === 0 ? 'test' : 'dev';
}

export function loadDrafts(dataDir: string): DraftRow[] {
  const dir = join(dataDir, 'policy_dev');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as DraftRow),
    );
}

interface Tally {
  tp: number;
  n: number;
}

export interface DraftScore {
  rows: number;
  violating: Tally;
  byLang: Record<string, Tally>;
  /** Per expected category: found / expected, and precision: flagged rows that expect it. */
  byCategory: Record<string, { found: number; expected: number; flagged: number; correct: number }>;
  clean: { flagged: number; n: number };
  borderline: { flagged: number; n: number };
  misses: { row: DraftRow; flagged: string[] }[];
  alarms: { row: DraftRow; flagged: string[] }[];
}

const interrupting = (findings: Finding[]) => new Set(findings.filter((f) => f.severity === 'caution' || f.severity === 'violation').map((f) => f.category as string));

/** Scores as policy_dev/README.md says: a violating draft is caught when any expected category is flagged. */
export function scoreDrafts(rows: DraftRow[], check: (row: DraftRow) => Finding[]): DraftScore {
  const s: DraftScore = { rows: rows.length, violating: { tp: 0, n: 0 }, byLang: {}, byCategory: {}, clean: { flagged: 0, n: 0 }, borderline: { flagged: 0, n: 0 }, misses: [], alarms: [] };
  for (const row of rows) {
    const cats = interrupting(check(row));
    const want = row.expect.filter((c) => c !== 'none');
    for (const c of cats) {
      const b = (s.byCategory[c] ??= { found: 0, expected: 0, flagged: 0, correct: 0 });
      if (row.borderline) continue;
      b.flagged++;
      if (want.includes(c)) b.correct++;
    }
    if (row.borderline) {
      s.borderline.n++;
      const hit = want.length ? want.some((c) => cats.has(c)) : cats.size > 0;
      if (hit) s.borderline.flagged++;
      continue;
    }
    if (!want.length) {
      s.clean.n++;
      if (cats.size) {
        s.clean.flagged++;
        s.alarms.push({ row, flagged: [...cats] });
      }
      continue;
    }
    const hit = want.some((c) => cats.has(c));
    s.violating.n++;
    const lang = (s.byLang[row.lang] ??= { tp: 0, n: 0 });
    lang.n++;
    if (hit) {
      s.violating.tp++;
      lang.tp++;
    } else s.misses.push({ row, flagged: [...cats] });
    for (const c of want) {
      const b = (s.byCategory[c] ??= { found: 0, expected: 0, flagged: 0, correct: 0 });
      b.expected++;
      if (cats.has(c)) b.found++;
    }
  }
  return s;
}

const r3 = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  —  ');

export function macroRecall(s: DraftScore): number {
  const cats = Object.values(s.byCategory).filter((b) => b.expected > 0);
  return cats.reduce((a, b) => a + b.found / b.expected, 0) / Math.max(1, cats.length);
}

export function formatScore(name: string, s: DraftScore): string {
  const lines = [
    `${name}: ${s.rows} drafts; violating-draft recall ${r3(s.violating.tp, s.violating.n)} (${s.violating.tp}/${s.violating.n}), category macro recall ${macroRecall(s).toFixed(3)}, clean-draft FPR ${r3(s.clean.flagged, s.clean.n)} (${s.clean.flagged}/${s.clean.n}), borderline flagged ${s.borderline.flagged}/${s.borderline.n}`,
    `  by language: ${Object.entries(s.byLang).sort().map(([l, t]) => `${l} ${r3(t.tp, t.n)} (${t.n})`).join(', ')}`,
    '  category         recall  (found/expected)  precision (correct/flagged)',
    ...Object.entries(s.byCategory)
      .filter(([, b]) => b.expected > 0 || b.flagged > 0)
      .sort(([, a], [, b]) => (a.expected ? a.found / a.expected : 2) - (b.expected ? b.found / b.expected : 2))
      .map(([c, b]) => `  ${c.padEnd(16)} ${r3(b.found, b.expected)}  (${b.found}/${b.expected})${' '.repeat(Math.max(1, 10 - `${b.found}/${b.expected}`.length))}${r3(b.correct, b.flagged)} (${b.correct}/${b.flagged})`),
  ];
  return lines.join('\n');
}

export function formatMisses(s: DraftScore): string {
  const one = (t: string) => t.replace(/\s+/g, ' ').slice(0, 200);
  return [
    ...s.misses.map((m) => `MISS  ${m.row.id} ${m.row.lang} [${m.row.expect.join(',')}] flagged [${m.flagged.join(',')}]: ${one(m.row.text)}`),
    ...s.alarms.map((m) => `ALARM ${m.row.id} ${m.row.lang} flagged [${m.flagged.join(',')}]: ${one(m.row.text)}`),
  ].join('\n');
}
