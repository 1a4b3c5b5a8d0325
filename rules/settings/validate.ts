/**
 * The runtime validator of the managed policy and the person's own settings (the background,
 * the options page and the CLI): a bad value is skipped and reported by name, never a crash.
 */
import { CATEGORY_MESSAGES } from '../categoryMessages';
import { normalizeCityPolicy } from '../policy/city';
import type { AnySpec } from './spec';
import { LIMITS, MANAGED_SPEC } from './keys';
import { DEFAULT_SETTINGS, LOCALES, type CustomRule, type ManagedPolicy, type PolicyProblem, type SettingKey } from '../schema';

// ---------------------------------------------------------------------------
// Runtime validation.


export interface ValidatedPolicy {
  /** The keys that were valid (invalid array items dropped). */
  policy: ManagedPolicy;
  /** Every key the organization set, valid or not: all of them are locked for the user. */
  keys: SettingKey[];
  problems: PolicyProblem[];
}


function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

interface Checked {
  value?: unknown;
  /** Fatal for this value. */
  error?: string;
  /** Non-fatal: items skipped (or unknown fields ignored) inside it. */
  dropped: { path: string; reason: string; fallback: string }[];
}

const ITEM_SKIPPED = 'item skipped';

/** Checks one value against its spec. Invalid list items are dropped and reported, not fatal. */
function check(spec: AnySpec, value: unknown, path: string): Checked {
  const dropped: Checked['dropped'] = [];
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { value, dropped } : { error: `expected true or false, got ${describe(value)}`, dropped };
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return { error: `expected a whole number, got ${describe(value)}`, dropped };
      if (value < spec.minimum! || value > spec.maximum!)
        return { error: `${value} is outside ${spec.minimum}–${spec.maximum}`, dropped };
      return { value, dropped };
    case 'string': {
      if (typeof value !== 'string') return { error: `expected text, got ${describe(value)}`, dropped };
      if (spec.enum && !spec.enum.includes(value)) return { error: `"${value.slice(0, 40)}" is not one of ${spec.enum.join(', ')}`, dropped };
      if (value.length > spec.maxLength!) return { error: `text longer than ${spec.maxLength} characters`, dropped };
      if (value.trim().length < (spec.minLength ?? 0)) return { error: 'empty text', dropped };
      const why = spec.check?.(value as never);
      return why ? { error: why, dropped } : { value, dropped };
    }
    case 'localizable': {
      const texts = typeof value === 'string' ? [value] : isRecord(value) ? Object.values(value) : [];
      if (typeof value !== 'string') {
        if (!isRecord(value)) return { error: `expected text or {"en": …, "es": …}, got ${describe(value)}`, dropped };
        const unknown = Object.keys(value).filter((k) => !(LOCALES as readonly string[]).includes(k));
        if (unknown.length) return { error: `unknown language ${unknown.map((k) => `"${k}"`).join(', ')} (use "en" and "es")`, dropped };
        if (texts.some((t) => typeof t !== 'string')) return { error: 'each language\'s text must be text', dropped };
      }
      if (texts.some((t) => (t as string).length > spec.maxLength!)) return { error: `text longer than ${spec.maxLength} characters`, dropped };
      if (!texts.some((t) => (t as string).trim() !== '')) return { error: 'empty text', dropped };
      return { value, dropped };
    }
    case 'array': {
      if (!Array.isArray(value)) return { error: `expected a list, got ${describe(value)}`, dropped };
      if (value.length > spec.maxItems!) return { error: `${value.length} items, more than the limit of ${spec.maxItems}`, dropped };
      const out: unknown[] = [];
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const r = check(spec.items!, item, `${path}[${i}]`);
        dropped.push(...r.dropped);
        if (r.error !== undefined) return void dropped.push({ path: `${path}[${i}]`, reason: r.error, fallback: ITEM_SKIPPED });
        const k = JSON.stringify(r.value);
        if (spec.unique && seen.has(k)) return;
        seen.add(k);
        out.push(r.value);
      });
      return { value: out, dropped };
    }
    case 'object': {
      if (!isRecord(value)) return { error: `expected an object, got ${describe(value)}`, dropped };
      const props = spec.properties!;
      // A misspelled field ("severty") is named and ignored; what it was meant to set is
      // then reported as missing or left at its default, never silently lost.
      for (const k of Object.keys(value)) {
        if (!Object.hasOwn(props, k)) dropped.push({ path: `${path}.${k}`, reason: 'unknown field', fallback: 'ignored' });
      }
      const missing = spec.required!.filter((k) => value[k] === undefined);
      if (missing.length) return { error: `missing ${missing.map((k) => `"${k}"`).join(', ')}`, dropped };
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined || !Object.hasOwn(props, k)) continue;
        const r = check(props[k]!, v, `${path}.${k}`);
        dropped.push(...r.dropped);
        if (r.error !== undefined) {
          if (spec.eachKeyAnItem) {
            dropped.push({ path: `${path}.${k}`, reason: r.error, fallback: ITEM_SKIPPED });
            continue;
          }
          return { error: `"${k}": ${r.error}`, dropped };
        }
        out[k] = r.value;
      }
      for (const [k, v] of Object.entries(spec.defaults ?? {})) if (!(k in out)) out[k] = structuredClone(v);
      const why = spec.check?.(out as never);
      return why ? { error: why, dropped } : { value: out, dropped };
    }
  }
}

/**
 * Validates a managed (or user) policy. Never throws: an invalid key is reported with
 * its reason and the default that replaces it; an invalid list item is reported and
 * skipped; unknown keys are reported and ignored.
 */
export function validatePolicy(raw: unknown): ValidatedPolicy {
  const problems: PolicyProblem[] = [];
  if (!isRecord(raw)) {
    return raw === undefined || raw === null
      ? { policy: {}, keys: [], problems }
      : { policy: {}, keys: [], problems: [{ key: '(policy)', reason: `expected an object, got ${describe(raw)}`, fallback: 'defaults' }] };
  }
  const policy: Record<string, unknown> = {};
  const keys: SettingKey[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(MANAGED_SPEC.properties, key)) {
      problems.push({ key, reason: 'unknown key', fallback: 'ignored' });
      continue;
    }
    const k = key as SettingKey;
    keys.push(k);
    const r = check(MANAGED_SPEC.properties[k] as AnySpec, k === 'cityPolicy' ? normalizeCityPolicy(value) : value, k);
    for (const d of r.dropped) problems.push({ key: d.path, reason: d.reason, fallback: d.fallback });
    if (r.error !== undefined) {
      problems.push({ key: k, reason: r.error, fallback: JSON.stringify(DEFAULT_SETTINGS[k]) });
      continue;
    }
    policy[k] = r.value;
  }
  if (policy.customRules) {
    // Positions in the policy as written, for the problems: skipped items are not in the checked list.
    const skipped = new Set(problems.map((p) => /^customRules\[(\d+)\]$/.exec(p.key)?.[1]).filter(Boolean).map(Number));
    const positions = (raw.customRules as unknown[]).map((_, i) => i).filter((i) => !skipped.has(i));
    policy.customRules = customRulesWithDefaults(policy.customRules as CustomRule[], positions, (policy as ManagedPolicy).organization?.name, problems);
  }
  // A city's own policy without "packs": only the city's policy applies (issue #13).
  if (policy.cityPolicy && !keys.includes('packs')) (policy.packs = []), keys.push('packs');
  return { policy: policy as ManagedPolicy, keys, problems };
}

/**
 * Rules across the list: duplicate ids and the total term budget. A rule without a
 * message shows its category's; without a citation it cites the organization.
 * `positions`: each rule's index in the policy as written (for the problems).
 */
function customRulesWithDefaults(rules: CustomRule[], positions: number[], organization: string | undefined, problems: PolicyProblem[]): CustomRule[] {
  const ids = new Set<string>();
  let terms = 0;
  return rules
    .filter((rule, j) => {
      const i = positions[j];
      if (ids.has(rule.id)) {
        problems.push({ key: `customRules[${i}]`, reason: `duplicate id "${rule.id}"`, fallback: ITEM_SKIPPED });
        return false;
      }
      const n = rule.terms?.length ?? 0;
      if (n > 0 && terms + n > LIMITS.totalTerms) {
        problems.push({ key: `customRules[${i}]`, reason: `more than ${LIMITS.totalTerms} terms in all custom rules together`, fallback: ITEM_SKIPPED });
        return false;
      }
      terms += n;
      return ids.add(rule.id);
    })
    .map((rule) => ({
      ...rule,
      message: rule.message ?? CATEGORY_MESSAGES[rule.category],
      citation: rule.citation ?? { pack: organization?.trim() || 'organization', section: 'custom', title: rule.id },
    }));
}
