import { SEVERITY_RANK as RANK } from '../rules/categories';
import type { Finding, Severity } from '../rules/schema';

export interface Segment {
  text: string;
  /** The strongest severity of the findings covering this stretch; null when none does. */
  severity: Severity | null;
}


/**
 * Cuts the draft at every finding boundary so overlapping findings still give
 * non-overlapping marks. Offsets are the engine's (UTF-16, into the original text).
 */
export function highlightSegments(text: string, findings: Finding[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    let severity: Severity | null = null;
    for (const f of findings) {
      if (f.start <= a && f.end >= b && (severity === null || RANK[f.severity] > RANK[severity])) severity = f.severity;
    }
    const prev = out[out.length - 1];
    if (prev && prev.severity === severity) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), severity });
  }
  return out;
}
