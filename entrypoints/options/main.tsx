import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { COVERAGE, ROUTES } from '../compose.content/sites/coverage';
import { activePacks } from '../../rules/policy/cited';
import { sendMessage, type HistoryFilter, type HistoryPage, type SettingsView, type UserSettingsPatch } from '../../rules/messages';
import type { SavedDraft } from '../../rules/schema';
import { workerAudit } from './audit';
import { saveFile } from './download';
import './style.css';

const runtime = browser.runtime;

function App() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [history, setHistory] = useState<HistoryPage | null>(null);
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [drafts, setDrafts] = useState<SavedDraft[]>([]);
  const [officialPosts, setOfficialPosts] = useState(0);
  const [error, setError] = useState(false);
  const [copied, setCopied] = useState<number | undefined>();
  const saving = useRef<Promise<void>>(Promise.resolve());
  const [extraPending, setExtraPending] = useState<string[]>([]);

  const loadView = useCallback(() => sendMessage(runtime, 'getSettingsView', {}).then(setView), []);
  const loadHistory = useCallback(
    (f: HistoryFilter) =>
      Promise.all([
        sendMessage(runtime, 'listHistory', f),
        sendMessage(runtime, 'listDrafts', {}),
        sendMessage(runtime, 'listOfficialPosts', {}),
      ]).then(([h, d, o]) => {
        setHistory(h);
        setDrafts(d);
        setOfficialPosts(o.length);
      }),
    [],
  );

  useEffect(() => {
    void loadView();
    void loadHistory({});
    // Managed policy can arrive seconds after start, and another tab may change settings.
    const onChanged = () => void loadView();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [loadView, loadHistory]);

  // Which of IT's extra sites still wait for the person's "Allow" (the browser's own answer).
  const extraPatterns = JSON.stringify([...new Set(view?.settings.extraSites.map((s) => s.match) ?? [])]);
  useEffect(() => {
    const patterns = JSON.parse(extraPatterns) as string[];
    const refresh = () =>
      void Promise.all(patterns.map((p) => browser.permissions.contains({ origins: [p] }).catch(() => false))).then((granted) =>
        setExtraPending(patterns.filter((_, i) => !granted[i])),
      );
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [extraPatterns]);

  if (!view) return null;
  const locale = resolveLocale(view.settings.language, browser.i18n.getUILanguage());
  const t = createTranslate(locale);
  document.documentElement.lang = locale;
  document.title = t('optionsTitle');

  // One save at a time: the store writes the whole user layer, so two saves in flight
  // (an import sets the allow-list and the extra words) could otherwise overwrite each other.
  const save = (patch: UserSettingsPatch) =>
    (saving.current = saving.current.then(() => sendMessage(runtime, 'setUserSettings', patch)).then(
      (v) => {
        setError(false);
        setView(v);
      },
      (e: unknown) => {
        console.warn('[Ask First] settings not saved:', e);
        setError(true);
        // Show the settings as they really are again.
        void loadView();
      },
    ));

  return (
    <OptionsPage
      view={view}
      packs={activePacks(view.settings)}
      coverage={{ coverage: COVERAGE, routes: ROUTES }}
      locale={locale}
      t={t}
      history={history}
      filter={filter}
      drafts={drafts}
      now={Date.now()}
      error={error}
      copiedDraftId={copied}
      onSave={(patch) => void save(patch)}
      onCheck={(text, hint) => sendMessage(runtime, 'tryDraft', { text, locale: hint })}
      onFilter={(f) => {
        setFilter(f);
        void loadHistory(f);
      }}
      onExportHistory={() => void sendMessage(runtime, 'exportHistory', filter).then((x) => saveFile(x.filename, x.csv, 'text/csv'))}
      onDeleteHistory={() => void sendMessage(runtime, 'deleteHistory', {}).then(() => loadHistory(filter))}
      onCopyDraft={(d) => void navigator.clipboard.writeText(d.text).then(() => setCopied(d.id))}
      onDeleteDraft={(d) => void sendMessage(runtime, 'deleteDraft', { id: d.id! }).then(() => loadHistory(filter))}
      onDownload={(name, content) => saveFile(name, content, 'application/json')}
      extraSitesPending={extraPending}
      // Called in the click itself: the browser asks the person only on a user gesture.
      onAllowExtraSites={() => void browser.permissions.request({ origins: extraPending }).catch((e: unknown) => console.warn('[Ask First] not allowed:', e))}
      officialPosts={officialPosts}
      onExportOfficialPosts={() => void sendMessage(runtime, 'exportOfficialPosts', {}).then((x) => saveFile(x.filename, x.csv, 'text/csv'))}
      startAudit={workerAudit(view.settings, locale)}
      onSaveAuditReport={saveFile}
    />
  );
}

render(<App />, document.getElementById('app')!);
