import type { HistorySummary as Summary } from '../rules/messages';
import type { MessageKey, Translate } from './i18n';

const ROWS: { key: keyof Summary; label: MessageKey }[] = [
  { key: 'prompts', label: 'summaryPrompts' },
  { key: 'edited', label: 'action_edited' },
  { key: 'cancelled', label: 'action_cancelled' },
  { key: 'asked', label: 'action_asked' },
  { key: 'posted_anyway', label: 'action_posted_anyway' },
  { key: 'justified', label: 'action_justified' },
];

/**
 * Prompts shown and what happened after them, as in the pre-posting prompt study
 * (Katsaros et al., ICWSM 2022). Bars are decoration: the numbers are in the text.
 */
export function HistorySummary({ summary, t }: { summary: Summary; t: Translate }) {
  const max = Math.max(1, summary.prompts);
  return (
    <figure class="summary-chart">
      <figcaption>{t('summaryCaption')}</figcaption>
      <dl>
        {ROWS.map(({ key, label }) => (
          <div class="bar-row" key={key} data-key={key}>
            <dt>{t(label)}</dt>
            <dd>
              <span class="bar" aria-hidden="true" style={{ width: `${(summary[key] / max) * 100}%` }} />
              <span class="count">{summary[key]}</span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
