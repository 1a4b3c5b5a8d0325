import { useState } from 'preact/hooks';
import type { Enforcement } from '../rules/schema';
import type { Translate } from './i18n';

export interface SubmitPromptProps {
  t: Translate;
  enforcement: Enforcement;
  /** Whether an event comes from the user (the card passes `e.isTrusted`); others are ignored. */
  accept: (e: Event) => boolean;
  onEdit: () => void;
  onAsk: () => void;
  /** `reason` is given (non-empty) when enforcement is `justify`. */
  onPostAnyway: (reason?: string) => void;
}

/**
 * What the card asks when a submit was stopped: Edit / Ask before posting / Post anyway.
 * `justify` asks for a reason before "Post anyway"; `block` does not offer it.
 */
export function SubmitPrompt({ t, enforcement, accept, onEdit, onAsk, onPostAnyway }: SubmitPromptProps) {
  const [justifying, setJustifying] = useState(false);
  const [reason, setReason] = useState('');
  const guarded = (fn: () => void) => (e: Event) => {
    if (accept(e)) fn();
  };

  if (justifying) {
    return (
      <form
        class="justify"
        onSubmit={(e) => {
          e.preventDefault();
          // Submitted by Enter in the field or by the button: either way a user event.
          if (accept(e) && reason.trim()) onPostAnyway(reason.trim());
        }}
      >
        <label for="ask-first-reason">{t('justifyLabel')}</label>
        <textarea id="ask-first-reason" rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        <div class="actions">
          <button type="submit" class="primary" disabled={!reason.trim()}>
            {t('justifyConfirm')}
          </button>
          <button type="button" onClick={guarded(() => setJustifying(false))}>
            {t('actionBack')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div class="prompt">
      {enforcement === 'block' ? <p class="note">{t('blockedNote')}</p> : null}
      <div class="actions">
        <button type="button" class="primary" data-action="edit" onClick={guarded(onEdit)}>
          {t('actionEdit')}
        </button>
        <button type="button" data-action="ask" onClick={guarded(onAsk)}>
          {t('actionAsk')}
        </button>
        {enforcement === 'block' ? null : (
          <button
            type="button"
            data-action="post-anyway"
            onClick={guarded(() => (enforcement === 'justify' ? setJustifying(true) : onPostAnyway()))}
          >
            {t('actionPostAnyway')}
          </button>
        )}
      </div>
    </div>
  );
}
