import { useEffect, useState } from 'preact/hooks';
import type { Access } from './access';
import type { Translate } from './i18n';
import { LockNote } from './ManagedBadge';

export interface PrivacyPanelProps {
  historyDays: number;
  keepDraftText: boolean;
  access: Access;
  t: Translate;
  onHistoryDays(days: number): void;
}

/** What is stored where and for how long; nothing leaves the machine. */
export function PrivacyPanel({ historyDays, keepDraftText, access, t, onHistoryDays }: PrivacyPanelProps) {
  const [days, setDays] = useState(String(historyDays));
  useEffect(() => setDays(String(historyDays)), [historyDays]);
  const valid = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= 3650;
  return (
    <div class="privacy">
      <p>
        <strong>{t('privacyPromise')}</strong>
      </p>
      <ul>
        <li>{t('privacySettings')}</li>
        <li>{t.plural('privacyHistory', historyDays)}</li>
        <li>{keepDraftText ? t('privacyTextKept') : t('privacyTextHashed')}</li>
        <li>{t('privacyDrafts')}</li>
        <li>{t('privacyNoNetwork')}</li>
      </ul>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onHistoryDays(Number(days));
        }}
      >
        <label for="history-days">{t('privacyDaysLabel')}</label>
        <input
          id="history-days"
          type="number"
          min={1}
          max={3650}
          value={days}
          disabled={!access.editable}
          aria-invalid={!valid}
          aria-describedby={access.editable ? undefined : 'privacy-lock'}
          onInput={(e) => setDays(e.currentTarget.value)}
        />
        <button type="submit" disabled={!access.editable || !valid}>
          {t('actionSave')}
        </button>
      </form>
      <LockNote access={access} t={t} id="privacy-lock" />
    </div>
  );
}
