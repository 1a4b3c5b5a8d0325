import type { Locale, PolicyPack } from '../rules/schema';
import { ASK_FIRST_CITATION } from '../rules/schema';
import { categoryKey, packKey, type Translate } from './i18n';

export interface PolicyOverviewProps {
  packs: PolicyPack[];
  locale: Locale;
  t: Translate;
}

/** What is checked and why: each pack's rules with the section they come from. */
export function PolicyOverview({ packs, locale, t }: PolicyOverviewProps) {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('privacyPromise')}</p>
      <section aria-labelledby="ask-heading">
        <h2 id="ask-heading">{t('optionsAskHeading')}</h2>
        <p>
          {t('askFirstGuidance')}{' '}
          <cite class="citation">
            {t('citation', t(packKey(ASK_FIRST_CITATION.pack)), ASK_FIRST_CITATION.section, ASK_FIRST_CITATION.title)}
          </cite>
        </p>
      </section>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('optionsRulesHeading')}</h2>
        {packs.map((pack) => (
          <section key={pack.id} aria-label={pack.name[locale]}>
            <h3>
              {pack.name[locale]} ({t('ruleCount', pack.rules.length)})
            </h3>
            <ul>
              {pack.rules.map((rule) => (
                <li key={rule.id} class="rule">
                  <strong>{t(categoryKey(rule.category))}</strong>: {rule.message[locale]}
                  <cite class="citation">{t('citation', t(packKey(rule.citation.pack)), rule.citation.section, rule.citation.title)}</cite>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  );
}
