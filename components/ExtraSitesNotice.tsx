import type { Translate } from './i18n';

export interface ExtraSitesNoticeProps {
  /** Match patterns IT listed that this browser has not been allowed to check yet. */
  pending: string[];
  t: Translate;
  /** Must run the browser's permission request directly in the click (a user gesture). */
  onAllow(): void;
}

/**
 * "Your organization asked Ask First to check these sites": the browser only lets an
 * extension into a site the person allows, so IT's extra sites wait for this click.
 */
export function ExtraSitesNotice({ pending, t, onAllow }: ExtraSitesNoticeProps) {
  if (!pending.length) return null;
  return (
    <section class="notice extra-sites" aria-labelledby="extra-sites-title">
      <h2 id="extra-sites-title">{t('extraSitesTitle')}</h2>
      <ul>
        {pending.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      <p>{t('extraSitesWhy')}</p>
      <button type="button" onClick={onAllow}>
        {t('extraSitesAllow')}
      </button>
    </section>
  );
}
