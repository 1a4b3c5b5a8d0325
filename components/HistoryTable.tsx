import { useState } from 'preact/hooks';
import type { HistoryFilter, HistoryPage } from '../rules/messages';
import { CATEGORIES, DECISION_ACTIONS, type Category, type DecisionAction, type Locale } from '../rules/schema';
import { HistorySummary } from './HistorySummary';
import { categoryKey, INTL_LOCALES, type MessageKey, type Translate } from './i18n';

export interface HistoryTableProps {
  page: HistoryPage | null;
  filter: HistoryFilter;
  locale: Locale;
  /** The page's clock, passed in so the "last N days" filter is testable. */
  now: number;
  t: Translate;
  onFilter(next: HistoryFilter): void;
  onExport(): void;
  onDeleteAll(): void;
}

export const actionKey = (a: DecisionAction) => `action_${a}` as MessageKey;
const DAY = 24 * 60 * 60 * 1000;
const PERIODS = [7, 30, 90];

/** The local decisions log with filters, a summary chart, CSV export and "delete all". */
export function HistoryTable({ page, filter, locale, now, t, onFilter, onExport, onDeleteAll }: HistoryTableProps) {
  const [confirming, setConfirming] = useState(false);
  const date = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'medium', timeStyle: 'short' });
  const days = filter.since === undefined ? '' : String(Math.round((now - filter.since) / DAY));
  const set = (patch: Partial<HistoryFilter>) => {
    const next: HistoryFilter = { ...filter, ...patch };
    for (const k of Object.keys(next) as (keyof HistoryFilter)[]) if (next[k] === undefined) delete next[k];
    onFilter(next);
  };

  return (
    <div class="history">
      {page ? <HistorySummary summary={page.summary} t={t} /> : null}
      <fieldset class="filters">
        <legend>{t('historyFilters')}</legend>
        <label>
          <span>{t('historySite')}</span>
          <select value={filter.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || undefined })}>
            <option value="">{t('historyAll')}</option>
            {(page?.sites ?? []).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('historyCategory')}</span>
          <select value={filter.category ?? ''} onChange={(e) => set({ category: (e.currentTarget.value || undefined) as Category | undefined })}>
            <option value="">{t('historyAll')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(categoryKey(c))}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('historyAction')}</span>
          <select value={filter.action ?? ''} onChange={(e) => set({ action: (e.currentTarget.value || undefined) as DecisionAction | undefined })}>
            <option value="">{t('historyAll')}</option>
            {DECISION_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(actionKey(a))}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('historyPeriod')}</span>
          <select value={days} onChange={(e) => set({ since: e.currentTarget.value ? now - Number(e.currentTarget.value) * DAY : undefined })}>
            <option value="">{t('historyAllTime')}</option>
            {PERIODS.map((d) => (
              <option key={d} value={String(d)}>
                {t.plural('historyLastDays', d)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      {page && page.decisions.length ? (
        <table class="decisions">
          <caption>{t('historyCaption', page.decisions.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('historyDate')}</th>
              <th scope="col">{t('historySite')}</th>
              <th scope="col">{t('historyCategories')}</th>
              <th scope="col">{t('historyAction')}</th>
              <th scope="col">{t('historyReason')}</th>
            </tr>
          </thead>
          <tbody>
            {page.decisions.map((d) => (
              <tr key={d.id}>
                <td>{date.format(d.time)}</td>
                <td>{d.site || '—'}</td>
                <td>{d.categories.map((c) => t(categoryKey(c))).join(', ') || '—'}</td>
                <td>{t(actionKey(d.action))}</td>
                <td>{d.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{page ? t('historyEmpty') : t('loading')}</p>
      )}

      <div class="row">
        <button type="button" onClick={onExport} disabled={!page?.decisions.length}>
          {t('historyExport')}
        </button>
        {confirming ? (
          <span class="confirm" role="group" aria-label={t('historyDeleteConfirm')}>
            <span>{t('historyDeleteConfirm')}</span>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              {t('historyDeleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('actionCancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('historyDeleteAll')}
          </button>
        )}
      </div>
    </div>
  );
}
