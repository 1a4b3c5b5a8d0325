import type { Translate } from './i18n';

export interface OfficialPostsProps {
  /** How many official posts are kept on this computer. */
  count: number;
  t: Translate;
  onExport(): void;
}

/** Posts kept from official City accounts (IT's keepOfficialPosts): how many, and a CSV export for records. */
export function OfficialPosts({ count, t, onExport }: OfficialPostsProps) {
  return (
    <div class="official-posts">
      <p>{t('officialPostsExplain')}</p>
      <p role="status">{t('officialPostsCount', count)}</p>
      <button type="button" onClick={onExport} disabled={count === 0}>
        {t('officialPostsExport')}
      </button>
    </div>
  );
}
