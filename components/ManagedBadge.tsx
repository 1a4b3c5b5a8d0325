import type { Access } from './access';
import type { Translate } from './i18n';

/** "Set by your organization": shown beside every managed value. */
export function ManagedBadge({ t }: { t: Translate }) {
  return <span class="managed-badge">{t('managedBadge')}</span>;
}

/** Says why a control cannot be changed; nothing when it can. */
export function LockNote({ access, t, id }: { access: Access; t: Translate; id?: string }) {
  if (access.editable) return null;
  return (
    <p class="lock-note" id={id}>
      {access.managed ? <ManagedBadge t={t} /> : null} {access.locked ? t('lockedByOrganization') : t('managedReadOnly')}
    </p>
  );
}
