import { Fragment, type ComponentChildren } from 'preact';
import { sectionFor } from '../rules/policy/cited';
import type { Citation } from '../rules/schema';
import type { Translate } from './i18n';

/**
 * A catalog message with elements in its `$1`…`$9` places, e.g. the policy's own words
 * in a `<q lang="en">` inside a Spanish sentence, so screen readers switch voice for them
 * and the sentence around them stays one translatable string.
 */
export function Message({ text, parts }: { text: string; parts: ComponentChildren[] }) {
  const pieces = text.split(/\$(\d)/);
  return (
    <>
      {pieces.map((piece, i) => (i % 2 === 0 ? piece : <Fragment key={i}>{parts[Number(piece) - 1] ?? `$${piece}`}</Fragment>))}
    </>
  );
}

/**
 * The advice to ask first. A city's own policy (`askFirst` cites it): its own words, or a plain
 * sentence when it gives none. The built-in policies: with El Paso's sentence quoted in English
 * (III.B.1) inside the sentence of the UI's language.
 */
export function AskFirstGuidance({ t, askFirst }: { t: Translate; askFirst?: Citation | null }) {
  const city = askFirst?.policy;
  if (city) return <>{city.askFirst?.text ? city.askFirst.text[t.locale] : t('askFirstGuidancePlain')}</>;
  return <Message text={t('askFirstGuidance')} parts={[<q lang="en">{t('askFirstQuote')}</q>]} />;
}

/**
 * For a Spanish reader, what a built-in policy section says: a faithful Spanish rendering,
 * marked as a translation, with the policy's own English words (the legal text) one click away
 * in lang="en". Nothing in English (the citation's quote is the policy itself), nor for a city's
 * own policy (it gives no quotes).
 */
export function PolicyGloss({ t, citation }: { t: Translate; citation: Citation }) {
  const section = t.locale === 'es' ? sectionFor(citation) : undefined;
  if (!section) return null;
  return (
    <div class="policy-gloss">
      <p class="translation">
        <span class="label">{t('policyTranslationLabel')}</span> <q lang="es">{section.es.quote}</q>
      </p>
      <details class="original">
        <summary>{t('policyOriginalLabel')}</summary>
        <blockquote lang="en">{section.quote}</blockquote>
      </details>
    </div>
  );
}
