/**
 * A city policy file chosen on the welcome or options page ("My city is not listed"): the
 * same JSON IT would deploy, either the whole managed policy ({ "cityPolicy": … }) or the
 * cityPolicy object alone. Checked with the managed-policy validator, so a file is accepted
 * exactly when IT's policy would be; an invalid file gives the first problem, naming the field.
 */
import { validatePolicy } from '../settings';
import type { CityPolicy } from './city';

export type CityPolicyFile = { policy: CityPolicy } | { error: string };

export function parseCityPolicyFile(text: string): CityPolicyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'cityPolicy' in raw ? (raw as { cityPolicy: unknown }).cityPolicy : raw;
  const { policy, problems } = validatePolicy({ cityPolicy: value });
  const problem = problems[0];
  // A person's file is all or nothing (IT's managed policy skips only the bad item): the first
  // problem, naming its field ("categories.swearing": unknown field).
  if (problem || !policy.cityPolicy) return { error: problem ? (problem.key === 'cityPolicy' ? problem.reason : `"${problem.key.replace(/^cityPolicy\./, '')}": ${problem.reason}`) : 'no cityPolicy' };
  return { policy: policy.cityPolicy };
}
