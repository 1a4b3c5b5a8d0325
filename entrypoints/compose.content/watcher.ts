/**
 * Finds compose boxes as they appear (dialogs, single-page navigation, infinite
 * scroll) and lets go of them when they leave the page. Observers only; no polling.
 */
export interface WatcherOptions {
  root: Document;
  selector: string;
  onAdded(el: HTMLElement): () => void;
  signal: AbortSignal;
}

export function watchComposers({ root, selector, onAdded, signal }: WatcherOptions): void {
  const attached = new Map<HTMLElement, () => void>();
  let queued = false;

  const scan = () => {
    queued = false;
    for (const [el, detach] of attached) {
      if (!el.isConnected || !el.matches(selector)) {
        detach();
        attached.delete(el);
      }
    }
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      if (!attached.has(el)) attached.set(el, onAdded(el));
    }
  };
  // Many mutations arrive per frame while a page renders; scan once per microtask batch.
  const queue = () => {
    if (queued || signal.aborted) return;
    queued = true;
    queueMicrotask(scan);
  };

  const observer = new MutationObserver(queue);
  observer.observe(root.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  root.addEventListener('focusin', queue, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const detach of attached.values()) detach();
    attached.clear();
  });
  scan();
}
