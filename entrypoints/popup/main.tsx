import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { PopupView } from '../../components/PopupView';
import { sendMessage, type SettingsView, type TabStatus, type WhatsNew } from '../../rules/messages';
import type { SavedDraft } from '../../rules/schema';
import './style.css';

/** Asks the active tab's content script; no answer means Ask First is not running there. */
async function tabStatus(): Promise<TabStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    const tabId = tab.id;
    const answer: TabStatus | undefined = await sendMessage({ sendMessage: (m) => browser.tabs.sendMessage(tabId, m) }, 'getTabStatus', {});
    return answer ?? null;
  } catch {
    return null;
  }
}

function Popup() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [drafts, setDrafts] = useState<SavedDraft[]>([]);
  const [copied, setCopied] = useState(false);
  const [whatsNew, setWhatsNew] = useState<WhatsNew | null>(null);

  useEffect(() => {
    void sendMessage(browser.runtime, 'getSettingsView', {}).then(setView);
    void sendMessage(browser.runtime, 'listDrafts', {}).then(setDrafts);
    void tabStatus().then(setStatus);
    void sendMessage(browser.runtime, 'getWhatsNew', {}).then(setWhatsNew);
  }, []);

  if (!view) return null;
  const locale = resolveLocale(view.settings.language, browser.i18n.getUILanguage());
  const t = createTranslate(locale);
  document.documentElement.lang = locale;
  document.title = t('extName');

  return (
    <PopupView
      status={status}
      pausedUntil={view.pausedUntil}
      mayPause={view.settings.userMayPause}
      lastDraft={drafts[0] ?? null}
      locale={locale}
      t={t}
      copied={copied}
      whatsNew={whatsNew}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onPause={() =>
        void sendMessage(browser.runtime, 'pause', status?.site ? { site: status.site } : {}).then(({ pausedUntil }) =>
          setView({ ...view, pausedUntil }),
        )
      }
      onCopyDraft={(d) => void navigator.clipboard.writeText(d.text).then(() => setCopied(true))}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
