/**
 * A closed shadow root appended to <body> for our in-page UI. Replaces WXT's
 * `createShadowRootUi`, whose bundle carries two `fetch()` paths (loading an
 * entrypoint's CSS file or a CSS URL) that we never use: with this helper the content
 * script contains no network API at all, which the bundle scan in
 * tests/e2e/no-network.e2e.test.ts checks.
 */
export interface ShadowHost {
  /** The element mounted under the shadow root; render into it. */
  container: HTMLElement;
  remove(): void;
}

/** Keys typed in our UI must not reach the site's shortcuts (the page listens on window/document). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
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
  return {
    container,
    remove() {
      host.remove();
    },
  };
}
