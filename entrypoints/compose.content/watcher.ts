/**
 * Finds compose boxes as they appear (dialogs, single-page navigation, infinite
 * scroll) and lets go of them when they leave the page. Observers only; no polling.
 *
 * Some boxes live inside open shadow roots (Reddit's post title is a textarea inside
 * `faceplate-textarea-input`). Mutations inside a shadow root never reach an observer
 * on the document, so each open root of a host the site names is observed on its own,
 * recursively (roots inside roots). A host whose root appears only later (an element
 * upgraded after insertion) is reached on the next mutation or, at the latest, when the
 * person focuses the box: focus events cross shadow boundaries.
 *
 * Sites rename their classes and test ids; so a text box the site's selector does not
 * match is still attached once the person focuses it or types into it (`fallback`, by
 * default any text box, sites/textBoxes.ts), in the document or in any open shadow root
 * the event came through. The adapter refines; it is not the only door.
 */
import { learnEnter } from './sites/enterKey';
import { ANY_TEXT_BOX } from './sites/textBoxes';

export interface ShadowComposers {
  /** Selector of the web components whose open shadow roots are searched. */
  hosts: string;
  /** Selector of the compose box inside those roots. */
  composer: string;
}

export interface WatcherOptions {
  root: Document;
  selector: string;
  shadow?: ShadowComposers;
  /**
   * Boxes attached when the person focuses or types into them although `selector` does not
   * match them. Default: any text box; null: none (an admin-listed site's own selector).
   */
  fallback?: string | null;
  onAdded(el: HTMLElement): () => void;
  signal: AbortSignal;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] };

export function watchComposers({ root, selector, shadow, fallback = ANY_TEXT_BOX, onAdded, signal }: WatcherOptions): void {
  const attached = new Map<HTMLElement, { detach: () => void; matches: () => boolean }>();
  /** Boxes the person focused or typed into that `selector` does not match, while they match `fallback`. */
  const typedInto = new Set<HTMLElement>();
  const roots = new Map<ShadowRoot, MutationObserver>();
  let queued = false;

  /** Observe every open shadow root of a listed host, in the document and inside roots already observed. */
  const findRoots = () => {
    for (const [r, observer] of roots) {
      if (!r.host.isConnected) {
        observer.disconnect();
        roots.delete(r);
      }
    }
    let scopes: (Document | ShadowRoot)[] = [root, ...roots.keys()];
    while (scopes.length) {
      const fresh: ShadowRoot[] = [];
      for (const scope of scopes) {
        for (const host of scope.querySelectorAll(shadow!.hosts)) {
          const r = host.shadowRoot;
          if (!r || roots.has(r)) continue;
          const observer = new MutationObserver(queue);
          observer.observe(r, OBSERVED);
          roots.set(r, observer);
          fresh.push(r);
        }
      }
      scopes = fresh;
    }
  };

  const scan = () => {
    queued = false;
    if (shadow) findRoots();
    for (const [el, entry] of attached) {
      if (!el.isConnected || !entry.matches()) {
        entry.detach();
        attached.delete(el);
      }
    }
    const add = (el: HTMLElement, matches: () => boolean) => {
      if (!attached.has(el)) attached.set(el, { detach: onAdded(el), matches });
    };
    for (const el of root.querySelectorAll<HTMLElement>(selector)) add(el, () => el.matches(selector));
    for (const el of typedInto) {
      const still = () => el.isConnected && (el.matches(selector) || (!!fallback && el.matches(fallback)));
      if (still()) add(el, still);
      else typedInto.delete(el);
    }
    if (shadow) {
      for (const r of roots.keys()) {
        for (const el of r.querySelectorAll<HTMLElement>(shadow.composer)) add(el, () => el.matches(shadow.composer));
      }
    }
  };
  // Many mutations arrive per frame while a page renders; scan once per microtask batch.
  function queue() {
    if (queued || signal.aborted) return;
    queued = true;
    queueMicrotask(scan);
  }

  const observer = new MutationObserver(queue);
  observer.observe(root.documentElement, OBSERVED);
  learnEnter(root, (box) => attached.has(box), signal);
  root.addEventListener('focusin', queue, { capture: true, signal });
  if (fallback) {
    // The box the event started in (composedPath crosses open shadow roots; closed ones,
    // like our own card's, show only their host, which is no text box).
    const typed = (event: Event) => {
      const origin = event.composedPath()[0];
      if (!(origin instanceof Element)) return;
      const box = origin.closest<HTMLElement>(fallback);
      if (!box || attached.has(box) || typedInto.has(box)) return;
      typedInto.add(box);
      queue();
    };
    root.addEventListener('focusin', typed, { capture: true, signal });
    // Some editors (Draft.js) type without a native input event; every key press has a keydown.
    root.addEventListener('keydown', typed, { capture: true, signal });
    root.addEventListener('input', typed, { capture: true, signal });
    // The person may have focused a box before this script started (document_idle).
    let focused: Element | null = root.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    const box = focused?.closest<HTMLElement>(fallback);
    if (box) typedInto.add(box);
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const o of roots.values()) o.disconnect();
    roots.clear();
    for (const entry of attached.values()) entry.detach();
    attached.clear();
    typedInto.clear();
  });
  scan();
}
