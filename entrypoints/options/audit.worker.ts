/**
 * The audit of past posts, off the page's main thread (a 50,000-post archive takes seconds).
 * Same code path as the CLI and the tests (rules/audit). Receives the file's bytes and the
 * settings; posts progress, then the report or an error. Cancel = the page terminates it.
 * Nothing here can reach the network: the file arrives as bytes and only messages go back.
 */
import { auditFile, type AuditSettings } from '../../rules/audit/run';
import type { Locale } from '../../rules/schema';

export interface AuditRequest {
  name: string;
  bytes: ArrayBuffer;
  settings: AuditSettings;
  locale: Locale;
}

export type AuditReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: import('../../rules/audit/report').AuditReport }
  | { type: 'error'; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<AuditRequest>) => void) | null; postMessage(m: AuditReply): void };

scope.onmessage = ({ data }) => {
  try {
    const report = auditFile(data.name, new Uint8Array(data.bytes), data.settings, data.locale, (done, total) =>
      scope.postMessage({ type: 'progress', done, total }),
    );
    scope.postMessage({ type: 'done', report });
  } catch (e) {
    scope.postMessage({ type: 'error', message: (e as Error).message });
  }
};
