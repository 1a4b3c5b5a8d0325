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

let compiled: ReturnType<typeof compilePolicy> | undefined;

/** The findings that would warn on this draft (caution or violation), with the built-in policy. */
export function warnings(row: Pick<FixtureRow, 'text' | 'lang'>) {
  compiled ??= compilePolicy(DEFAULT_POLICY);
  return evaluate(row.text, compiled, { locale: row.lang === 'es' ? 'es' : 'en' }).filter((f) => f.severity === 'caution' || f.severity === 'violation');
}

/** The categories those findings name. */
export const flaggedCategories = (row: Pick<FixtureRow, 'text' | 'lang'>): Set<string> => new Set(warnings(row).map((f) => f.category as string));
