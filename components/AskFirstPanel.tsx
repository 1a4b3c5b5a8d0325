import { useState } from 'preact/hooks';
import type { Citation, Contact } from '../rules/schema';
import { citationText, type Translate } from './i18n';

export interface AskFirstPanelProps {
  t: Translate;
  contacts: Contact[];
  /** The prefilled mailto: address for a contact with an e-mail address. */
  mailtoFor: (contact: Contact) => string;
  draft: string;
  accept: (e: Event) => boolean;
  /** Copy the draft to the clipboard; resolves when done. */
  onCopy: () => Promise<void>;
  /** The active policy's advice to ask first (none: the policy has none). */
  askFirst?: Citation | null;
}

/**
 * "Ask before posting": who to ask (prefilled e-mail to each configured contact), or the
 * policy's own advice when the organization lists nobody, and the draft that was kept.
 */
export function AskFirstPanel({ t, contacts, mailtoFor, draft, accept, onCopy, askFirst }: AskFirstPanelProps) {
  const [copied, setCopied] = useState(false);
  const reachable = contacts.filter((c) => c.email || c.phone || c.url);
  return (
    <div class="ask">
      <p class="saved" role="status">
        {t('askSaved')}
      </p>
      {reachable.length ? (
        <>
          <p>{t('askContactsIntro')}</p>
          <ul class="contacts">
            {reachable.map((c) => {
              const role = t.text(c.role);
              const who = c.name ? `${role} (${c.name})` : role;
              return (
                <li key={`${role}:${c.email ?? c.phone ?? c.url}`}>
                  {c.email ? <a href={mailtoFor(c)}>{t('askEmail', who)}</a> : <span>{who}</span>}
                  {c.phone ? <span class="phone"> · {c.phone}</span> : null}
                  {c.url ? (
                    <>
                      {' · '}
                      <a href={c.url} target="_blank" rel="noopener noreferrer">
                        {c.url}
                      </a>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p class="no-contact">
          {t('askNoContact')}{' '}
          {askFirst ? <cite class="citation">{citationText(askFirst, t)}</cite> : null}
        </p>
      )}
      <h3>{t('askDraftHeading')}</h3>
      <pre class="draft">{draft}</pre>
      <div class="actions">
        <button
          type="button"
          data-action="copy"
          onClick={(e) => {
            if (accept(e)) void onCopy().then(() => setCopied(true));
          }}
        >
          {t('actionCopyDraft')}
        </button>
        {copied ? <span role="status">{t('draftCopied')}</span> : null}
      </div>
    </div>
  );
}
