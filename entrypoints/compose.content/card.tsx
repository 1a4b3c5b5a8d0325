import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from './card.css?inline';
import { FindingCard } from '../../components/FindingCard';
import type { Translate } from '../../components/i18n';
import type { Finding } from '../../rules/schema';

const GAP = 8;
const MAX_WIDTH = 420;

export interface CardView {
  show(findings: Finding[]): void;
  hide(): void;
  /** Follow the composer after scrolling or layout changes. */
  reposition(): void;
  remove(): void;
}

/**
 * The inline card for one composer, in a closed shadow root appended to <body>
 * (never inside the editor), positioned beside the composer with fixed coordinates.
 */
export async function createCard(
  ctx: ContentScriptContext,
  composer: HTMLElement,
  t: Translate,
  onEdit: () => void,
): Promise<CardView> {
  let findings: Finding[] = [];
  let visible = false;
  let container: HTMLElement | null = null;

  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: 'ask-first-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    css: cardCss,
    // Keys typed in the card must not reach the site's shortcuts.
    isolateEvents: true,
    onMount(uiContainer) {
      // WXT resets the host with `all: initial !important`, so the host cannot be
      // positioned; the fixed frame inside the shadow root is.
      container = uiContainer;
      return uiContainer;
    },
    onRemove(uiContainer) {
      if (uiContainer) render(null, uiContainer);
    },
  });
  ui.mount();

  const frame = () => container?.querySelector<HTMLElement>('.frame') ?? null;

  const paint = () => {
    if (!container) return;
    render(
      visible ? (
        <div class="frame">
          <FindingCard findings={findings} t={t} onEdit={onEdit} onClose={() => view.hide()} />
        </div>
      ) : null,
      container,
    );
  };

  const view: CardView = {
    show(next) {
      findings = next;
      visible = true;
      paint();
      view.reposition();
    },
    hide() {
      visible = false;
      paint();
    },
    reposition() {
      const el = frame();
      if (!visible || !el) return;
      const rect = composer.getBoundingClientRect();
      const width = Math.min(MAX_WIDTH, Math.max(280, rect.width));
      const left = Math.max(GAP, Math.min(rect.left, window.innerWidth - width - GAP));
      el.style.width = `${width}px`;
      el.style.left = `${left}px`;
      // Below the composer when it fits, otherwise above it.
      const height = el.getBoundingClientRect().height;
      const below = rect.bottom + GAP;
      el.style.top = `${below + height <= window.innerHeight || rect.top - GAP - height < 0 ? below : rect.top - GAP - height}px`;
    },
    remove() {
      ui.remove();
    },
  };
  return view;
}
