import { useEffect, useRef, useState } from 'preact/hooks';
import { auditSummary, reportCsv, reportHtml } from '../rules/audit/export';
import { exportTranslate } from './exportTranslate';
import type { AuditReport, FlaggedPost } from '../rules/audit/report';
import type { Category } from '../rules/schema';
import { highlightSegments } from './highlightSegments';
import { categoryKey, citationText, INTL_LOCALES, localeOf, severityKey, type MessageKey, type Translate } from './i18n';

/** One audit under way: its report, or a rejection when it fails or is cancelled. */
export interface AuditRun {
  result: Promise<AuditReport>;
  cancel(): void;
}

/** Starts an audit of a file (the options page: in a worker; tests: rules/audit directly). */
export type StartAudit = (file: File, onProgress: (done: number, total: number) => void) => AuditRun;

export interface AuditPanelProps {
  t: Translate;
  start: StartAudit;
  onDownload(filename: string, content: string, type: 'text/csv' | 'text/html'): void;
}

type State =
  | { status: 'idle' }
  | { status: 'running'; name: string; done: number; total: number }
  | { status: 'cancelled' }
  | { status: 'failed'; name: string; message: string }
  | { status: 'done'; name: string; report: AuditReport };

/** Flagged posts shown at once: a 50,000-post archive may flag thousands. */
const PAGE = 100;
const ACCEPT = '.zip,.js,.json,.csv';

/**
 * "Check past posts" (Public Affairs Office): pick an account export, watch the progress,
 * cancel at will, then read the report (counts by category and month, each flagged post with
 * its marks and citation), filter it and save it as CSV or as one self-contained HTML page.
 */
export function AuditPanel({ t, start, onDownload }: AuditPanelProps) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = useRef<AuditRun | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Leaving the page stops the work.
  useEffect(() => () => run.current?.cancel(), []);

  const onFile = (file: File | undefined) => {
    if (!file) return;
    run.current?.cancel();
    setState({ status: 'running', name: file.name, done: 0, total: 0 });
    const r = start(file, (done, total) => setState((s) => (s.status === 'running' && run.current === r ? { ...s, done, total } : s)));
    run.current = r;
    r.result.then(
      (report) => run.current === r && setState({ status: 'done', name: file.name, report }),
      (e: unknown) => run.current === r && setState({ status: 'failed', name: file.name, message: e instanceof Error ? e.message : String(e) }),
    );
  };
  const cancel = () => {
    const r = run.current;
    run.current = null;
    r?.cancel();
    setState({ status: 'cancelled' });
  };
  useEffect(() => {
    if (state.status === 'running') cancelButton.current?.focus();
  }, [state.status]);

  return (
    <div class="audit">
      <p>{t('auditExplain')}</p>
      <label class="audit-file">
        {t('auditChooseFile')}{' '}
        <input
          type="file"
          accept={ACCEPT}
          disabled={state.status === 'running'}
          onChange={(e) => {
            const input = e.currentTarget;
            onFile(input.files?.[0]);
            input.value = ''; // the same file again starts a new check
          }}
        />
      </label>
      {state.status === 'running' ? (
        <div class="audit-progress">
          <p id="audit-progress-label">{t('auditChecking', state.name)}</p>
          <div
            role="progressbar"
            aria-labelledby="audit-progress-label"
            aria-valuemin={0}
            aria-valuemax={state.total}
            aria-valuenow={state.done}
            aria-valuetext={t.plural('auditProgress', state.total, new Intl.NumberFormat(INTL_LOCALES[localeOf(t)]).format(state.done))}
            class="audit-bar"
          >
            <div style={{ width: `${state.total ? (100 * state.done) / state.total : 0}%` }} />
          </div>
          <p aria-hidden="true">{t.plural('auditProgress', state.total, new Intl.NumberFormat(INTL_LOCALES[localeOf(t)]).format(state.done))}</p>
          <button type="button" ref={cancelButton} onClick={cancel}>
            {t('auditCancel')}
          </button>
        </div>
      ) : null}
      <div role="status">
        {state.status === 'cancelled' ? t('auditCancelled') : null}
        {state.status === 'done' ? auditSummary(state.report, exportTranslate(t)) : null}
      </div>
      <div role="alert">{state.status === 'failed' ? t('auditFailed', state.name, state.message) : null}</div>
      {state.status === 'done' ? <AuditReportView report={state.report} name={state.name} t={t} onDownload={onDownload} /> : null}
    </div>
  );
}

function AuditReportView({ report, name, t, onDownload }: { report: AuditReport; name: string; t: Translate; onDownload: AuditPanelProps['onDownload'] }) {
  const [category, setCategory] = useState<Category | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const locale = localeOf(t);
  const numbers = new Intl.NumberFormat(INTL_LOCALES[locale]);
  const cats = (Object.entries(report.byCategory) as [Category, number][]).sort((a, b) => b[1] - a[1]);
  const months = Object.entries(report.byMonth).sort((a, b) => b[0].localeCompare(a[0]));
  const shown = category ? report.flagged.filter((f) => f.findings.some((x) => x.category === category)) : report.flagged;
  const tx = exportTranslate(t);
  const base = `ask-first-past-posts-${name.replace(/\.[^.]*$/, '').replace(/[^\w-]+/g, '_')}`;

  return (
    <div class="audit-report">
      <p>{t('auditPrivacy')}</p>
      <p class="audit-actions">
        <button type="button" onClick={() => onDownload(`${base}.csv`, reportCsv(report, tx).replace(/^\uFEFF/, ''), 'text/csv')}>
          {t('auditExportCsv')}
        </button>{' '}
        <button type="button" onClick={() => onDownload(`${base}.html`, reportHtml(report, tx, locale), 'text/html')}>
          {t('auditExportHtml')}
        </button>
      </p>
      {report.flagged.length === 0 ? <p>{t('auditNoneFlagged')}</p> : null}
      {cats.length ? (
        <table class="audit-counts">
          <caption>{t('auditByCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auditColCategory')}</th>
              <th scope="col">{t('auditColCount')}</th>
            </tr>
          </thead>
          <tbody>
            {cats.map(([c, n]) => (
              <tr key={c}>
                <th scope="row">{t(categoryKey(c))}</th>
                <td>{numbers.format(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {months.length ? (
        <table class="audit-counts">
          <caption>{t('auditByMonth')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('auditColMonth')}</th>
              <th scope="col">{t('auditColCount')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map(([m, n]) => (
              <tr key={m}>
                <th scope="row">{m === 'undated' ? t('auditUndated') : monthName(m, locale)}</th>
                <td>{numbers.format(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {report.flagged.length ? (
        <>
          <h3>{t('auditFlagged')}</h3>
          <label>
            {t('auditFilterLabel')}{' '}
            <select
              value={category}
              onChange={(e) => {
                setCategory(e.currentTarget.value as Category | '');
                setLimit(PAGE);
              }}
            >
              <option value="">{t('auditFilterAll')}</option>
              {cats.map(([c, n]) => (
                <option key={c} value={c}>
                  {`${t(categoryKey(c))} (${numbers.format(n)})`}
                </option>
              ))}
            </select>
          </label>
          <p role="status">{t.plural('auditShowing', shown.length, numbers.format(Math.min(limit, shown.length)))}</p>
          <ol class="audit-posts">
            {shown.slice(0, limit).map((f, i) => (
              <FlaggedItem key={`${f.post.source}:${f.post.line ?? ''}:${f.post.id ?? i}`} flagged={f} t={t} />
            ))}
          </ol>
          {shown.length > limit ? (
            <button type="button" onClick={() => setLimit(limit + PAGE)}>
              {t('auditShowMore')}
            </button>
          ) : null}
        </>
      ) : null}
      {report.problems.length ? (
        <>
          <h3>{t('auditProblems')}</h3>
          <ul class="audit-problems">
            {report.problems.map((p, i) => (
              <li key={i}>
                {p.source}
                {p.line ? `, ${t('auditLine', p.line)}` : ''}: {p.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function FlaggedItem({ flagged: { post, findings }, t }: { flagged: FlaggedPost; t: Translate }) {
  const locale = localeOf(t);
  return (
    <li class="audit-post">
      <p class="audit-post-meta">
        {post.date ? <time dateTime={post.date}>{new Date(post.date).toLocaleDateString(INTL_LOCALES[locale], { dateStyle: 'medium', timeZone: 'UTC' })}</time> : t('auditUndated')}
        {post.url ? (
          <>
            {' · '}
            <a href={post.url} target="_blank" rel="noreferrer">
              {t('auditOpen')}
            </a>
          </>
        ) : null}
      </p>
      <blockquote class="audit-post-text">
        {highlightSegments(post.text, findings).map((s, i) => (s.severity ? <mark key={i}>{s.text}</mark> : s.text))}
      </blockquote>
      <ul>
        {findings.map((f, i) => (
          <li key={i}>
            <strong>{t(categoryKey(f.category))}</strong> ({t(severityKey(f.severity))}): “{f.excerpt}” — {f.message} <cite>{citationText(f.citation, t)}</cite>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** "November 2026" from "2026-11", in the UI language. */
function monthName(month: string, locale: 'en' | 'es'): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(INTL_LOCALES[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
