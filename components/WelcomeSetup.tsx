import { useEffect, useRef, useState } from 'preact/hooks';
import type { UserSettingsPatch } from '../rules/messages';
import { PACK_IDS, type Locale, type PackId, type Settings } from '../rules/schema';
import { parseCityPolicyFile } from '../rules/policy/import';
import type { CityPolicy } from '../rules/policy/city';
import { localeOf, packKey, type Translate } from './i18n';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface WelcomeSetupProps {
  /** The effective settings: the form starts from them. */
  settings: Settings;
  t: Translate;
  status: SaveStatus;
  onSave(patch: UserSettingsPatch): void;
  /** false where the page has its own language picker (the options page). */
  withLanguage?: boolean;
}

/** A built-in pack, both, or the city policy the person imported ("My city is not listed"). */
type PackChoice = PackId | 'both' | 'city';
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
// Deliberately loose: one "@", something on each side, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function choiceOf(settings: Settings): PackChoice {
  if (settings.cityPolicy) return 'city';
  return settings.packs.length === 1 ? settings.packs[0]! : 'both';
}

/**
 * The setup for a personal install (no managed policy): which city's policy, whom to ask,
 * the work e-mail domain, the language. Saved as the person's own settings; everything
 * stays editable on the options page.
 */
export function WelcomeSetup({ settings, t, status, onSave, withLanguage = true }: WelcomeSetupProps) {
  const first = settings.organization.contacts[0];
  const [pack, setPack] = useState<PackChoice>(choiceOf(settings));
  const [city, setCity] = useState<CityPolicy | undefined>(settings.cityPolicy);
  const [importError, setImportError] = useState('');
  const locale = localeOf(t);

  // An invalid file changes nothing and says why (the field it names); a valid one is saved at once.
  const importFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const parsed = parseCityPolicyFile(await file.text());
    if ('error' in parsed) return void setImportError(parsed.error);
    setImportError('');
    setCity(parsed.policy);
    setPack('city');
    onSave({ cityPolicy: parsed.policy, packs: [] });
  };

  // "Remove imported policy": asked once more, then back to the built-in policies (every one, as before the import).
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const focusNext = useRef<'confirm' | 'remove' | 'file' | null>(null);
  useEffect(() => {
    const target = { confirm: confirmRef, remove: removeRef, file: fileRef }[focusNext.current ?? 'confirm'];
    if (focusNext.current) target.current?.focus();
    focusNext.current = null;
  });
  const askRemove = () => {
    focusNext.current = 'confirm';
    setConfirming(true);
  };
  const cancelRemove = () => {
    focusNext.current = 'remove';
    setConfirming(false);
  };
  const remove = () => {
    focusNext.current = 'file';
    setConfirming(false);
    setCity(undefined);
    setPack('both');
    setRemoved(true);
    if (fileRef.current) fileRef.current.value = '';
    onSave({ cityPolicy: null, packs: [...PACK_IDS] });
  };
  const [orgName, setOrgName] = useState(settings.organization.name);
  const [role, setRole] = useState(first ? t.text(first.role) : t('setupContactRoleDefault'));
  const [name, setName] = useState(first?.name ?? '');
  const [email, setEmail] = useState(first?.email ?? '');
  const [phone, setPhone] = useState(first?.phone ?? '');
  const [domain, setDomain] = useState(settings.workEmailDomains[0] ?? '');
  const [language, setLanguage] = useState<Locale | 'auto'>(settings.language);
  const [tried, setTried] = useState(false);

  const domainOk = domain.trim() === '' || DOMAIN.test(domain.trim());
  const emailOk = email.trim() === '' || EMAIL.test(email.trim());

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (!domainOk || !emailOk) return;
    const contact = {
      role: role.trim() || t('setupContactRoleDefault'),
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
    };
    // Other contacts (added on the options page or an import) are kept after the first.
    const others = settings.organization.contacts.slice(1);
    onSave({
      packs: pack === 'city' ? [] : pack === 'both' ? [...PACK_IDS] : [pack],
      organization: { name: orgName.trim(), contacts: [contact, ...others] },
      workEmailDomains: domain.trim() ? [domain.trim().toLowerCase()] : [],
      ...(withLanguage ? { language } : {}),
    });
  };

  return (
    <form class="setup" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('setupPacksLegend')}</legend>
        {(city ? ['city'] as PackChoice[] : ([...PACK_IDS, 'both'] as PackChoice[])).map((id) => (
          <label key={id} class="choice">
            <input type="radio" name="pack" value={id} checked={pack === id} onChange={() => setPack(id)} />{' '}
            {id === 'city' ? city!.name[locale] : id === 'both' ? t('setupPackBoth') : t(packKey(id))}
          </label>
        ))}
      </fieldset>
      <fieldset class="city-import">
        <legend>{t('setupCityImportLegend')}</legend>
        <p id="setup-city-help" class="muted">
          {t('setupCityImportHelp')}
        </p>
        <div class="field">
          <label for="setup-city-file">{t('setupCityImportFile')}</label>
          <input
            id="setup-city-file"
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            aria-describedby="setup-city-help"
            onChange={(e) => {
              setRemoved(false);
              void importFile(e);
            }}
          />
        </div>
        {city ? (
          <p class="imported" role="status">
            {t('setupCityImported', city.name[locale])}
          </p>
        ) : removed ? (
          <p class="imported" role="status">
            {t('setupCityRemoved')}
          </p>
        ) : null}
        {city && !confirming ? (
          <button type="button" ref={removeRef} onClick={askRemove}>
            {t('setupCityRemove')}
          </button>
        ) : null}
        {city && confirming ? (
          <div
            class="confirm"
            role="group"
            aria-labelledby="setup-city-remove-question"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                cancelRemove();
              }
            }}
          >
            <p id="setup-city-remove-question">{t('setupCityRemoveConfirm', city.name[locale], new Intl.ListFormat(locale).format(PACK_IDS.map((id) => t(packKey(id)))))}</p>
            <button type="button" class="danger" ref={confirmRef} onClick={remove}>
              {t('setupCityRemoveYes')}
            </button>{' '}
            <button type="button" onClick={cancelRemove}>
              {t('actionCancel')}
            </button>
          </div>
        ) : null}
        {importError ? (
          <p class="error" role="alert">
            {t('setupCityImportError', importError)}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t('setupContactLegend')}</legend>
        <div class="field">
          <label for="setup-role">{t('setupContactRole')}</label>
          <input id="setup-role" value={role} required maxLength={200} onInput={(e) => setRole(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="setup-name">{t('setupContactName')}</label>
          <input id="setup-name" value={name} maxLength={200} autocomplete="off" onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="setup-email">{t('setupContactEmail')}</label>
          <input
            id="setup-email"
            type="email"
            value={email}
            maxLength={200}
            aria-invalid={tried && !emailOk}
            aria-describedby={tried && !emailOk ? 'setup-email-error' : undefined}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
          {tried && !emailOk ? (
            <p id="setup-email-error" class="error">
              {t('setupEmailInvalid')}
            </p>
          ) : null}
        </div>
        <div class="field">
          <label for="setup-phone">{t('setupContactPhone')}</label>
          <input id="setup-phone" type="tel" value={phone} maxLength={200} onInput={(e) => setPhone(e.currentTarget.value)} />
        </div>
      </fieldset>
      <div class="field">
        <label for="setup-org">{t('setupOrgName')}</label>
        <input id="setup-org" value={orgName} maxLength={200} onInput={(e) => setOrgName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="setup-domain">{t('setupDomain')}</label>
        <input
          id="setup-domain"
          value={domain}
          maxLength={253}
          spellcheck={false}
          aria-invalid={tried && !domainOk}
          aria-describedby={tried && !domainOk ? 'setup-domain-help setup-domain-error' : 'setup-domain-help'}
          onInput={(e) => setDomain(e.currentTarget.value)}
        />
        <p id="setup-domain-help" class="muted">
          {t('setupDomainHelp')}
        </p>
        {tried && !domainOk ? (
          <p id="setup-domain-error" class="error">
            {t('setupDomainInvalid')}
          </p>
        ) : null}
      </div>
      {withLanguage ? (
        <div class="field">
          <label for="setup-language">{t('languageLabel')}</label>
          <select id="setup-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value as Locale | 'auto')}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="en" lang="en">
              {t('languageNameEn')}
            </option>
            <option value="es" lang="es">
              {t('languageNameEs')}
            </option>
          </select>
        </div>
      ) : null}
      <div class="row">
        <button type="submit" class="primary" disabled={status === 'saving'}>
          {t('setupSave')}
        </button>
        <span role="status" aria-live="polite" class={status === 'failed' ? 'error' : ''}>
          {status === 'saved' ? t('setupSaved') : status === 'failed' ? t('setupFailed') : ''}
        </span>
      </div>
    </form>
  );
}
