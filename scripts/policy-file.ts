// Reads the engine's part of a managed-policy JSON (a Partial<Settings>) for the CLI:
// packs, categories, allowTerms, customRules. Returns the Policy or a clear type error.
import { CATEGORIES, PACK_IDS, SEVERITIES } from '../rules';
import type { CustomRule, PackId, Policy } from '../rules';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function policyFromManaged(raw: unknown): Policy | string {
  if (!isObj(raw)) return 'the file must hold a JSON object';
  const policy: Policy = { packs: [...PACK_IDS] };
  if (raw.packs !== undefined) {
    if (!Array.isArray(raw.packs) || raw.packs.some((p) => typeof p !== 'string')) return '"packs" must be an array of pack ids';
    const bad = raw.packs.filter((p) => !(PACK_IDS as readonly string[]).includes(p as string));
    if (bad.length) return `"packs" has unknown pack ${JSON.stringify(bad[0])} (known: ${PACK_IDS.join(', ')})`;
    policy.packs = raw.packs as PackId[];
  }
  if (raw.categories !== undefined) {
    if (!isObj(raw.categories)) return '"categories" must be an object keyed by category';
    for (const [k, v] of Object.entries(raw.categories)) {
      if (!(CATEGORIES as readonly string[]).includes(k)) return `"categories" has unknown category "${k}"`;
      if (!isObj(v)) return `"categories.${k}" must be an object like {"enabled": true, "severity": "caution"}`;
      if (v.enabled !== undefined && typeof v.enabled !== 'boolean') return `"categories.${k}.enabled" must be true or false`;
      if (v.severity !== undefined && !(SEVERITIES as readonly string[]).includes(v.severity as string)) {
        return `"categories.${k}.severity" must be one of ${SEVERITIES.join(', ')}`;
      }
    }
    policy.categories = raw.categories as Policy['categories'];
  }
  if (raw.allowTerms !== undefined) {
    if (!Array.isArray(raw.allowTerms) || raw.allowTerms.some((t) => typeof t !== 'string')) return '"allowTerms" must be an array of strings';
    policy.allowTerms = raw.allowTerms as string[];
  }
  if (raw.customRules !== undefined) {
    if (!Array.isArray(raw.customRules)) return '"customRules" must be an array';
    // Rule-level problems (bad pattern, duplicate id…) are reported by compilePolicy().problems.
    policy.customRules = raw.customRules as CustomRule[];
  }
  return policy;
}
