import { AskFirstGuidance } from './Message';
import type { Translate } from './i18n';

export interface NoticeAction {
  id: string;
  label: string;
  primary?: boolean;
  onClick(): void;
}

export interface PageNoticeProps {
  t: Translate;
  title: string;
  message: string;
  /** The policy sentence it rests on, already worded for the reader. */
  citation: string;
  actions: NoticeAction[];
  /** A dialog takes focus (a stopped click); otherwise it is a note beside the field being typed in. */
  dialog?: boolean;
  /** Whether an event comes from the user (e => e.isTrusted in pages): synthetic clicks do nothing. */
  accept?: (e: Event) => boolean;
  onClose(): void;
}

const always = () => true;

/**
 * A small warning shown in the page outside a composer: a work e-mail address in a sign-up
 * form, a Follow/Like on a political page from an official account. Pure: props in, events
 * out. Escape closes it.
 */
export function PageNotice({ t, title, message, citation, actions, dialog = false, accept = always, onClose }: PageNoticeProps) {
  const guarded = (fn: () => void) => (e: Event) => {
    if (accept(e)) fn();
  };
  return (
    <section
      class={`card notice ${dialog ? 'guard' : 'live'}`}
      role={dialog ? 'alertdialog' : 'region'}
      aria-label={title}
      aria-describedby="ask-first-notice-message"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && accept(e)) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header>
        <h2>{title}</h2>
        <button type="button" class="close" aria-label={t('actionClose')} title={t('actionClose')} onClick={guarded(onClose)}>
          ×
        </button>
      </header>
      <div class="body">
        <p class="message" id="ask-first-notice-message">
          {message}
        </p>
        <cite class="citation">{citation}</cite>
        <p class="guidance">
          <AskFirstGuidance t={t} />
        </p>
      </div>
      <div class="actions">
        {actions.map((a) => (
          <button key={a.id} type="button" data-action={a.id} class={a.primary ? 'primary' : undefined} onClick={guarded(a.onClick)}>
            {a.label}
          </button>
        ))}
      </div>
    </section>
  );
}
