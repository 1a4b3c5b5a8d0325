import type { SettingsView } from '../rules/messages';
import type { SettingKey, Settings } from '../rules/schema';
import { localeOf, packKey, type MessageKey, type Translate } from './i18n';
import { Message } from './Message';
import { ManagedBadge } from './ManagedBadge';

export interface OrgSettingsProps {
  view: SettingsView;
  t: Translate;
}

/** The setting's display name; a list item's problem ("customRules[1]", "organization.contacts[0]") is named by its setting. */
export const settingNameKey = (k: string) => `setting_${k.split(/[[.]/)[0]}` as MessageKey;

/** A short, readable rendering of one setting's value. */
export function describeValue(key: SettingKey, s: Settings, t: Translate): string {
  const v = s[key];
  switch (key) {
    case 'organization':
      return s.organization.name || t('valueNone');
    case 'packs':
      return [...(s.cityPolicy ? [s.cityPolicy.name[localeOf(t)]] : []), ...s.packs.map((p) => t(packKey(p)))].join(', ') || t('valueNone');
    case 'enforcement':
      return t(`enforcement_${s.enforcement}` as MessageKey);
    case 'language':
      return t(s.language === 'auto' ? 'languageAuto' : s.language === 'es' ? 'languageSpanish' : 'languageEnglish');
    case 'categories':
      return t.plural('valueItems', Object.keys(s.categories).length);
    case 'cityPolicy':
      return s.cityPolicy ? s.cityPolicy.name[localeOf(t)] : t('valueNone');
    case 'historyDays':
      return t.plural('valueDays', s.historyDays);
    case 'dutyHours':
      return s.dutyHours.days.length ? t('valueDutyHours', s.dutyHours.days.join(' '), s.dutyHours.start, s.dutyHours.end) : t('valueDutyHoursOff');
    default:
      if (typeof v === 'boolean') return t(v ? 'valueYes' : 'valueNo');
      if (Array.isArray(v)) return t.plural('valueItems', v.length);
      return String(v);
  }
}

/** What is used instead of a value IT set wrongly, in the reader's words. */
function FallbackNote({ fallback, t }: { fallback: string; t: Translate }) {
  if (fallback === 'item skipped') return <>{t('orgInvalidSkipped')}</>;
  if (fallback === 'ignored') return <>{t('orgInvalidIgnored')}</>;
  if (fallback === 'defaults') return <>{t('orgInvalidDefaults')}</>;
  // A default value, as JSON.
  return <Message text={t('orgInvalidFallback')} parts={[<code>{fallback}</code>]} />;
}

/**
 * What IT set through managed policy (read-only, badged), what it set wrongly (with
 * the default used instead), and whether the whole page is locked.
 */
export function OrgSettings({ view, t }: OrgSettingsProps) {
  return (
    <div class="org-settings">
      {view.locked ? <p class="notice">{t('lockedByOrganization')}</p> : null}
      <p>{t('setting_enforcement_explain', describeValue('enforcement', view.settings, t))}</p>
      {view.managedKeys.length ? (
        <table class="managed">
          <caption>{t('orgManagedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('orgSetting')}</th>
              <th scope="col">{t('orgValue')}</th>
              <th scope="col">{t('orgSource')}</th>
            </tr>
          </thead>
          <tbody>
            {view.managedKeys.map((k) => (
              <tr key={k} data-key={k}>
                <th scope="row">{t(settingNameKey(k))}</th>
                <td>{describeValue(k, view.settings, t)}</td>
                <td>
                  <ManagedBadge t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('orgNothingManaged')}</p>
      )}
      {view.invalid.length ? (
        <div class="invalid" role="alert">
          <h3>{t('orgInvalidHeading')}</h3>
          <ul>
            {view.invalid.map((p) => (
              <li key={p.key} data-key={p.key}>
                {/* The reason is the validator's, written for IT in English (as in chrome://policy). */}
                <strong>{t(settingNameKey(p.key))}</strong> <code>{p.key}</code>: <span lang="en">{p.reason}</span>. <FallbackNote fallback={p.fallback} t={t} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
