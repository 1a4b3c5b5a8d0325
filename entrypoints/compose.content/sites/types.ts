/**
 * A site adapter says where a site's compose boxes and post buttons are and which
 * keys post. One adapter per file, registered in sites/index.ts. Selectors live here
 * and only here, each with a note on what it matches and where it was seen (see
 * docs/browser-facts.md, Sites), newer and older selectors side by side.
 */
export interface SiteAdapter {
  /** Short id used in messages and the decisions log, e.g. "x". */
  id: string;
  /** Content-script match patterns for the site's hosts. */
  matches: string[];
  /** Elements the user types a post into (contenteditable roots or textareas). */
  composerSelector: string;
  /**
   * Compose boxes inside open shadow roots: `hosts` names the web components whose roots
   * are searched (and watched, see watcher.ts), `composer` the box inside them.
   */
  shadowComposers?: { hosts: string; composer: string };
  /**
   * Text boxes checked when the person types into them although `composerSelector` does not
   * match them (a renamed class or test id): the watcher attaches them on focus. Built-in
   * sites get any text box (sites/fallback.ts); null: none (an admin's own selector).
   */
  fallbackComposers?: string | null;
  /** The site's post/reply/comment buttons. A click inside one submits the nearest composer. */
  submitSelector: string;
  /**
   * For sites whose post button has no attribute of its own (only its label): tells the
   * post button apart from other elements matching `submitSelector`.
   */
  isSubmitButton?(el: Element): boolean;
  /** The handle of the account the page says is posting (e.g. "@CityOfElPasoTX"), where it shows one. */
  postingAs?(doc: Document): string | null;
  /**
   * A Follow, Like or Subscribe control at or around `origin` (a click's target), and the
   * handle of the page or account it acts on: official accounts ask first on political ones.
   */
  followTarget?(origin: Element, doc: Document): { button: Element; handle: string } | null;
  /** True when this key press, in this composer, makes the site post it. */
  isSubmitKey(event: KeyboardEvent, composer: HTMLElement): boolean;
}

/** Ctrl+Enter (Windows/Linux) or Cmd+Enter (macOS): the "post" shortcut of X and Bluesky. */
export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** A plain Enter (no modifier, not composing an IME character): how comment boxes post. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
}
