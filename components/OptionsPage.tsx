import type { EvaluateResponse, HistoryFilter, HistoryPage, SettingsView, UserSettingsPatch } from '../rules/messages';
import type { Locale, PolicyPack, SavedDraft } from '../rules/schema';
import { accessFor } from './access';
import { AuditPanel, type AuditPanelProps, type StartAudit } from './AuditPanel';
import { CoverageList, type CoverageListProps } from './CoverageList';
import { ExtraSitesNotice } from './ExtraSitesNotice';
import { HistoryTable } from './HistoryTable';
import type { MessageKey, Translate } from './i18n';
import { LanguagePicker } from './LanguagePicker';
import { MyWords } from './MyWords';
import { OfficialPosts } from './OfficialPosts';
import { OrgSettings } from './OrgSettings';
import { Overview } from './Overview';
import { PrivacyPanel } from './PrivacyPanel';
import { RuleList } from './RuleList';
import { SavedDrafts } from './SavedDrafts';
import { Section, SectionNav, type SectionLink } from './Section';
import { TryDraft } from './TryDraft';
import { WelcomeSetup } from './WelcomeSetup';

export interface OptionsPageProps {
  view: SettingsView;
  packs: PolicyPack[];
  locale: Locale;
  t: Translate;
  history: HistoryPage | null;
  filter: HistoryFilter;
  drafts: SavedDraft[];
  now: number;
  /** The background refused the last change (the reason goes to the console). */
  error: boolean;
  copiedDraftId?: number;
  onSave(patch: UserSettingsPatch): void;
  onCheck(text: string, locale: Locale): Promise<EvaluateResponse>;
  onFilter(next: HistoryFilter): void;
  onExportHistory(): void;
  onDeleteHistory(): void;
  onCopyDraft(d: SavedDraft): void;
  onDeleteDraft(d: SavedDraft): void;
  onDownload(filename: string, content: string): void;
  /** Sites IT listed (extraSites) that the browser has not been allowed to check yet. */
  extraSitesPending?: string[];
  onAllowExtraSites?(): void;
  /** Official posts kept on this computer (shown when IT keeps them, or some are kept). */
  officialPosts?: number;
  onExportOfficialPosts?(): void;
  /** "Check past posts" (Public Affairs Office): shown when the page can run an audit. */
  startAudit?: StartAudit;
  onSaveAuditReport?: AuditPanelProps['onDownload'];
  /** "Where Ask First checks": the supported sites' surfaces (sites/coverage.ts). */
  coverage?: Pick<CoverageListProps, 'coverage' | 'routes'>;
}

const SECTIONS: SectionLink[] = [
  { id: 'overview', title: 'sectionOverview' },
  { id: 'rules', title: 'sectionRules' },
  { id: 'sites', title: 'sectionSites' },
  { id: 'try', title: 'sectionTry' },
  { id: 'words', title: 'sectionWords' },
  { id: 'history', title: 'sectionHistory' },
  { id: 'audit', title: 'sectionAudit' },
  { id: 'organization', title: 'sectionOrganization' },
  { id: 'privacy', title: 'sectionPrivacy' },
  { id: 'language', title: 'sectionLanguage' },
];

/** The whole options page: pure, every piece of data and every action comes through props. */
export function OptionsPage(p: OptionsPageProps) {
  const { view, t } = p;
  const s = view.settings;
  const title = (id: string) => t(SECTIONS.find((x) => x.id === id)!.title);
  const sections = SECTIONS.filter((x) => (x.id !== 'audit' || p.startAudit) && (x.id !== 'sites' || p.coverage));
  return (
    <>
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('privacyPromise')}</p>
        <SectionNav sections={sections} label={t('sectionsNav')} t={t} />
      </header>
      <main>
        {view.locked ? (
          <p class="notice" role="note">
            {t('lockedByOrganization')}
          </p>
        ) : null}
        <ExtraSitesNotice pending={p.extraSitesPending ?? []} t={t} onAllow={() => p.onAllowExtraSites?.()} />
        <div role="alert" class="save-error">
          {p.error ? t('saveFailed') : null}
        </div>
        <Section id="overview" title={title('overview')}>
          <Overview organization={s.organization} packs={p.packs} locale={p.locale} managed={view.managedKeys.includes('organization')} t={t} />
          {/* The welcome page's setup, for a personal install: only when the organization set none of it. */}
          {!view.locked && !view.managedKeys.some((k) => k === 'packs' || k === 'organization' || k === 'workEmailDomains') ? (
            <details class="setup-details">
              <summary>{t('setupChange')}</summary>
              <WelcomeSetup settings={s} t={t} status={p.error ? 'failed' : 'idle'} onSave={p.onSave} withLanguage={false} />
            </details>
          ) : null}
        </Section>
        <Section id="rules" title={title('rules')}>
          <RuleList
            packs={p.packs}
            categories={s.categories}
            access={accessFor(view, 'categories')}
            locale={p.locale}
            t={t}
            onChange={(categories) => p.onSave({ categories })}
          />
        </Section>
        {p.coverage ? (
          <Section id="sites" title={title('sites')}>
            <CoverageList coverage={p.coverage.coverage} routes={p.coverage.routes} t={t} />
          </Section>
        ) : null}
        <Section id="try" title={title('try')}>
          <TryDraft t={t} locale={p.locale} onCheck={p.onCheck} />
        </Section>
        <Section id="words" title={title('words')}>
          <MyWords
            allowTerms={s.allowTerms}
            userRules={s.customRules.filter((r) => r.id.startsWith('user.'))}
            allowAccess={accessFor(view, 'allowTerms')}
            rulesAccess={accessFor(view, 'customRules')}
            t={t}
            onAllowTerms={(allowTerms) => p.onSave({ allowTerms })}
            onUserRules={(rules) => p.onSave({ customRules: rules })}
            onDownload={p.onDownload}
          />
        </Section>
        <Section id="history" title={title('history')}>
          <HistoryTable
            page={p.history}
            filter={p.filter}
            locale={p.locale}
            now={p.now}
            t={t}
            onFilter={p.onFilter}
            onExport={p.onExportHistory}
            onDeleteAll={p.onDeleteHistory}
          />
          <h3>{t('draftsHeading')}</h3>
          <SavedDrafts drafts={p.drafts} locale={p.locale} t={t} onCopy={p.onCopyDraft} onDelete={p.onDeleteDraft} copiedId={p.copiedDraftId} />
          {p.onExportOfficialPosts && (s.keepOfficialPosts || (p.officialPosts ?? 0) > 0) ? (
            <>
              <h3>{t('officialPostsHeading')}</h3>
              <OfficialPosts count={p.officialPosts ?? 0} t={t} onExport={p.onExportOfficialPosts} />
            </>
          ) : null}
        </Section>
        {p.startAudit ? (
          <Section id="audit" title={title('audit')}>
            <AuditPanel t={t} start={p.startAudit} onDownload={(name, content, type) => p.onSaveAuditReport?.(name, content, type)} />
          </Section>
        ) : null}
        <Section id="organization" title={title('organization')}>
          <OrgSettings view={view} t={t} />
        </Section>
        <Section id="privacy" title={title('privacy')}>
          <PrivacyPanel
            historyDays={s.historyDays}
            keepDraftText={s.keepDraftText}
            access={accessFor(view, 'historyDays')}
            t={t}
            onHistoryDays={(historyDays) => p.onSave({ historyDays })}
          />
        </Section>
        <Section id="language" title={title('language')}>
          <LanguagePicker value={s.language} access={accessFor(view, 'language')} t={t} onChange={(language) => p.onSave({ language })} />
        </Section>
      </main>
    </>
  );
}
