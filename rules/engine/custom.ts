/**
 * Admin rules (managed policy `customRules`). Terms join the shared term matcher;
 * patterns are RE2 syntax run with re2js (linear time, no catastrophic backtracking).
 * Bad rules are skipped and reported, never thrown.
 */
import { RE2JS } from 're2js';
import { CATEGORIES, SEVERITIES } from '../categories';
import type { CustomRule, RuleProblem } from '../schema';
import { isLocalizableText } from '../text';

export interface CompiledCustomPattern {
  rule: CustomRule;
  re: RE2JS;
}

const MAX_PATTERN = 1000;

/** Why `rule` can't be used, or null when it is fine. */
/**
 * A value from an admin's policy file, as text for a problem message. Never throws: a hostile
 * object ({"toString": null}, a revoked proxy) must not break compiling the policy.
 */
export function shown(v: unknown): string {
  if (typeof v === 'string') return v.slice(0, 100);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  try {
    return (JSON.stringify(v) ?? Object.prototype.toString.call(v)).slice(0, 100);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

export function customRuleProblem(rule: CustomRule, seen: Set<string>): string | null {
  if (typeof rule !== 'object' || rule === null) return 'not an object';
  if (typeof rule.id !== 'string' || rule.id.trim() === '') return 'missing id';
  if (seen.has(rule.id)) return `duplicate id "${rule.id}"`;
  if (!(CATEGORIES as readonly string[]).includes(rule.category)) return `unknown category "${shown(rule.category)}"`;
  if (!(SEVERITIES as readonly string[]).includes(rule.severity)) return `unknown severity "${shown(rule.severity)}"`;
  if (!isLocalizableText(rule.message)) return 'missing message (text, or { "en": …, "es": … })';
  const hasTerms = rule.terms !== undefined;
  const hasPattern = rule.pattern !== undefined;
  if (hasTerms === hasPattern) return 'needs exactly one of "terms" or "pattern"';
  if (hasTerms) {
    if (!Array.isArray(rule.terms) || rule.terms.length === 0) return '"terms" is empty';
    if (rule.terms.some((t) => typeof t !== 'string' || t.trim() === '')) return '"terms" has an empty or non-text entry';
  }
  return null;
}

/** Compile an RE2 pattern; returns the regex or the reason it was rejected. */
export function compileCustomPattern(pattern: unknown): RE2JS | string {
  if (typeof pattern !== 'string' || pattern === '') return '"pattern" is empty';
  if (pattern.length > MAX_PATTERN) return `"pattern" is longer than ${MAX_PATTERN} characters`;
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    return `invalid RE2 pattern: ${(e as Error).message}`;
  }
  if (re.matcher('').find()) return 'pattern matches the empty string';
  return re;
}

/** Spans of a custom pattern in the original text (UTF-16 offsets). */
export function runCustomPattern(re: RE2JS, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const m = re.matcher(text);
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) spans.push({ start, end });
    if (spans.length > 1000) break;
  }
  return spans;
}

export type { RuleProblem };
