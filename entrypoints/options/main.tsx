import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { PolicyOverview } from '../../components/PolicyOverview';
import { DEFAULT_POLICY, PACKS } from '../../rules';
import './style.css';

const locale = resolveLocale('auto', browser.i18n.getUILanguage());
document.documentElement.lang = locale;
document.title = createTranslate(locale)('optionsTitle');
render(
  <PolicyOverview packs={DEFAULT_POLICY.packs.map((id) => PACKS[id])} locale={locale} t={createTranslate(locale)} />,
  document.getElementById('app')!,
);
