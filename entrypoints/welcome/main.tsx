import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { WelcomePage } from '../../components/WelcomePage';
import type { SaveStatus } from '../../components/WelcomeSetup';
import { PACKS } from '../../rules';
import { sendMessage, type UserSettingsPatch, type WelcomeState } from '../../rules/messages';
import '../options/style.css';
import './style.css';

const runtime = browser.runtime;

function App() {
  const [state, setState] = useState<WelcomeState | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');

  // The background answers once it knows whether the organization manages Ask First
  // (up to a few seconds after install); until then the page shows a neutral state.
  const load = useCallback(() => sendMessage(runtime, 'getWelcomeState', {}).then(setState), []);
  useEffect(() => {
    void load();
    // A managed policy arriving later, or a change from the options page, shows at once.
    const onChanged = () => void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [load]);

  const locale = resolveLocale(state?.view.settings.language ?? 'auto', browser.i18n.getUILanguage());
  const t = createTranslate(locale);
  document.documentElement.lang = locale;
  document.title = t('welcomeTitle');

  const save = (patch: UserSettingsPatch) => {
    setSaveStatus('saving');
    sendMessage(runtime, 'setUserSettings', patch).then(
      (view) => {
        setState((s) => (s ? { ...s, view } : s));
        setSaveStatus('saved');
      },
      (e: unknown) => {
        console.warn('[Ask First] setup not saved:', e);
        setSaveStatus('failed');
      },
    );
  };

  return (
    <WelcomePage
      state={state}
      packs={Object.values(PACKS)}
      locale={locale}
      t={t}
      saveStatus={saveStatus}
      onSave={save}
      onCheck={(text, hint) => sendMessage(runtime, 'tryDraft', { text, locale: hint })}
      onOpenOptions={() => void runtime.openOptionsPage()}
    />
  );
}

render(<App />, document.getElementById('app')!);
