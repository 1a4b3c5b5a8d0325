import { Fragment, type ComponentChildren } from 'preact';

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

/** The Ask First advice with the policy's sentence quoted in English (El Paso III.B.1). */
export function AskFirstGuidance({ t }: { t: (key: 'askFirstGuidance' | 'askFirstQuote') => string }) {
  return <Message text={t('askFirstGuidance')} parts={[<q lang="en">{t('askFirstQuote')}</q>]} />;
}
