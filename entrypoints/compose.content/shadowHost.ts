/**
 * A closed shadow root appended to <body> for our in-page UI. Replaces WXT's
 * `createShadowRootUi`, whose bundle carries two `fetch()` paths (loading an
 * entrypoint's CSS file or a CSS URL) that we never use: with this helper the content
 * script contains no network API at all, which the bundle scan in
 * tests/e2e/no-network.e2e.test.ts checks.
 */
import { render } from 'preact';

export interface ShadowHost {
  /** The element mounted under the shadow root; render into it. Null once removed. */
  readonly container: HTMLElement | null;
  /**
   * Puts the host back at the end of <body> if the page took it out (a page that removes our
   * element must not leave the card, and so a stopped submit, invisible).
   */
  ensureAttached(): void;
  /** Unmounts what was rendered (Preact) and takes the host off the page; safe to call twice. */
  remove(): void;
}

/** Keys typed in our UI must not reach the site's shortcuts (the page listens on window/document). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * `ctx`: the content script's context; when the extension is reloaded or updated the UI goes
 * with the old content script.
 */
export function createShadowHost(doc: Document, name: string, css: string, ctx?: { onInvalidated(cb: () => void): unknown }): ShadowHost {
  const host = doc.createElement(name);
  // Closed: page scripts get `null` from host.shadowRoot and cannot read or click what is inside.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // The host itself inherits nothing from the page's styles.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  doc.body.append(host);
  let mounted: HTMLElement | null = container;
  const ui: ShadowHost = {
    get container() {
      return mounted;
    },
    ensureAttached() {
      if (mounted && !host.isConnected && doc.body) doc.body.append(host);
    },
    remove() {
      if (!mounted) return;
      render(null, mounted);
      host.remove();
      mounted = null;
    },
  };
  ctx?.onInvalidated(() => ui.remove());
  return ui;
}
