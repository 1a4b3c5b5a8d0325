import type { Locale, SavedDraft } from '../rules/schema';
import { categoryKey, INTL_LOCALES, type Translate } from './i18n';

export interface SavedDraftsProps {
  drafts: SavedDraft[];
  locale: Locale;
  t: Translate;
  onCopy(draft: SavedDraft): void;
  onDelete(draft: SavedDraft): void;
  /** Id of the draft just copied, to confirm it. */
  copiedId?: number;
}

/** Drafts kept when the person chose "Ask before posting": copy back, or delete. */
export function SavedDrafts({ drafts, locale, t, onCopy, onDelete, copiedId }: SavedDraftsProps) {
  const date = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'medium', timeStyle: 'short' });
  if (!drafts.length) return <p class="muted">{t('draftsEmpty')}</p>;
  return (
    <ul class="drafts">
      {drafts.map((d) => {
        const categories = [...new Set(d.findings.map((f) => f.category))];
        return (
          <li key={d.id} class="draft">
            <p class="muted" id={`draft-meta-${d.id}`}>
              {t('draftMeta', date.format(d.time), d.site)}
              {categories.length ? ` · ${categories.map((c) => t(categoryKey(c))).join(', ')}` : ''}
            </p>
            <blockquote class="draft-text">{d.text}</blockquote>
            <div class="row">
              <button type="button" onClick={() => onCopy(d)} aria-describedby={`draft-meta-${d.id}`}>
                {t('draftCopy')}
              </button>
              <button type="button" class="danger" onClick={() => onDelete(d)} aria-describedby={`draft-meta-${d.id}`}>
                {t('actionDelete')}
              </button>
              <span role="status">{copiedId === d.id ? t('draftCopied') : ''}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
