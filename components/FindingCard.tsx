import type { Finding } from '../rules/schema';
import { ASK_FIRST_CITATION } from '../rules/schema';
import { categoryKey, packKey, severityKey, type Translate } from './i18n';

export interface FindingCardProps {
  findings: Finding[];
  t: Translate;
  /** Return the user to the draft. */
  onEdit: () => void;
  onClose: () => void;
}

function CitationLine({ citation, t }: { citation: Finding['citation']; t: Translate }) {
  return <cite class="citation">{t('citation', t(packKey(citation.pack)), citation.section, citation.title)}</cite>;
}

/**
 * The inline card shown beside a composer: each finding with its category, the
 * policy's reason and section, and the policy's own advice to ask before posting.
 * Pure: props in, events out.
 */
export function FindingCard({ findings, t, onEdit, onClose }: FindingCardProps) {
  const interrupting = findings.filter((f) => f.severity !== 'info').length;
  return (
    <section class="card" role="region" aria-label={t('cardLabel')}>
      <header>
        <h2>{t('cardTitle')}</h2>
        <button type="button" class="close" aria-label={t('actionClose')} title={t('actionClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="body">
      <p class="summary" role="status" aria-live="polite">
        {interrupting > 0 ? t('cardSummary', interrupting) : t('cardSummaryInfo')}
      </p>
      <ul class="findings">
        {findings.map((f) => (
          <li key={`${f.ruleId}:${f.start}`} class={`finding ${f.severity}`} data-category={f.category}>
            <div class="finding-head">
              <span class="category">{t(categoryKey(f.category))}</span>
              <span class={`severity ${f.severity}`}>{t(severityKey(f.severity))}</span>
            </div>
            <q class="excerpt">{f.excerpt}</q>
            <p class="message">{f.message}</p>
            <CitationLine citation={f.citation} t={t} />
          </li>
        ))}
      </ul>
      <p class="guidance">
        {t('askFirstGuidance')} <CitationLine citation={ASK_FIRST_CITATION} t={t} />
      </p>
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={onEdit}>
          {t('actionEdit')}
        </button>
      </div>
    </section>
  );
}
