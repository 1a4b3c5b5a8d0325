import type { EvaluateResponse, UserSettingsPatch, WelcomeState } from '../rules/messages';
import { DEFAULT_SETTINGS, type Locale, type PolicyPack } from '../rules/schema';
import { activePacks, askFirstForPacks } from '../rules/policy/cited';
import { citationText, type MessageKey, type Translate } from './i18n';
import { AskFirstGuidance } from './Message';
import { OrgSettings } from './OrgSettings';
import { ContactItem } from './Overview';
import { Section, SectionNav, type SectionLink } from './Section';
import { TryDraft } from './TryDraft';
import { WelcomeChecks } from './WelcomeChecks';
import { WelcomeSetup, type SaveStatus } from './WelcomeSetup';

export interface WelcomePageProps {
  /** null until the background knows whether the organization manages Ask First. */
  state: WelcomeState | null;
  /** Every built-in pack (shown before the settings are known); the effective ones after. */
  packs: PolicyPack[];
  locale: Locale;
  t: Translate;
  saveStatus: SaveStatus;
  onSave(patch: UserSettingsPatch): void;
  onCheck(text: string, locale: Locale): Promise<EvaluateResponse>;
  onOpenOptions(): void;
}

const SECTIONS: SectionLink[] = [
  { id: 'settings', title: 'welcomeSettingsHeading' },
  { id: 'checks', title: 'welcomeChecksHeading' },
  { id: 'ask', title: 'overviewContactsHeading' },
  { id: 'try', title: 'welcomeTryHeading' },
  { id: 'privacy', title: 'welcomePrivacyHeading' },
];

/**
 * The page opened once on install: what Ask First does and never does, whom to ask, a
 * practice draft, and either the person's setup or, when the organization manages Ask
 * First, its settings read-only. Until that is known the settings section says so
 * neutrally, so a setup form never flashes on a managed computer.
 */
export function WelcomePage({ state, packs, locale, t, saveStatus, onSave, onCheck, onOpenOptions }: WelcomePageProps) {
  const title = (id: string) => t(SECTIONS.find((x) => x.id === id)!.title);
  const settings = state?.view.settings;
  // The settings' packs (a city's own policy first) once known; until then every built-in one.
  const shownPacks = settings ? activePacks(settings) : packs;
  const askFirst = askFirstForPacks(shownPacks);
  return (
    <>
      <header class="page-header">
        <h1>{t('welcomeTitle')}</h1>
        <p>{t('welcomeIntro')}</p>
        <p>
          <strong>{t('privacyPromise')}</strong>
        </p>
        <SectionNav sections={SECTIONS} label={t('welcomeNav')} t={t} />
      </header>
      <main>
        <Section id="settings" title={title('settings')}>
          <div aria-live="polite" aria-busy={state === null} class="settings-state" data-state={state?.managed ?? 'checking'}>
            {state === null ? (
              <p class="checking">{t('welcomeChecking')}</p>
            ) : state.managed === 'present' ? (
              <div class="org">
                <h3>{t('welcomeOrgHeading')}</h3>
                <p>{t('welcomeOrgIntro')}</p>
                {state.view.settings.organization.name ? <p class="org-name">{t('overviewOrganization', state.view.settings.organization.name)}</p> : null}
                <OrgSettings view={state.view} t={t} />
              </div>
            ) : (
              <>
                <h3>{t('welcomeSetupHeading')}</h3>
                <p>{t('welcomeSetupIntro')}</p>
                <WelcomeSetup settings={state.view.settings} t={t} status={saveStatus} onSave={onSave} />
              </>
            )}
          </div>
          <p>
            <button type="button" class="link" onClick={onOpenOptions}>
              {t('welcomeOpenOptions')}
            </button>
          </p>
        </Section>
        <Section id="checks" title={title('checks')}>
          <p>{t('welcomeChecksIntro')}</p>
          <WelcomeChecks packs={shownPacks} t={t} />
        </Section>
        <Section id="ask" title={title('ask')}>
          <blockquote class="policy-words">
            <p>
              <AskFirstGuidance t={t} askFirst={askFirst} />
            </p>
            {askFirst ? <cite class="citation">{citationText(askFirst, t)}</cite> : null}
          </blockquote>
          {settings?.organization.contacts.length ? (
            <ul class="contacts">
              {settings.organization.contacts.map((c, i) => (
                <ContactItem key={i} contact={c} t={t} />
              ))}
            </ul>
          ) : (
            <p>{t('overviewNoContacts')}</p>
          )}
        </Section>
        <Section id="try" title={title('try')}>
          <p>{t('welcomeTryIntro')}</p>
          {/* Keyed by language: the sample draft is in the page's language. */}
          <TryDraft key={locale} t={t} locale={locale} onCheck={onCheck} initialText={t('welcomeSampleDraft')} />
        </Section>
        <Section id="privacy" title={title('privacy')}>
          <ul>
            <li>{t('privacyNoNetwork')}</li>
            <li>{t('privacySettings')}</li>
            <li>{t.plural('privacyHistory', settings?.historyDays ?? DEFAULT_SETTINGS.historyDays)}</li>
            <li>{settings?.keepDraftText ? t('privacyTextKept') : t('privacyTextHashed')}</li>
            <li>{t('welcomePrivacyDrafts')}</li>
          </ul>
        </Section>
      </main>
    </>
  );
}
