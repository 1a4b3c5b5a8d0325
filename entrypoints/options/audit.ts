/**
 * The options page's audit runner: reads the chosen file and hands its bytes to a worker
 * (audit.worker.ts), which runs rules/audit as the CLI does. Cancel terminates the worker.
 */
import type { AuditRun, StartAudit } from '../../components/AuditPanel';
import type { AuditReport } from '../../rules/audit/report';
import type { AuditSettings } from '../../rules/audit/run';
import type { Locale } from '../../rules/schema';
import type { AuditReply, AuditRequest } from './audit.worker';

export function workerAudit(settings: AuditSettings, locale: Locale): StartAudit {
  return (file, onProgress): AuditRun => {
    // Vite bundles the worker as its own file in the extension (same origin, no remote code).
    const worker = new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module' });
    let settle: { reject(e: Error): void } | null = null;
    const result = new Promise<AuditReport>((resolve, reject) => {
      settle = { reject };
      worker.onmessage = ({ data }: MessageEvent<AuditReply>) => {
        if (data.type === 'progress') return onProgress(data.done, data.total);
        worker.terminate();
        if (data.type === 'done') resolve(data.report);
        else reject(new Error(data.message));
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(e.message || 'worker failed'));
      };
      void file.arrayBuffer().then(
        (bytes) => worker.postMessage({ name: file.name, bytes, settings, locale } satisfies AuditRequest, [bytes]),
        (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))),
      );
    });
    return {
      result,
      cancel() {
        worker.terminate();
        settle?.reject(new Error('cancelled'));
      },
    };
  };
}
