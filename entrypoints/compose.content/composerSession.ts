import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Translate } from '../../components/i18n';
import { MAX_TEXT_LENGTH, type EvaluateRequest, type EvaluateResponse, type PageConfig } from '../../rules/messages';
import { type AttachmentFinding, type Citation, type DecisionAction, type Finding, type PostingIdentity, type Reminder } from '../../rules/schema';
import { createCard, type CardView } from './card';
import type { Highlighter } from './highlighter';
import { buildMailto } from './mailto';
import { askPatiently, patienceFor } from './patience';
import { createTextareaMirror } from './textareaMirror';
import { readComposer, type TextModel } from './textModel';
import { createCheckPacer } from './timing';

export interface SessionDeps {
  ctx: ContentScriptContext;
  site: string;
  t: Translate;
  locale: EvaluateRequest['locale'];
  highlighter: Highlighter;
  evaluate(request: EvaluateRequest): Promise<EvaluateResponse>;
  record(action: DecisionAction, text: string, reason?: string): Promise<unknown>;
  saveDraft(text: string): Promise<unknown>;
  /** Add a term to the user's allow-list; absent when IT does not allow it. */
  allowTerm?: (term: string) => Promise<unknown>;
  config(): Promise<PageConfig>;
  /** The post button that submits this composer, if the page shows one. */
  postButton(): Element | null;
  /** The posting account, where the page shows it, and whether IT lists it as official. */
  postingAs?: () => { handle: string; official: boolean } | null;
  /** Told the number of findings after each check (the popup shows it for the focused draft). */
  onFindings?: (count: number) => void;
  /** Who posts: read from the page, else what the user chose on the card (identity.ts). */
  identity?: IdentitySource;
  /**
   * Reminders the user closed on this page: not shown again until the page is reloaded, so a
   * reminder is read once rather than on every draft.
   */
  closedReminders?: Set<Reminder['id']>;
  /** Keep a copy of a post made as an official account (the background keeps it only if IT asks). */
  keepOfficialPost?: (text: string, handle?: string) => Promise<unknown>;
}

/** The posting identity as the content script knows it. */
export interface IdentitySource {
  /** The identity to check with; `readable` when the page showed the account (no switch then). */
  current(): { identity?: PostingIdentity; handle?: string; readable: boolean; chosen: PostingIdentity | null };
  /** The user flipped "I'm posting as the City" on a card. */
  choose(official: boolean): void;
}

/** What the submit guard should do with a submit of this composer. */
export type SubmitVerdict = 'pass' | 'stop' | 'unchecked';

/**
 * A verdict on one exact text (the one the guard would let the site post): `failed` when the
 * extension could not answer (its worker stopped or the message failed).
 */
export interface Decision {
  verdict: 'pass' | 'stop' | 'failed';
  text: string;
}

export interface ComposerSession {
  readonly composer: HTMLElement;
  /** Decide on a submit now (synchronously, in the event's capture phase). */
  verdict(): SubmitVerdict;
  /**
   * A verdict on the text the composer holds now, checked if need be. Submits of the same text
   * share one pending check; the answer is never dropped because a newer check started.
   */
  decide(): Promise<Decision>;
  /** The draft as the site will post it. */
  text(): string;
  /** Check the current text at once (no debounce). */
  checkNow(): Promise<void>;
  /** An attached picture shows a City mark: list it on the card until the user says it is gone. */
  cityMarkFound(file: { name: string; key: string }, mark: string, citations: Citation[]): void;
  /** Whether this composer posts as an official City account (where the page or IT says so). */
  official(): boolean;
  /** The submit was stopped: show the card's choices and move focus into it. */
  stopped(): void;
  /** The site is about to post this draft (the guard let the submit through). */
  posting(): void;
  /** The extension did not answer for a held submit: say so on the card and let the person choose. */
  unanswered(): void;
  /** A held submit was checked clean but could not be sent on to the site: ask to press Post again. */
  replayFailed(): void;
  /** Say something through this composer's card, if it has one. */
  announce(text: string): void;
  dispose(): void;
}

/** The card follows its highlight by a frame (a hidden tab has none), at the latest after this long. */
const CARD_AT_LATEST_MS = 100;

/** A history write still pending after this long is reported as failed (IndexedDB stuck). */
const STORE_TIMEOUT_MS = 10_000;

const interrupting = (findings: Array<Pick<Finding, 'severity'>>) => findings.some((f) => f.severity !== 'info');

/**
 * Drafts longer than one message are checked in chunks of MAX_TEXT_LENGTH that overlap by this
 * much, so a phrase across a chunk boundary is still seen whole by one of them.
 */
export const CHUNK_OVERLAP = 2_000;

/** What the background said about one exact text. */
interface Answer {
  findings: Finding[];
  reminders: Reminder[];
  truncated: boolean;
}

/** How many requests `evaluateInChunks` makes for a text this long. */
export function chunkCount(length: number): number {
  return length <= MAX_TEXT_LENGTH ? 1 : Math.ceil((length - CHUNK_OVERLAP) / (MAX_TEXT_LENGTH - CHUNK_OVERLAP));
}

function isEvaluateResponse(value: EvaluateResponse | undefined): value is EvaluateResponse {
  return typeof value === 'object' && value !== null && Array.isArray(value.findings);
}

/**
 * Checks `text` in full: one request, or overlapping chunks with findings moved to their place
 * in the whole text (a finding seen by two chunks is listed once).
 */
export async function evaluateInChunks(text: string, ask: (chunk: string) => Promise<EvaluateResponse>): Promise<Answer> {
  if (text.length <= MAX_TEXT_LENGTH) {
    const r = await ask(text);
    return { findings: r.findings, reminders: r.reminders ?? [], truncated: r.truncated === true };
  }
  const starts: number[] = [];
  for (let at = 0; ; at += MAX_TEXT_LENGTH - CHUNK_OVERLAP) {
    starts.push(at);
    if (at + MAX_TEXT_LENGTH >= text.length) break;
  }
  const answers = await Promise.all(starts.map((at) => ask(text.slice(at, at + MAX_TEXT_LENGTH))));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  answers.forEach((r, i) => {
    for (const f of r.findings) {
      const moved = { ...f, start: f.start + starts[i]!, end: f.end + starts[i]! };
      const key = `${moved.ruleId}:${moved.start}:${moved.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(moved);
    }
  });
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, reminders: answers[0]?.reminders ?? [], truncated: answers.some((r) => r.truncated === true) };
}

/**
 * Watches one compose box: re-reads its text after each change (a MutationObserver
 * on the editor sees every edit, including those Draft.js renders itself without an
 * `input` event), checks it in the background, highlights and shows the card, and
 * answers the submit guard. Never writes to the editor.
 */
export function watchComposer(composer: HTMLElement, deps: SessionDeps): ComposerSession {
  let sequence = 0;
  let requested: string | null = null;
  /** The text the current findings belong to (null until the first answer). */
  let checked: string | null = null;
  let findings: Finding[] = [];
  let reminders: Reminder[] = [];
  /** Findings about attached pictures, by file key; they have no text range. */
  const attachments = new Map<string, AttachmentFinding>();
  const attachmentList = () => [...attachments.values()];
  /** "Post anyway" lets the very next submit of exactly this text through. */
  let allowed: string | null = null;
  let card: Promise<CardView> | null = null;
  let disposed = false;
  /** The last answer did not check the whole draft (a safety net: drafts are checked in chunks). */
  let truncated = false;
  /** The last write to the history failed (IndexedDB full or damaged); the user is told in the card. */
  let historyFailed = false;
  /** The last held submit got no answer from the extension (shown until a check succeeds). */
  let unanswered = false;
  /** A held submit was clean but could not be sent on (shown until the next check). */
  let pressAgain = false;
  /** Checks under way, by exact text: concurrent submits and the debounced check share one. */
  const inflight = new Map<string, Promise<Answer>>();
  /** Inside an IME composition the editor's text is provisional: checked once it ends. */
  let composing = false;
  /**
   * Nothing is read or checked until the person focuses or types in this box: a page with
   * thousands of prefilled boxes costs work only for the ones used. A submit of an untouched
   * box is still checked (the guard asks decide()).
   */
  let active = false;

  const notices = (): string[] => [
    ...(unanswered ? [deps.t('checkUnanswered')] : []),
    ...(pressAgain ? [deps.t('pressPostAgain')] : []),
    ...(truncated ? [deps.t.plural('checkedFirstPart', MAX_TEXT_LENGTH)] : []),
    ...(historyFailed ? [deps.t('historyNotSaved')] : []),
  ];
  const showNotices = () => void card?.then((c) => c.setNotices(notices()));
  /**
   * Writes to the history never block the guard or lose the draft: a failure is shown in the
   * card; once the extension is gone (reloaded or updated) nothing is shown at all. The
   * background accepts at most MAX_TEXT_LENGTH characters, the part that was checked.
   */
  const stored = <T,>(write: (text: string) => Promise<T>, text: string): Promise<T | null> =>
    Promise.race([
      write(text.slice(0, MAX_TEXT_LENGTH)),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('history write timed out')), STORE_TIMEOUT_MS)),
    ]).then(
      (result) => {
        if (historyFailed) {
          historyFailed = false;
          showNotices();
        }
        return result;
      },
      () => {
        if (deps.ctx.isValid && !disposed) {
          historyFailed = true;
          showNotices();
        }
        return null;
      },
    );
  const record = (action: DecisionAction, text: string, reason?: string) =>
    stored((t) => deps.record(action, t, reason), text);

  // Textareas (Mastodon, Instagram) are read from `value` and highlighted on a mirror,
  // made when the box is first used.
  const isTextarea = composer instanceof HTMLTextAreaElement;
  let mirror: ReturnType<typeof createTextareaMirror> | null = null;
  const read = (): TextModel => (isTextarea ? (mirror ??= createTextareaMirror(composer)).read() : readComposer(composer));
  const currentText = () => (composer instanceof HTMLTextAreaElement ? composer.value : readComposer(composer).text);
  const backToEditor = () => composer.focus();

  const getCard = () =>
    (card ??= createCard(
      deps.ctx,
      composer,
      deps.t,
      {
        ...(deps.allowTerm
          ? {
              onAllow(finding: Finding) {
                // Then check again: the term no longer counts, the rest of the draft still does.
                void deps.allowTerm!(finding.excerpt).then(() => session.checkNow());
              },
            }
          : {}),
        onEdit() {
          flushCard();
          void card?.then((c) => {
            if (c.mode === 'guard') void record('edited', currentText());
            c.show(findings, { mode: 'live' });
          });
          backToEditor();
        },
        onDismissAttachment(finding: AttachmentFinding) {
          flushCard();
          for (const [key, f] of attachments) if (f === finding) attachments.delete(key);
          void card?.then((c) => (findings.length || attachments.size ? c.show(findings) : c.hide()));
          backToEditor();
        },
        onClose() {
          flushCard();
          for (const r of reminders) deps.closedReminders?.add(r.id);
          void card?.then((c) => {
            if (c.mode === 'guard') void record('cancelled', currentText());
            c.hide();
          });
          backToEditor();
        },
        onAsk() {
          flushCard();
          const text = currentText();
          // The choices show at once; a save that fails (or never finishes) is reported in the card.
          void stored(deps.saveDraft, text);
          void Promise.all([deps.config(), card]).then(([config, c]) => {
            c?.show(findings, {
              mode: 'ask',
              enforcement: config.enforcement,
              ask: {
                contacts: config.contacts,
                draft: text,
                mailtoFor: (contact) => buildMailto(contact.email ?? '', { site: deps.site, text, findings, t: deps.t }),
                onCopy: () => navigator.clipboard.writeText(text),
              },
            });
            c?.focus();
          });
        },
        onPostAnyway(reason) {
          flushCard();
          const text = currentText();
          allowed = text;
          void record(reason ? 'justified' : 'posted_anyway', text, reason);
          void card?.then((c) => c.hide());
          backToEditor();
        },
      },
      deps.postButton,
      deps.postingAs,
      () => {
        const who = deps.identity?.current();
        return {
          reminders,
          attachments: attachmentList(),
          identity: who && !who.readable ? { value: who.chosen, onChange: (official: boolean) => deps.identity!.choose(official) } : null,
        };
      },
    ));

  /** One request per exact text at a time, whoever asks (the debounced check, submits). */
  const evaluateText = (text: string): Promise<Answer> => {
    let pending = inflight.get(text);
    if (!pending) {
      const identity = deps.identity?.current().identity;
      // A worker stopped mid-check may never answer: each chunk is asked again rather than waited on forever.
      const patience = patienceFor(chunkCount(text.length));
      pending = evaluateInChunks(text, (chunk) =>
        askPatiently(() => deps.evaluate({ site: deps.site, text: chunk, locale: deps.locale, ...(identity ? { identity } : {}) }), isEvaluateResponse, patience),
      );
      inflight.set(text, pending);
      const done = () => {
        if (inflight.get(text) === pending) inflight.delete(text);
      };
      pending.then(done, done);
    }
    return pending;
  };

  /** Show an answer, if it is about the text the box holds now. */
  const apply = (model: TextModel, answer: Answer) => {
    const changed = checked !== model.text;
    checked = model.text;
    findings = answer.findings;
    truncated = answer.truncated;
    unanswered = false;
    pressAgain = false;
    reminders = answer.reminders.filter((r) => !deps.closedReminders?.has(r.id));
    deps.onFindings?.(findings.length);
    render(model, changed);
  };

  /** `fresh`: ask again even for the text already checked (the policy or allow-list changed). */
  const check = async (fresh = false) => {
    if (composing || disposed) return;
    const model = read();
    // Same text, new nodes (an IME commit, an editor re-render): redraw over the new nodes.
    if (model.text === checked && !fresh) {
      drawHighlights(model);
      return;
    }
    if (model.text === requested && !fresh) return;
    requested = model.text;
    const mine = ++sequence;
    let answer: Answer;
    try {
      answer = await evaluateText(model.text);
    } catch {
      // The extension was reloaded or its worker did not answer: the next edit or submit asks again.
      if (requested === model.text) requested = null;
      return;
    }
    if (disposed || mine !== sequence) return; // a newer check is under way
    apply(model, answer);
  };

  const drawHighlights = (model: TextModel) => {
    const ranges = findings.flatMap((f) => {
      const range = model.rangeFor(f.start, f.end);
      return range ? [{ range, severity: f.severity }] : [];
    });
    deps.highlighter.set(composer, ranges);
  };

  const render = (model: TextModel, changed: boolean) => {
    drawHighlights(model);
    cardAfterPaint(changed);
  };

  /**
   * The card follows the highlight by a frame: its render and layout (measured ~5–10 ms a show
   * on the X replica, with a forced layout to place it) stay out of the frame that paints the
   * highlight. What it shows is read when it runs (the newest answer); anything that shows the
   * card in another mode first flushes this (flushCard), so a later live update never covers it.
   */
  let cardPending: { changed: boolean } | null = null;
  const cardAfterPaint = (changed: boolean) => {
    if (cardPending) {
      cardPending.changed ||= changed;
      return;
    }
    cardPending = { changed };
    requestAnimationFrame(() => setTimeout(flushCard, 0));
    // A hidden tab runs no frames: the card still follows (a check of a background tab's draft after a policy change).
    setTimeout(flushCard, CARD_AT_LATEST_MS);
  };
  const flushCard = () => {
    if (!cardPending) return;
    const { changed } = cardPending;
    cardPending = null;
    if (disposed) return;
    if (findings.length || reminders.length || attachments.size || truncated || unanswered || pressAgain) {
      // An edited draft is a new draft: back to the live card, evaluated again.
      void getCard().then((c) => {
        if (disposed) return;
        c.setNotices(notices());
        if (changed || !c.visible) c.show(findings, { mode: 'live' });
        else c.show(findings);
      });
    } else if (card) void card.then((c) => c.hide());
  };

  // Short drafts are checked at the next task, long ones after a quiet time while typing; one check in flight (timing.ts).
  const pacer = createCheckPacer({ run: () => check(), length: () => (requested ?? checked ?? '').length });
  const schedule = () => pacer.changed();

  const abort = new AbortController();
  const observer = new MutationObserver(() => {
    // Edits by the page itself (not the person) also wake a box up: its draft changed.
    activate();
    schedule();
  });
  /** Start watching: on the first focus or keystroke, or at once if the box already has focus. */
  const activate = () => {
    if (active || disposed) return;
    active = true;
    observer.observe(composer, { childList: true, subtree: true, characterData: true });
    // A textarea's edits change its value, not its DOM.
    if (isTextarea) {
      composer.addEventListener('input', schedule, { signal: abort.signal });
      composer.addEventListener('scroll', () => mirror?.sync(), { passive: true, signal: abort.signal });
      const resize = new ResizeObserver(() => mirror?.sync());
      resize.observe(composer);
      abort.signal.addEventListener('abort', () => resize.disconnect());
    }
    window.addEventListener('scroll', reposition, { capture: true, passive: true, signal: abort.signal });
    window.addEventListener('resize', reposition, { passive: true, signal: abort.signal });
    schedule();
  };
  const reposition = () => {
    mirror?.sync();
    void card?.then((c) => c.reposition());
  };
  for (const type of ['focusin', 'keydown', 'input', 'paste', 'drop', 'compositionstart']) {
    composer.addEventListener(type, activate, { capture: true, signal: abort.signal });
  }
  // An IME composition (dead keys, Japanese) re-renders the text; it is checked and drawn once committed.
  composer.addEventListener('compositionstart', () => (composing = true), { capture: true, signal: abort.signal });
  composer.addEventListener(
    'compositionend',
    () => {
      composing = false;
      schedule();
    },
    { capture: true, signal: abort.signal },
  );
  if (composer.contains(composer.ownerDocument.activeElement)) activate();

  const session: ComposerSession = {
    composer,
    verdict() {
      const text = currentText();
      // Used up when the site posts (posting()), not here: a submit held for another box
      // (Studio's title beside this description) asks decide() again before it posts.
      if (allowed !== null && text === allowed) return 'pass';
      if (!text.trim() && !attachments.size) return 'pass'; // nothing to post (the site ignores it)
      if (text !== checked) return 'unchecked';
      return truncated || interrupting(findings) || interrupting(attachmentList()) ? 'stop' : 'pass';
    },
    async decide() {
      const text = currentText();
      if (allowed !== null && text === allowed) return { verdict: 'pass', text };
      if (text === checked) return { verdict: truncated || interrupting(findings) || interrupting(attachmentList()) ? 'stop' : 'pass', text };
      activate();
      let answer: Answer;
      try {
        answer = await evaluateText(text);
      } catch {
        return { verdict: 'failed', text };
      }
      // Shown on the card too, when the box still holds this text.
      if (!disposed && currentText() === text) {
        ++sequence;
        requested = text;
        apply(read(), answer);
      }
      // A draft not checked to its end is never called clear.
      return { verdict: answer.truncated || interrupting(answer.findings) || interrupting(attachmentList()) ? 'stop' : 'pass', text };
    },
    text: currentText,
    cityMarkFound(file, mark, citations) {
      if (disposed || attachments.has(file.key)) return;
      attachments.set(file.key, {
        ruleId: 'city_marks',
        category: 'city_marks',
        severity: 'violation',
        fileName: file.name,
        mark,
        message: deps.t('cityMarkMessage', mark),
        citations,
      });
      flushCard();
      void getCard().then((c) => !disposed && c.show(findings, c.visible ? undefined : { mode: 'live' }));
    },
    official() {
      // The page's account (when IT lists it) or the user's choice on the card (identity.ts).
      return deps.identity?.current().identity === 'official' || (deps.postingAs?.()?.official ?? false);
    },
    async checkNow() {
      pacer.cancel();
      requested = null; // force a fresh answer even if a check of this text is in flight
      inflight.clear(); // (the policy or identity may have changed since it started)
      if (!active) return; // an untouched box is checked when used, or at its submit
      await check(true);
    },
    stopped() {
      flushCard();
      void Promise.all([getCard(), deps.config().catch(() => null)]).then(([c, config]) => {
        if (disposed) return;
        c.show(findings, { mode: 'guard', enforcement: config?.enforcement ?? 'warn' });
        c.focus();
      });
    },
    posting() {
      allowed = null; // "Post anyway" lets one submit through
      const who = deps.identity?.current();
      if (who?.identity !== 'official' || !deps.keepOfficialPost) return;
      void deps.keepOfficialPost(currentText(), who.handle);
    },
    unanswered() {
      flushCard();
      unanswered = true;
      void Promise.all([getCard(), deps.config().catch(() => null)]).then(([c, config]) => {
        if (disposed) return;
        c.setNotices(notices());
        c.show(findings, { mode: 'guard', enforcement: config?.enforcement ?? 'warn' });
        c.focus();
      });
    },
    replayFailed() {
      flushCard();
      pressAgain = true;
      void getCard().then((c) => {
        if (disposed) return;
        c.setNotices(notices());
        c.show(findings, { mode: 'live' });
        c.announce(deps.t('pressPostAgain'));
      });
    },
    announce(text) {
      void card?.then((c) => c.announce(text));
    },
    dispose() {
      disposed = true;
      pacer.cancel();
      observer.disconnect();
      abort.abort();
      deps.highlighter.clear(composer);
      mirror?.remove();
      void card?.then((c) => c.remove());
    },
  };
  return session;
}
