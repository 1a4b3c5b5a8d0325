/**
 * The audit report model: the same engine as the composer check, over past posts. Built
 * in chunks (`add`) so a worker can report progress and stop when cancelled; `report()`
 * gives counts by category and month and each flagged post with its findings.
 */
import { evaluate, type CompiledPolicy } from '../engine/evaluate';
import type { Category, Finding, Locale } from '../schema';
import type { ArchiveProblem, Post } from './archive';

export interface FlaggedPost {
  post: Post;
  findings: Finding[];
}

export interface AuditReport {
  /** Posts checked. */
  total: number;
  flagged: FlaggedPost[];
  /** Flagged posts per category (a post with two categories counts in both). */
  byCategory: Partial<Record<Category, number>>;
  /** Flagged posts per month, "YYYY-MM" ("undated" when the export has no date). */
  byMonth: Record<string, number>;
  problems: ArchiveProblem[];
}

export class Auditor {
  private total = 0;
  private flagged: FlaggedPost[] = [];

  constructor(
    private compiled: CompiledPolicy,
    private locale: Locale,
  ) {}

  add(posts: readonly Post[]): void {
    for (const post of posts) {
      this.total++;
      const findings = evaluate(post.text, this.compiled, { locale: this.locale });
      if (findings.length) this.flagged.push({ post, findings });
    }
  }

  report(problems: ArchiveProblem[]): AuditReport {
    const byCategory: AuditReport['byCategory'] = {};
    const byMonth: Record<string, number> = {};
    // Newest first, undated last: the PAO reads the recent ones first.
    const flagged = [...this.flagged].sort((a, b) => (b.post.date ?? '').localeCompare(a.post.date ?? ''));
    for (const { post, findings } of flagged) {
      for (const c of new Set(findings.map((f) => f.category))) byCategory[c] = (byCategory[c] ?? 0) + 1;
      const month = post.date?.slice(0, 7) ?? 'undated';
      byMonth[month] = (byMonth[month] ?? 0) + 1;
    }
    return { total: this.total, flagged, byCategory, byMonth, problems };
  }
}

/** The whole audit in one call (the CLI; tests). */
export function auditPosts(posts: readonly Post[], problems: ArchiveProblem[], compiled: CompiledPolicy, locale: Locale): AuditReport {
  const a = new Auditor(compiled, locale);
  a.add(posts);
  return a.report(problems);
}
