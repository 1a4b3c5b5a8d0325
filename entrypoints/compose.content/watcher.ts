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
 */
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
  onAdded(el: HTMLElement): () => void;
  signal: AbortSignal;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] };

export function watchComposers({ root, selector, shadow, onAdded, signal }: WatcherOptions): void {
  const attached = new Map<HTMLElement, { detach: () => void; matches: () => boolean }>();
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
  root.addEventListener('focusin', queue, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const o of roots.values()) o.disconnect();
    roots.clear();
    for (const entry of attached.values()) entry.detach();
    attached.clear();
  });
  scan();
}
