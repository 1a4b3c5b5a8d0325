import { PACKS } from '../packs';
import type { Category, Finding, Locale, Policy, Rule, Severity } from '../schema';
import { DETECTORS } from './detectors';
import { normalize } from './normalize';

/** A rule with the policy's category overrides applied. */
interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

export interface CompiledPolicy {
  /** One alternation of every term of every active term rule; null when there are none. */
  termMatcher: RegExp | null;
  /** Lower-cased term → the rules that list it (a term may be in several packs). */
  termRules: Map<string, ActiveRule[]>;
  detectorRules: ActiveRule[];
  allow: Set<string>;
}

export interface EvaluateOptions {
  locale?: Locale;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, caution: 1, violation: 2 };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compile once per policy; evaluate() is then cheap per keystroke. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const termRules = new Map<string, ActiveRule[]>();
  const detectorRules: ActiveRule[] = [];
  for (const packId of policy.packs) {
    const pack = PACKS[packId];
    if (!pack) throw new Error(`Unknown policy pack "${packId}"`);
    for (const rule of pack.rules) {
      const override = policy.categories?.[rule.category];
      if (override?.enabled === false) continue;
      const active: ActiveRule = { rule, severity: override?.severity ?? rule.severity };
      if (rule.kind === 'detector') {
        detectorRules.push(active);
        continue;
      }
      for (const term of rule.terms) {
        const key = normalize(term).text;
        const list = termRules.get(key) ?? [];
        list.push(active);
        termRules.set(key, list);
      }
    }
  }
  // Longest first so that "son of a bitch" wins over "bitch" at the same position.
  const terms = [...termRules.keys()].sort((a, b) => b.length - a.length);
  const termMatcher = terms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  const allow = new Set((policy.allowTerms ?? []).map((t) => normalize(t).text));
  return { termMatcher, termRules, detectorRules, allow };
}

function toFinding(
  active: ActiveRule,
  text: string,
  start: number,
  end: number,
  locale: Locale,
): Finding {
  const { rule, severity } = active;
  return {
    ruleId: rule.id,
    category: rule.category,
    severity,
    start,
    end,
    excerpt: text.slice(start, end),
    message: rule.message[locale],
    citation: rule.citation,
  };
}

/**
 * Findings for one draft, sorted by position. The same span flagged for the same
 * category by several packs is reported once, at the highest severity.
 */
export function evaluate(text: string, compiled: CompiledPolicy, options: EvaluateOptions = {}): Finding[] {
  const locale = options.locale ?? 'en';
  const found: Finding[] = [];
  const norm = normalize(text);

  if (compiled.termMatcher) {
    for (const m of norm.text.matchAll(compiled.termMatcher)) {
      if (compiled.allow.has(m[0])) continue;
      const start = norm.toOriginal[m.index!]!;
      const end = norm.toOriginal[m.index! + m[0].length]!;
      for (const active of compiled.termRules.get(m[0]) ?? []) {
        found.push(toFinding(active, text, start, end, locale));
      }
    }
  }
  for (const active of compiled.detectorRules) {
    if (active.rule.kind !== 'detector') continue;
    for (const span of DETECTORS[active.rule.detector](text)) {
      found.push(toFinding(active, text, span.start, span.end, locale));
    }
  }
  return dedupe(found);
}

function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.start}:${f.end}:${f.category}`;
    const prev = best.get(key);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) best.set(key, f);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}

/** Categories whose findings interrupt the user (highlighted, asked about at submit). */
export function isInterrupting(f: Pick<Finding, 'severity'>): boolean {
  return f.severity !== 'info';
}

export type { Category };
