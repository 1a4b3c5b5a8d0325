/**
 * The self-written judgement fixtures (tests/fixtures/judgement, issue #12): drafts nobody tuned the
 * frames on at the time they were written. Scored the way scripts/eval/policy-dev.ts scores
 * policy_dev: a draft flags a category when a finding of it is a caution or a violation.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Works under Vitest and under tsx (scripts/eval/fixture-rows.ts), which has no __dirname.
const here = dirname(fileURLToPath(import.meta.url));
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';

export interface FixtureRow {
  text: string;
  lang: string;
  expect: string[];
  round?: number;
}

/** The rows of tests/fixtures/judgement/<file> (e.g. `violence.jsonl`, `round4/illegal.jsonl`). */
export function loadFixture(file: string): FixtureRow[] {
  return readFileSync(join(here, '..', 'fixtures', 'judgement', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as FixtureRow);
}

/**
 * Round 6 on (tests/fixtures/judgement/round6/…) is split once, by position, into a part rules are
 * written from ('dev') and a part only ever scored in aggregate ('check'): in each file, rows are
 * taken in blocks of 10 and every third block is 'check'. Blocks, not single rows, so a minimal
 * pair (a violating draft and its clean twin on the next line) mostly falls in one part, and
 * reading one twin does not teach the other's wording.
 */
export type RoundPart = 'dev' | 'check';
export const partOfRow = (index: number): RoundPart => (Math.floor(index / 10) % 3 === 2 ? 'check' : 'dev');

/** The rows of `file` in one part of the split (every row when `part` is undefined). */
export function loadFixturePart(file: string, part?: RoundPart): FixtureRow[] {
  const rows = loadFixture(file);
  return part ? rows.filter((_r, i) => partOfRow(i) === part) : rows;
}

let compiled: ReturnType<typeof compilePolicy> | undefined;

/** The findings that would warn on this draft (caution or violation), with the built-in policy. */
export function warnings(row: Pick<FixtureRow, 'text' | 'lang'>) {
  compiled ??= compilePolicy(DEFAULT_POLICY);
  return evaluate(row.text, compiled, { locale: row.lang === 'es' ? 'es' : 'en' }).filter((f) => f.severity === 'caution' || f.severity === 'violation');
}

/** The categories those findings name. */
export const flaggedCategories = (row: Pick<FixtureRow, 'text' | 'lang'>): Set<string> => new Set(warnings(row).map((f) => f.category as string));
