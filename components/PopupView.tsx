import type { TabStatus, WhatsNew } from '../rules/messages';
import type { Locale, SavedDraft } from '../rules/schema';
import { INTL_LOCALES, type Translate } from './i18n';

export interface PopupViewProps {
  /** null: no Ask First content script answered in this tab (not a supported site). */
  status: TabStatus | null;
  pausedUntil: number;
  mayPause: boolean;
  lastDraft: SavedDraft | null;
  locale: Locale;
  t: Translate;
  onOpenOptions(): void;
  onPause(): void;
  onCopyDraft(d: SavedDraft): void;
  copied: boolean;
  /** After an update, for a week: one line about what changed. */
  whatsNew?: WhatsNew | null;
}

/** The toolbar popup: is Ask First active here, what it sees, and quick actions. */
export function PopupView({ status, pausedUntil, mayPause, lastDraft, locale, t, onOpenOptions, onPause, onCopyDraft, copied, whatsNew }: PopupViewProps) {
  const time = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'medium', timeStyle: 'short' });
  // The hour picks the article in Spanish: "hasta la 1:05 p.m." but "hasta las 2:05 p.m.".
  const pausedHour = Number(time.formatToParts(pausedUntil).find((p) => p.type === 'hour')?.value ?? 0);
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {whatsNew ? <p class="whats-new">{t('whatsNewLine', whatsNew.version)}</p> : null}
      <p class="state" data-active={status?.site ? 'yes' : 'no'}>
        {pausedUntil > 0 ? t.plural('popupPaused', pausedHour, time.format(pausedUntil)) : status?.site ? t('popupActiveHere', status.site) : t('popupInactiveHere')}
      </p>
      {status?.site ? (
        <ul class="counts">
          <li>{t('popupComposers', status.composers)}</li>
          <li>{t('popupFindings', status.findings)}</li>
          {status.fallback ? <li class="fallback">{t('popupFallback', status.site)}</li> : null}
        </ul>
      ) : null}
      {lastDraft ? (
        <section aria-labelledby="last-draft">
          <h2 id="last-draft">{t('popupLastDraft')}</h2>
          <p class="muted">{t('draftMeta', date.format(lastDraft.time), lastDraft.site)}</p>
          <blockquote class="draft-text">{lastDraft.text}</blockquote>
          <button type="button" onClick={() => onCopyDraft(lastDraft)}>
            {t('draftCopy')}
          </button>{' '}
          <span role="status">{copied ? t('draftCopied') : ''}</span>
        </section>
      ) : null}
      <div class="actions">
        {mayPause && pausedUntil === 0 ? (
          <button type="button" onClick={onPause}>
            {t('popupPause')}
          </button>
        ) : null}
        <button type="button" class="primary" onClick={onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
      </div>
      <p class="muted">{t('privacyPromise')}</p>
    </main>
  );
}
