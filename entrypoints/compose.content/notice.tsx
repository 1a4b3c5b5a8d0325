import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from './card.css?inline';
import { PageNotice, type PageNoticeProps } from '../../components/PageNotice';
import { siteIsDark } from './card';
import { createShadowHost } from './shadowHost';

export type NoticeContent = Omit<PageNoticeProps, 'accept'>;

export interface NoticeView {
  /** Show beside `anchor` (below it, or above when there is no room). */
  show(anchor: Element, content: NoticeContent): void;
  hide(): void;
  readonly visible: boolean;
  /** Move keyboard focus to the notice's first action. */
  focus(): void;
  remove(): void;
}

/**
 * One warning outside the composers (work e-mail field, follow/like), in its own closed
 * shadow root at the end of <body>, styled like the card. The live region outlives the
 * notice so screen readers announce it (see card.tsx); only trusted events reach actions.
 */
export async function createNotice(ctx: ContentScriptContext): Promise<NoticeView> {
  let anchor: Element | null = null;
  let content: NoticeContent | null = null;
  let announcement = '';
  let frame = 0;

  // A closed root with our own helper (shadowHost.ts: no network code in the bundle).
  const ui = createShadowHost(document, 'ask-first-notice', cardCss, ctx);

  const box = () => ui.container?.querySelector<HTMLElement>('.frame') ?? null;
  const paint = () => {
    if (!ui.container) return;
    if (content) ui.ensureAttached();
    render(
      <>
        <div class="sr-only" role="alert" aria-live="assertive" aria-atomic="true">
          {announcement}
        </div>
        {content && anchor ? (
          <div class={siteIsDark(anchor) ? 'frame dark' : 'frame'}>
            <PageNotice {...content} accept={(e) => e.isTrusted} />
          </div>
        ) : null}
      </>,
      ui.container,
    );
  };
  const place = () => {
    const el = box();
    if (!el || !anchor) return;
    const r = anchor.getBoundingClientRect();
    const width = Math.min(380, window.innerWidth - 16);
    el.style.width = `${width}px`;
    const height = el.getBoundingClientRect().height;
    const below = r.bottom + 8;
    el.style.top = `${below + height <= window.innerHeight || r.top - height - 8 < 0 ? below : r.top - height - 8}px`;
    el.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  };
  window.addEventListener('scroll', place, { capture: true, passive: true, signal: ctx.signal });
  window.addEventListener('resize', place, { passive: true, signal: ctx.signal });

  const view: NoticeView = {
    show(at, next) {
      const text = `${next.title}. ${next.message}`;
      anchor = at;
      content = next;
      paint();
      place();
      if (text !== announcement) {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          announcement = text;
          paint();
        });
      }
    },
    hide() {
      content = null;
      anchor = null;
      cancelAnimationFrame(frame);
      announcement = '';
      paint();
    },
    get visible() {
      return content !== null;
    },
    focus() {
      box()?.querySelector<HTMLElement>('.actions button')?.focus();
    },
    remove() {
      cancelAnimationFrame(frame);
      ui.remove();
    },
  };
  return view;
}

const RESTARTED_HOST = 'ask-first-restarted';

/**
 * "Ask First restarted — reload this tab": shown by a content script whose extension context
 * went away (a reload or an update), so the person knows this tab is no longer checked. Made
 * without the runtime (its strings are read beforehand) and not tied to the dead context. A
 * newer copy of the script, injected into the tab, removes it (removeRestartNotices).
 */
export function showRestartNotice(doc: Document, text: { title: string; message: string; close: string }): void {
  if (!doc.body || doc.querySelector(RESTARTED_HOST)) return;
  const ui = createShadowHost(doc, RESTARTED_HOST, cardCss);
  if (!ui.container) return;
  const close = (e: Event) => {
    if (e.isTrusted) ui.remove();
  };
  render(
    <div class="frame restarted" style="top:auto;left:auto;right:16px;bottom:16px;width:340px;">
      <section class="card notice live" role="status" aria-live="polite" aria-label={text.title}>
        <header>
          <h2>{text.title}</h2>
          <button type="button" class="close" aria-label={text.close} title={text.close} onClick={close}>
            ×
          </button>
        </header>
        <div class="body">
          <p class="message">{text.message}</p>
        </div>
      </section>
    </div>,
    ui.container,
  );
}

/** Removes notices left by an older copy of the content script (this copy is the live one). */
export function removeRestartNotices(doc: Document): void {
  for (const el of doc.querySelectorAll(RESTARTED_HOST)) el.remove();
}

/**
 * Removes older copies' notices now and whenever one appears, until `signal` aborts (this copy's
 * own end: it shows its notice only after that). A copy cut off by a reload notices it up to a
 * second late, possibly after the newer copy attached. Removed in the observer's microtask, before
 * the page paints: the notice is never seen over a guarded draft.
 */
export function keepRestartNoticesAway(doc: Document, signal: AbortSignal): void {
  removeRestartNotices(doc);
  if (!doc.body || signal.aborted) return;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === RESTARTED_HOST.toUpperCase()))) removeRestartNotices(doc);
  });
  observer.observe(doc.body, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
