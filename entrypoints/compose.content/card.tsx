import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from './card.css?inline';
import { cardSummary, FindingCard, type CardMode, type FindingCardProps } from '../../components/FindingCard';
import type { Translate } from '../../components/i18n';
import type { AttachmentFinding, Finding } from '../../rules/schema';
import { placeCard } from './placement';
import { createShadowHost } from './shadowHost';

/** Everything the card shows besides the findings; replaced as a whole by the session. */
export type CardScene = Pick<FindingCardProps, 'mode' | 'enforcement' | 'ask'>;

export interface CardActions {
  /** Present when the user may add to their allow-list. */
  onAllow?(finding: Finding): void;
  onEdit(): void;
  onClose(): void;
  onAsk(): void;
  onPostAnyway(reason?: string): void;
  /** "I removed this picture" on an attachment finding. */
  onDismissAttachment?(finding: AttachmentFinding): void;
}

export interface CardView {
  show(findings: Finding[], scene?: CardScene): void;
  hide(): void;
  readonly visible: boolean;
  readonly mode: CardMode;
  /** Move keyboard focus to the card's first action (after a stopped submit). */
  focus(): void;
  /** Notes about the check shown under the summary (see FindingCardProps.notices). */
  setNotices(notices: string[]): void;
  /** Follow the composer after scrolling or layout changes. */
  reposition(): void;
  /** Say something through the card's live region (e.g. the posting identity changed). */
  announce(text: string): void;
  remove(): void;
}

/**
 * The inline card for one composer, in a closed shadow root appended to <body>
 * (never inside the editor), positioned beside the composer with fixed coordinates and
 * never over the post button it warns about. Only trusted (user) events reach the actions.
 */
export async function createCard(
  ctx: ContentScriptContext,
  composer: HTMLElement,
  t: Translate,
  actions: CardActions,
  postButton: () => Element | null,
  postingAs: () => FindingCardProps['postingAs'] = () => null,
  extras: () => Pick<FindingCardProps, 'identity' | 'reminders' | 'attachments'> = () => ({}),
): Promise<CardView> {
  let findings: Finding[] = [];
  let scene: CardScene = { mode: 'live' };
  let visible = false;
  /**
   * Screen readers announce changes to a live region that is already on the page, not one
   * inserted with its text; so the region outlives the card, and its text is set a frame
   * after it first renders.
   */
  let announcement = '';
  let notices: string[] = [];
  let announceFrame = 0;

  // Keys typed in the card do not reach the site's shortcuts (createShadowHost isolates them);
  // the card goes with the old content script when the extension is reloaded or updated.
  const ui = createShadowHost(document, 'ask-first-card', cardCss, ctx);

  const frame = () => ui.container?.querySelector<HTMLElement>('.frame') ?? null;
  const accept = (e: Event) => e.isTrusted;

  const paint = () => {
    if (!ui.container) return;
    if (visible) ui.ensureAttached();
    render(
      <>
        <div class="sr-only" role={scene.mode === 'guard' ? 'alert' : 'status'} aria-live={scene.mode === 'guard' ? 'assertive' : 'polite'} aria-atomic="true">
          {announcement}
        </div>
        {visible ? (
          <div class={siteIsDark(composer) ? 'frame dark' : 'frame'}>
            <FindingCard findings={findings} t={t} accept={accept} liveRegion={false} postingAs={postingAs()} notices={notices} {...extras()} {...scene} {...actions} />
          </div>
        ) : null}
      </>,
      ui.container,
    );
  };
  let placeFrame = 0;
  const repositionInFrame = () => {
    if (!placeFrame) placeFrame = requestAnimationFrame(() => view.reposition());
  };
  const announce = (text: string) => {
    if (text === announcement) return;
    cancelAnimationFrame(announceFrame);
    announceFrame = requestAnimationFrame(() => {
      announcement = text;
      paint();
    });
  };

  const view: CardView = {
    show(next, nextScene) {
      const wasVisible = visible;
      findings = next;
      if (nextScene) scene = nextScene;
      visible = true;
      paint();
      // A card that appears is placed before it is first painted; one already shown moves with
      // the next frame, whose layout its reads then share: read at once, they would force the
      // page's layout in a task of their own while the person types (docs/architecture.md).
      if (wasVisible) repositionInFrame();
      else view.reposition();
      announce(cardSummary(findings, scene.mode ?? 'live', t, extras().attachments));
    },
    hide() {
      visible = false;
      scene = { mode: 'live' };
      cancelAnimationFrame(announceFrame);
      announcement = '';
      paint();
    },
    setNotices(next) {
      if (next.join('\n') === notices.join('\n')) return;
      notices = next;
      paint();
    },
    get visible() {
      return visible;
    },
    get mode() {
      return scene.mode ?? 'live';
    },
    focus() {
      frame()?.querySelector<HTMLElement>('.actions button, textarea')?.focus();
    },
    reposition() {
      cancelAnimationFrame(placeFrame);
      placeFrame = 0;
      const el = frame();
      if (!visible || !el) return;
      const rect = composer.getBoundingClientRect();
      const button = toolbarOf(postButton());
      const width = Math.min(420, Math.max(280, rect.width));
      // Written only when it changes: an unchanged card leaves the page's layout clean.
      setStyle(el, 'width', `${width}px`);
      const spot = placeCard({
        composer: rect,
        avoid: button && button.width > 0 ? button : null,
        card: { width, height: el.getBoundingClientRect().height },
        viewport: { width: window.innerWidth, height: window.innerHeight },
      });
      setStyle(el, 'left', `${spot.left}px`);
      setStyle(el, 'top', `${spot.top}px`);
    },
    announce(text) {
      announce(text);
    },
    remove() {
      visible = false;
      cancelAnimationFrame(announceFrame);
      cancelAnimationFrame(placeFrame);
      ui.remove();
    },
  };
  return view;
}

function setStyle(el: HTMLElement, property: 'width' | 'left' | 'top', value: string): void {
  if (el.style[property] !== value) el.style[property] = value;
}

/**
 * What the card must leave uncovered: the post button and, when it sits in a toolbar row,
 * that whole row (its neighbours, e.g. "Add to thread" or the emoji picker, stay usable).
 */
function toolbarOf(button: Element | null): DOMRect | null {
  if (!button) return null;
  const own = button.getBoundingClientRect();
  const row = button.parentElement?.getBoundingClientRect();
  return row && row.height <= own.height * 2 + 16 && row.width > 0 ? row : own;
}

/**
 * Whether the site shows this composer in a dark theme: its text colour is light. Read from
 * the page, not from the OS preference, because sites keep their own theme setting.
 */
export function siteIsDark(composer: Element): boolean {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(composer).color);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6;
}
