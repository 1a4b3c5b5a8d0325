/**
 * One audit, from a file's bytes to the report, in chunks so the caller can show progress
 * (the options page's worker posts it; tests call it directly). Cancelling is the caller's:
 * the options page terminates the worker, which stops this mid-loop with nothing kept.
 */
import { compilePolicy } from '../policy/compile';
import { policyOf, type Locale } from '../schema';
import { readArchive } from './archive';
import { Auditor, type AuditReport } from './report';

export type AuditSettings = Parameters<typeof policyOf>[0];

/** Posts per progress step: small enough for a smooth bar, large enough not to flood messages. */
export const AUDIT_CHUNK = 500;

export function auditFile(
  name: string,
  bytes: Uint8Array,
  settings: AuditSettings,
  locale: Locale,
  onProgress: (done: number, total: number) => void = () => {},
): AuditReport {
  const { posts, problems } = readArchive(name, bytes);
  const auditor = new Auditor(compilePolicy(policyOf(settings)), locale);
  onProgress(0, posts.length);
  for (let i = 0; i < posts.length; i += AUDIT_CHUNK) {
    auditor.add(posts.slice(i, i + AUDIT_CHUNK));
    onProgress(Math.min(i + AUDIT_CHUNK, posts.length), posts.length);
  }
  return auditor.report(problems);
}
