import type { AttachmentFinding, Enforcement, Finding, PostingIdentity, Reminder } from '../rules/schema';
import { askFirstForFindings } from '../rules/policy/cited';
import { categoryInfo } from '../rules/categories';
import { AskFirstPanel, type AskFirstPanelProps } from './AskFirstPanel';
import { categoryKey, citationText, severityKey, type Translate } from './i18n';
import { AskFirstGuidance, PolicyGloss } from './Message';
import { SubmitPrompt } from './SubmitPrompt';

/** live: findings while typing; guard: a submit was stopped; ask: "Ask before posting" chosen. */
export type CardMode = 'live' | 'guard' | 'ask';

export interface FindingCardProps {
  findings: Finding[];
  /** Findings about attached files (no text range): listed after the text's findings. */
  attachments?: AttachmentFinding[];
  /** "I removed this picture": forget an attachment finding (offered only when given). */
  onDismissAttachment?: (finding: AttachmentFinding) => void;
  t: Translate;
  mode?: CardMode;
  enforcement?: Enforcement;
  /**
   * Whether an event comes from the user. The in-page card passes `e => e.isTrusted`, so a
   * page script dispatching synthetic clicks or keys cannot trigger our actions.
   */
  accept?: (e: Event) => boolean;
  /** Return the user to the draft. */
  onEdit: () => void;
  onClose: () => void;
  onAsk?: () => void;
  onPostAnyway?: (reason?: string) => void;
  /** Who the page says is posting, and whether IT lists that account as official. */
  postingAs?: { handle: string; official: boolean } | null;
  /** "Not a problem": allow this finding's term from now on (offered only when given). */
  onAllow?: (finding: Finding) => void;
  /**
   * Whether the summary is itself a live region (default). The in-page card turns this off
   * and announces through a live region that outlives the card (see card.tsx).
   */
  liveRegion?: boolean;
  /** Plain notes about the check itself (only part of a long draft checked; history not saved). */
  notices?: string[];
  /**
   * Where the page does not show the posting account: the "I'm posting as the City" switch,
   * its current value and what to do when the user flips it.
   */
  identity?: { value: PostingIdentity | null; onChange: (official: boolean) => void } | null;
  /** Reminders beside the findings (official record, duty hours); they never interrupt. */
  reminders?: Reminder[];
  /** What the "ask" mode shows (contacts, the saved draft). */
  ask?: Pick<AskFirstPanelProps, 'contacts' | 'mailtoFor' | 'draft' | 'onCopy'>;
}

function CitationLine({ citation, t }: { citation: Finding['citation']; t: Translate }) {
  return <cite class="citation">{citationText(citation, t)}</cite>;
}

const always = () => true;

const sameSection = (a: Finding['citation'], b: Finding['citation']) => a.pack === b.pack && a.section === b.section && a.title === b.title;

/**
 * Findings a user may wave through for good: words and phrases. Phone numbers, SSNs and
 * secrets are about the particular text, so an allow-list entry would not fit them.
 */
const allowable = (c: Finding['category']) => categoryInfo(c)?.userMayAllow === true;

/** Links and official-account findings are about a site or an address, not a word to allow (rules/engine/links.ts). */
const NOT_WORDS = /^(?:links|official)\./;

/** The card's one-line summary, also what screen readers announce. */
export function cardSummary(findings: Finding[], mode: CardMode, t: Translate, attachments: AttachmentFinding[] = []): string {
  const interrupting = [...findings, ...attachments].filter((f) => f.severity !== 'info').length;
  if (mode === 'guard') return t.plural('guardSummary', interrupting);
  return interrupting > 0 ? t.plural('cardSummary', interrupting) : t('cardSummaryInfo');
}

/**
 * The inline card shown beside a composer: each finding with its category, the
 * policy's reason and section, and the policy's own advice to ask before posting;
 * at a stopped submit, the choice to edit, ask first or post anyway.
 * Pure: props in, events out. Escape closes it.
 */
export function FindingCard({
  findings,
  t,
  mode = 'live',
  enforcement = 'warn',
  accept = always,
  onEdit,
  onClose,
  onAsk,
  onPostAnyway,
  ask,
  onAllow,
  postingAs,
  identity,
  reminders = [],
  liveRegion = true,
  attachments = [],
  onDismissAttachment,
  notices = [],
}: FindingCardProps) {
  // The active policy's advice to ask first, read from the findings' citations (a city's own, else the built-in packs').
  const askFirst = askFirstForFindings(findings);
  const guarded = (fn: () => void) => (e: Event) => {
    if (accept(e)) fn();
  };
  return (
    <section
      class={`card ${mode}`}
      role={mode === 'live' ? 'region' : 'dialog'}
      aria-label={t('cardLabel')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && accept(e)) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header>
        <h2>{mode === 'live' ? t('cardTitle') : t('guardTitle')}</h2>
        <button type="button" class="close" aria-label={t('actionClose')} title={t('actionClose')} onClick={guarded(onClose)}>
          ×
        </button>
      </header>
      <div class="body">
        {postingAs ? (
          <p class="identity">
            {t('postingAs', postingAs.handle)}
            {postingAs.official ? <strong class="badge official">{t('officialAccount')}</strong> : null}
          </p>
        ) : identity ? (
          <div class="identity">
            <label class="identity-toggle">
              <input
                type="checkbox"
                role="switch"
                data-action="identity"
                checked={identity.value === 'official'}
                aria-describedby="ask-first-identity-help"
                onChange={(e) => {
                  if (accept(e)) identity.onChange(e.currentTarget.checked);
                  else e.currentTarget.checked = identity.value === 'official';
                }}
              />
              {t('identityToggle')}
            </label>
            <span id="ask-first-identity-help" class="help">
              {t('identityToggleHelp')}
            </span>
          </div>
        ) : null}
        {/* A live region: screen readers announce new findings, and the pause at submit more urgently. */}
        <p
          class="summary"
          role={liveRegion ? (mode === 'guard' ? 'alert' : 'status') : undefined}
          aria-live={liveRegion ? (mode === 'guard' ? 'assertive' : 'polite') : undefined}
        >
          {cardSummary(findings, mode, t, attachments)}
        </p>
        {notices.map((n) => (
          <p key={n} class="notice" role="note">
            {n}
          </p>
        ))}
        {reminders.length ? (
          <ul class="reminders" aria-label={t('remindersHeading')}>
            {reminders.map((r) => (
              <li key={r.id} class="reminder info" data-reminder={r.id}>
                <p class="message">{t(`reminder_${r.id}`)}</p>
                <CitationLine citation={r.citation} t={t} />
              </li>
            ))}
          </ul>
        ) : null}
        {mode === 'ask' && ask ? <AskFirstPanel t={t} accept={accept} askFirst={askFirst} {...ask} /> : null}
        <ul class="findings">
          {findings.map((f, i) => (
            <li key={`${f.ruleId}:${f.start}`} class={`finding ${f.severity}`} data-category={f.category}>
              <div class="finding-head">
                <span class="category">{t(categoryKey(f.category))}</span>
                <span class={`severity ${f.severity}`}>{t(severityKey(f.severity))}</span>
              </div>
              <q class="excerpt">{f.excerpt}</q>
              <p class="message">{f.message}</p>
              <CitationLine citation={f.citation} t={t} />
              {/* In Spanish, what the section says (once per section on the card). */}
              {findings.findIndex((g) => sameSection(g.citation, f.citation)) === i ? <PolicyGloss t={t} citation={f.citation} /> : null}
              {onAllow && allowable(f.category) && !NOT_WORDS.test(f.ruleId) ? (
                <button type="button" class="allow" data-action="allow" onClick={guarded(() => onAllow(f))}>
                  {t('actionNotAProblem')}
                </button>
              ) : null}
            </li>
          ))}
          {attachments.map((f) => (
            <li key={`${f.ruleId}:${f.fileName}:${f.mark}`} class={`finding attachment ${f.severity}`} data-category={f.category}>
              <div class="finding-head">
                <span class="category">{t(categoryKey(f.category))}</span>
                <span class={`severity ${f.severity}`}>{t(severityKey(f.severity))}</span>
              </div>
              <p class="excerpt file">{f.fileName ? t('attachedPicture', f.fileName) : t('pastedPicture')}</p>
              <p class="message">{f.message}</p>
              {f.citations.map((c) => (
                <CitationLine key={`${c.pack}:${c.section}`} citation={c} t={t} />
              ))}
              {onDismissAttachment ? (
                <button type="button" class="allow" data-action="dismiss-attachment" onClick={guarded(() => onDismissAttachment(f))}>
                  {t('actionRemovedPicture')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        <p class="guidance">
          <AskFirstGuidance t={t} askFirst={askFirst} /> {askFirst ? <CitationLine citation={askFirst} t={t} /> : null}
        </p>
      </div>
      {mode === 'guard' && onAsk && onPostAnyway ? (
        <SubmitPrompt t={t} enforcement={enforcement} accept={accept} onEdit={onEdit} onAsk={onAsk} onPostAnyway={onPostAnyway} />
      ) : mode === 'live' ? (
        <div class="actions">
          <button type="button" class="primary" data-action="edit" onClick={guarded(onEdit)}>
            {t('actionEdit')}
          </button>
          {onAsk ? (
            <button type="button" data-action="ask" onClick={guarded(onAsk)}>
              {t('actionAsk')}
            </button>
          ) : null}
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="primary" data-action="edit" onClick={guarded(onEdit)}>
            {t('actionEdit')}
          </button>
        </div>
      )}
    </section>
  );
}
