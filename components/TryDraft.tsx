import { useRef, useState } from 'preact/hooks';
import type { EvaluateResponse } from '../rules/messages';
import type { Finding, Locale } from '../rules/schema';
import { FindingCard } from './FindingCard';
import { highlightSegments } from './highlightSegments';
import { severityKey, type Translate } from './i18n';

export interface TryDraftProps {
  t: Translate;
  /** The UI language; the default for the language hint. */
  locale: Locale;
  /** Runs the same engine the content script uses, in the background. Nothing is stored. */
  onCheck(text: string, locale: Locale): Promise<EvaluateResponse>;
  /** A draft to start from (the welcome page's sample). */
  initialText?: string;
}

interface Result {
  text: string;
  findings: Finding[];
}

/** A practice box: write a draft, see the highlights and the same cards as on the sites. */
export function TryDraft({ t, locale, onCheck, initialText = '' }: TryDraftProps) {
  const [text, setText] = useState(initialText);
  // Follows the page's language until the person picks one.
  const [picked, setHint] = useState<Locale | null>(null);
  const hint = picked ?? locale;
  const [result, setResult] = useState<Result | null>(null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  const check = async (e: Event) => {
    e.preventDefault();
    try {
      const out = await onCheck(text, hint);
      setFailed(false);
      setResult({ text, findings: out.findings });
    } catch {
      setFailed(true);
    }
  };

  return (
    <form class="try-draft" onSubmit={check}>
      <label for="try-text">{t('tryLabel')}</label>
      <textarea id="try-text" ref={box} rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="row">
        <label for="try-lang">{t('tryLanguageHint')}</label>
        <select id="try-lang" value={hint} onChange={(e) => setHint(e.currentTarget.value as Locale)}>
          <option value="en">{t('languageEnglish')}</option>
          <option value="es">{t('languageSpanish')}</option>
        </select>
        <button type="submit" class="primary">
          {t('tryCheck')}
        </button>
      </div>
      <p class="muted">{t('tryNothingStored')}</p>
      <div role="status" aria-live="polite" class="try-status">
        {failed ? t('tryFailed') : result ? (result.findings.length ? t.plural('tryFound', result.findings.length) : t('tryClean')) : null}
      </div>
      {result && result.findings.length ? (
        <div class="try-result">
          <p class="draft-preview" aria-label={t('tryPreviewLabel')}>
            {highlightSegments(result.text, result.findings).map((s, i) =>
              s.severity ? (
                <mark key={i} class={`hl ${s.severity}`} title={t(severityKey(s.severity))}>
                  {s.text}
                </mark>
              ) : (
                <span key={i}>{s.text}</span>
              ),
            )}
          </p>
          <FindingCard findings={result.findings} t={t} onEdit={() => box.current?.focus()} onClose={() => setResult(null)} />
        </div>
      ) : null}
    </form>
  );
}
