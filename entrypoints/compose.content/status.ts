/**
 * Answers the popup's `getTabStatus`: which site this is, how many composers are
 * watched, and how many findings the focused (or last focused) draft has. The
 * content script's sessions report into it; only our extension's pages can ask
 * (`listen` checks the sender's id).
 */
import { listen, type RuntimeLike, type TabStatus } from '../../rules/messages';

export interface TabStatusTracker {
  /**
   * A composer is being watched; call the returned function when it goes. `fallback`: it was
   * found by the fallback hooks, not by the site adapter's selectors (the popup says so).
   */
  addComposer(composer: Element, how?: { fallback?: boolean }): () => void;
  /** The latest findings count for a composer's draft. */
  setFindings(composer: Element, count: number): void;
  /** Marks the composer the person is in. */
  focus(composer: Element): void;
  status(): TabStatus;
  /** Starts answering the popup. Returns a function that stops it. */
  listen(runtime: RuntimeLike): () => void;
}

/**
 * `onFocusedFindings` hears the focused draft's count each time it changes (the toolbar
 * badge): a new count, a focus move to another draft, or the focused composer going away.
 */
export function createTabStatus(site: string, onFocusedFindings?: (count: number) => void): TabStatusTracker {
  const findings = new Map<Element, number>();
  const byFallback = new WeakSet<Element>();
  let focused: Element | null = null;
  let reported = 0;
  const report = () => {
    const count = focused ? (findings.get(focused) ?? 0) : 0;
    if (count === reported) return;
    reported = count;
    onFocusedFindings?.(count);
  };
  const tracker: TabStatusTracker = {
    addComposer(composer, how) {
      findings.set(composer, 0);
      if (how?.fallback) byFallback.add(composer);
      // Focused before the watcher found it (a click right after load): no focusin will come.
      if (composer.contains(composer.ownerDocument.activeElement)) focused = composer;
      return () => {
        findings.delete(composer);
        if (focused === composer) focused = null;
        report();
      };
    },
    setFindings(composer, count) {
      if (findings.has(composer)) findings.set(composer, count);
      report();
    },
    focus(composer) {
      if (findings.has(composer)) focused = composer;
      report();
    },
    status() {
      return {
        site,
        composers: findings.size,
        findings: focused ? (findings.get(focused) ?? 0) : 0,
        ...(focused && byFallback.has(focused) ? { fallback: true as const } : {}),
      };
    },
    listen(runtime) {
      return listen(runtime, { getTabStatus: () => tracker.status() });
    },
  };
  return tracker;
}
