import type { Locale } from '../rules/schema';
import type { Access } from './access';
import type { Translate } from './i18n';
import { LockNote } from './ManagedBadge';

export interface LanguagePickerProps {
  value: Locale | 'auto';
  access: Access;
  t: Translate;
  onChange(next: Locale | 'auto'): void;
}

/** Automatic (the browser's language), English or Spanish. */
export function LanguagePicker({ value, access, t, onChange }: LanguagePickerProps) {
  return (
    <div class="language">
      <label for="language-select">{t('languageLabel')}</label>{' '}
      <select
        id="language-select"
        value={value}
        disabled={!access.editable}
        aria-describedby={access.editable ? undefined : 'language-lock'}
        onChange={(e) => onChange(e.currentTarget.value as Locale | 'auto')}
      >
        <option value="auto">{t('languageAuto')}</option>
        {/* Each language named in itself, so a person can find theirs whatever the page's language. */}
        <option value="en" lang="en">
          {t('languageNameEn')}
        </option>
        <option value="es" lang="es">
          {t('languageNameEs')}
        </option>
      </select>
      <LockNote access={access} t={t} id="language-lock" />
    </div>
  );
}
