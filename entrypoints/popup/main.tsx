import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../../components/i18n';
import './style.css';

const locale = resolveLocale('auto', browser.i18n.getUILanguage());
const t = createTranslate(locale);
document.documentElement.lang = locale;

function Popup() {
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p>{t('popupActive')}</p>
      <p>{t('privacyPromise')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
