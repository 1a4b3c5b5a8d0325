import { PACKS } from '../packs';
import {
  PACK_IDS,
  SEVERITIES,
  type Category,
  type Citation,
  type CustomRule,
  type Finding,
  type Locale,
  type Policy,
  type PostingIdentity,
  type RuleProblem,
  type Rule,
  type Severity,
} from '../schema';
import { compileCustomPattern, customRuleProblem, runCustomPattern, shown } from './custom';
import { DETECTORS, type Detector } from './detectors';
import { undisguise } from './disguise';
import { compileLinks, linkFindings, type LinkRules } from './links';
import { INNOCENT_SENSES } from '../lexicons/en/words';
import { INNOCENT_SENSES as SENTIDOS_INOCENTES } from '../lexicons/es/words';
import { foldTerm } from './fold';
import { buildSpeller, respell, type Speller } from './fuzzy';
import { buildStream, normalize, type Normalized } from './normalize';
import { compilePattern, MACROS, negated, type CompiledPattern } from './patterns';
import { addTerm, emptyIndex, matchTerms, type TermIndex } from './terms';
import type { RE2JS } from 're2js';

/** One active rule, with the policy's category overrides applied. */
interface ActiveRule {
  id: string;
  category: Category;
  severity: Severity;
  message: Record<Locale, string>;
  citation: Citation;
}

export interface CompiledPolicy {
  rules: ActiveRule[];
  /** Every term of every active rule, in one word-level trie. */
  terms: TermIndex;
  /** Phrases never flagged: rule exceptions and the user/IT allow-list. */
  allow: TermIndex;
  /** Each distinct pattern once, with every active rule that uses it (packs share patterns). */
  patterns: { rules: number[]; pattern: CompiledPattern; negatable: boolean }[];
  /** First word → the patterns that can start with it; patterns without a known first word scan everywhere. */
  byFirstWord: Map<string, number[]>;
  scanned: number[];
  /** Each detector once, with every active rule that uses it. */
  detectors: { rules: number[]; detect: Detector }[];
  custom: { rule: number; re: RE2JS }[];
  /** Admin input the engine skipped, and why (bad customRules, unknown packs). */
  problems: RuleProblem[];
  /** Reads deliberate typos as the words the rules use. */
  speller: Speller;
  /** Political links and official-account rules (links.ts). */
  links?: LinkRules;
}

export interface EvaluateOptions {
  locale?: Locale;
  /** Who posts the draft: official accounts get their own rules (links.ts). */
  identity?: PostingIdentity;
}

// Built once: the vocabulary is the packs' words (word classes and term lists).
const SPELLER = buildSpeller([
  ...Object.values(MACROS).flat().flatMap((w) => w.split(' ')),
  ...Object.values(PACKS).flatMap((p) => p.rules.flatMap((r) => (r.kind === 'terms' ? r.terms.map((t) => t.replace(/[*^]/g, '')) : []))),
  // Words written literally in patterns are known words too: never "corrected" away.
  ...Object.values(PACKS).flatMap((p) => p.rules.flatMap((r) => (r.kind === 'pattern' ? r.patterns.flatMap((src) => src.replace(/\{[a-z_~0-9]+\}/g, ' ').match(/[a-z]+/g) ?? []) : []))),
]);

/** Word → words that, in the same sentence, show its innocent sense. */
const SENSES = new Map(Object.entries({ ...INNOCENT_SENSES, ...SENTIDOS_INOCENTES }).map(([w, ctx]) => [w, new Set(ctx.map((c) => foldTerm(c).join(' ')))]));

/** Whether the word at token i is used in an innocent sense (context in the same sentence). */
function innocentSense(tokens: Normalized['tokens'], i: number): boolean {
  const ctx = SENSES.get(tokens[i]!.text);
  if (!ctx) return false;
  for (const dir of [-1, 1]) {
    for (let j = i + dir, n = 0; j >= 0 && j < tokens.length && n < 25; j += dir, n++) {
      const t = tokens[j]!;
      if (t.boundary) break;
      if (ctx.has(t.text) || (j + 1 < tokens.length && ctx.has(`${t.text} ${tokens[j + 1]!.text}`))) return true;
    }
  }
  return false;
}

const patternCache = new WeakMap<CompiledPolicy, Map<string, CompiledPolicy['patterns'][number]>>();

const SEVERITY_RANK: Record<Severity, number> = { info: 0, caution: 1, violation: 2 };

/** Compile once per policy; evaluate() is then cheap per keystroke. Never throws on admin input. */
export function compilePolicy(input: Policy): CompiledPolicy {
  const policy: Partial<Policy> = typeof input === 'object' && input !== null ? input : {};
  const compiled: CompiledPolicy = {
    rules: [],
    terms: emptyIndex(),
    allow: emptyIndex(),
    patterns: [],
    byFirstWord: new Map(),
    scanned: [],
    detectors: [],
    custom: [],
    problems: [],
    speller: SPELLER,
    links: compileLinks(policy as Policy),
  };
  const categories: unknown = policy.categories;
  const override = (category: Category): { enabled?: unknown; severity?: unknown } | undefined => {
    const o = typeof categories === 'object' && categories !== null ? (categories as Record<string, unknown>)[category] : undefined;
    return typeof o === 'object' && o !== null ? o : undefined;
  };
  const activate = (r: Omit<ActiveRule, 'severity'> & { severity: Severity }): number | null => {
    const o = override(r.category);
    if (o?.enabled === false) return null;
    // An invalid severity override falls back to the rule's own (managed.ts reports it).
    const severity = (SEVERITIES as readonly unknown[]).includes(o?.severity) ? (o!.severity as Severity) : r.severity;
    compiled.rules.push({ ...r, severity });
    return compiled.rules.length - 1;
  };

  for (const packId of Array.isArray(policy.packs) ? policy.packs : []) {
    const pack = (PACK_IDS as readonly string[]).includes(packId) ? PACKS[packId] : undefined;
    if (!pack) {
      compiled.problems.push({ ruleId: shown(packId), reason: `Unknown policy pack "${shown(packId)}"` });
      continue;
    }
    for (const rule of pack.rules) addPackRule(compiled, rule, activate);
  }

  const seen = new Set<string>();
  for (const rule of Array.isArray(policy.customRules) ? policy.customRules : []) {
    const problem = customRuleProblem(rule, seen);
    const id = typeof rule?.id === 'string' && rule.id ? rule.id : '(no id)';
    if (problem) {
      compiled.problems.push({ ruleId: id, reason: problem });
      continue;
    }
    seen.add(rule.id);
    let re: RE2JS | null = null;
    if (rule.pattern !== undefined) {
      const result = compileCustomPattern(rule.pattern);
      if (typeof result === 'string') {
        compiled.problems.push({ ruleId: id, reason: result });
        continue;
      }
      re = result;
    }
    const index = activate(customActive(rule));
    if (index === null) continue;
    if (re) compiled.custom.push({ rule: index, re });
    else for (const term of rule.terms!) addTerm(compiled.terms, term, index);
  }

  compiled.patterns.forEach((p, i) => {
    if (!p.pattern.first) compiled.scanned.push(i);
    else for (const w of p.pattern.first) compiled.byFirstWord.set(w, [...(compiled.byFirstWord.get(w) ?? []), i]);
  });

  for (const term of Array.isArray(policy.allowTerms) ? policy.allowTerms : []) {
    if (typeof term === 'string') addTerm(compiled.allow, term.replace(/[*^]/g, ''), 0);
  }
  return compiled;
}

function customActive(rule: CustomRule): ActiveRule {
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: { en: rule.message, es: rule.message },
    citation: rule.citation ?? { pack: 'organization', section: 'custom', title: rule.id },
  };
}

function addPackRule(compiled: CompiledPolicy, rule: Rule, activate: (r: ActiveRule) => number | null): void {
  const index = activate({ id: rule.id, category: rule.category, severity: rule.severity, message: rule.message, citation: rule.citation });
  if (index === null) return;
  if (rule.kind === 'terms') {
    for (const term of rule.terms) addTerm(compiled.terms, term, index);
    for (const phrase of rule.except ?? []) addTerm(compiled.allow, phrase, 0);
  } else if (rule.kind === 'pattern') {
    const negatable = rule.negatable ?? false;
    for (const src of rule.patterns) {
      const key = `${negatable ? '!' : ''}${src}`;
      let entry = patternCache.get(compiled)?.get(key);
      if (!entry) {
        entry = { rules: [], pattern: compilePattern(src), negatable };
        compiled.patterns.push(entry);
        if (!patternCache.has(compiled)) patternCache.set(compiled, new Map());
        patternCache.get(compiled)!.set(key, entry);
      }
      entry.rules.push(index);
    }
  } else {
    const detect = DETECTORS[rule.detector];
    const entry = compiled.detectors.find((d) => d.detect === detect);
    if (entry) entry.rules.push(index);
    else compiled.detectors.push({ rules: [index], detect });
  }
}

function finding(rule: ActiveRule, text: string, start: number, end: number, locale: Locale): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    excerpt: text.slice(start, end),
    message: rule.message[locale] ?? rule.message.en,
    citation: rule.citation,
  };
}

/**
 * Findings for one draft, sorted by position, with offsets into the original text.
 * The same span flagged for the same category by several rules is reported once, at
 * the highest severity (the first pack wins a tie); a span inside a larger one of the
 * same category and no higher severity is dropped. Never throws.
 */
export function evaluate(text: string, compiled: CompiledPolicy, options: EvaluateOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const locale: Locale = options.locale === 'es' ? 'es' : 'en';
  const found: Finding[] = [];
  try {
    const raw = undisguise(normalize(text), text, compiled.terms);
    const respelled = respell(compiled.speller, raw.tokens);
    const norm = respelled ? buildStream(respelled) : raw;
    const allowed = allowedTokens(compiled, raw);
    const { tokens, stream, tokenAt } = norm;

    // Terms match the words as written; corrections only feed phrase patterns.
    for (const hit of matchTerms(compiled.terms, raw.tokens)) {
      if (allowed[hit.first] && allowed[hit.last]) continue;
      if (hit.first === hit.last && innocentSense(raw.tokens, hit.first)) continue;
      for (const r of hit.rules) {
        found.push(finding(compiled.rules[r]!, text, raw.tokens[hit.first]!.start, raw.tokens[hit.last]!.end, locale));
      }
    }
    const onMatch = (p: CompiledPolicy['patterns'][number], s: number, e: number) => {
      if (e <= s || (p.negatable && negated(stream, s, e))) return;
      if (allowed[tokenAt[s]!] && allowed[tokenAt[e - 1]!]) return;
      const first = tokens[tokenAt[s]!]!;
      const last = tokens[tokenAt[e - 1]!]!;
      for (const r of p.rules) found.push(finding(compiled.rules[r]!, text, first.start, Math.max(first.start, last.end), locale));
    };
    // One pass over the tokens: each word looks up the patterns that can start with it.
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.opaque) continue;
      const candidates = compiled.byFirstWord.get(t.text.includes(' ') ? t.text.slice(0, t.text.indexOf(' ')) : t.text);
      if (!candidates) continue;
      for (const i of candidates) {
        const p = compiled.patterns[i]!;
        p.pattern.sticky.lastIndex = norm.offsets[k]!;
        const m = p.pattern.sticky.exec(stream);
        if (m) onMatch(p, m.index, m.index + m[0].length);
      }
    }
    for (const i of compiled.scanned) {
      const p = compiled.patterns[i]!;
      p.pattern.global.lastIndex = 0;
      for (const m of stream.matchAll(p.pattern.global)) onMatch(p, m.index!, m.index! + m[0].length);
    }
    for (const d of compiled.detectors) {
      for (const span of d.detect(text)) {
        for (const r of d.rules) found.push(finding(compiled.rules[r]!, text, span.start, span.end, locale));
      }
    }
    for (const c of compiled.custom) {
      for (const span of runCustomPattern(c.re, text)) found.push(finding(compiled.rules[c.rule]!, text, span.start, span.end, locale));
    }
    found.push(...linkFindings(text, compiled.links, { locale, ...(options.identity ? { identity: options.identity } : {}) }));
  } catch {
    // A bug in one matcher must never break the user's editor: report what was found so far.
  }
  return dedupe(found.filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end));
}

function allowedTokens(compiled: CompiledPolicy, norm: Normalized): Uint8Array {
  const allowed = new Uint8Array(norm.tokens.length);
  if (compiled.allow.size === 0) return allowed;
  for (const hit of matchTerms(compiled.allow, norm.tokens)) allowed.fill(1, hit.first, hit.last + 1);
  return allowed;
}

function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.start}:${f.end}:${f.category}`;
    const prev = best.get(key);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) best.set(key, f);
  }
  const sorted = [...best.values()].sort((a, b) => a.start - b.start || b.end - a.end || a.category.localeCompare(b.category));
  // Drop a span inside a kept span of the same category with at least its severity.
  const lastKept = new Map<Category, Finding>();
  const out: Finding[] = [];
  for (const f of sorted) {
    const k = lastKept.get(f.category);
    if (k && f.end <= k.end && SEVERITY_RANK[k.severity] >= SEVERITY_RANK[f.severity]) continue;
    if (!k || f.end > k.end) lastKept.set(f.category, f);
    out.push(f);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.category.localeCompare(b.category));
}

/** Categories whose findings interrupt the user (highlighted, asked about at submit). */
export function isInterrupting(f: Pick<Finding, 'severity'>): boolean {
  return f.severity !== 'info';
}

export type { Category };
