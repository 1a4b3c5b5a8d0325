import type { ComposerSession } from './composerSession';
import type { SiteAdapter } from './sites/types';

export interface GuardOptions {
  site: Pick<SiteAdapter, 'submitSelector' | 'isSubmitKey' | 'isSubmitButton'>;
  sessions: () => Iterable<ComposerSession>;
  signal: AbortSignal;
  win?: Window;
}

/**
 * The next node up in the composed tree: through a shadow root to its host, so that
 * composers and buttons inside web components (Reddit) relate to the page around them.
 */
function composedParent(node: Node): Element | ShadowRoot | null {
  if (node instanceof ShadowRoot) return node.host;
  const parent = node.parentNode;
  return parent instanceof Element || parent instanceof ShadowRoot ? parent : null;
}

/** Whether `node` is `ancestor` or inside it, across shadow boundaries. */
export function containsComposed(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/** The composers a post button submits: those in its nearest ancestor that holds any. */
export function composersFor(button: Element, sessions: Iterable<ComposerSession>): ComposerSession[] {
  const all = [...sessions];
  for (let el = composedParent(button); el; el = composedParent(el)) {
    const inside = all.filter((s) => containsComposed(el, s.composer));
    if (inside.length) return inside;
  }
  return [];
}

/** The post button that submits a composer: the first one in its nearest ancestor that holds one. */
export function postButtonFor(
  composer: Element,
  selector: string,
  isSubmitButton: (el: Element) => boolean = () => true,
): Element | null {
  for (let el = composedParent(composer); el; el = composedParent(el)) {
    const hit = [...el.querySelectorAll(selector)].find(isSubmitButton);
    if (hit) return hit;
  }
  return null;
}

/**
 * The submit guard: in the capture phase of the window (before the site's own handlers),
 * a user's click on a post button or the site's submit key is stopped once while the
 * draft has open caution/violation findings, and the card asks what to do. A draft not
 * yet checked is held, checked at once, and, when clean, its submit is replayed for the
 * site. Only trusted (user) events are judged: the page's own synthetic events, including
 * our replay, pass untouched. The guard never changes the draft.
 */
export function installSubmitGuard({ site, sessions, signal, win = window }: GuardOptions): void {
  const judge = (event: Event, targets: ComposerSession[], replay: () => void) => {
    if (!targets.length) return;
    const verdicts = targets.map((s) => s.verdict());
    const stopAt = verdicts.indexOf('stop');
    if (stopAt < 0 && !verdicts.includes('unchecked')) {
      for (const s of targets) s.posting(); // all clear: the site posts
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (stopAt >= 0) {
      targets[stopAt]!.stopped();
      return;
    }
    // Typed and submitted within the debounce: check now, then stop or let it through.
    void Promise.all(targets.map((s) => s.checkNow())).then(() => {
      const again = targets.map((s) => s.verdict());
      const at = again.indexOf('stop');
      if (at >= 0) targets[at]!.stopped();
      else {
        for (const s of targets) s.posting();
        replay();
      }
    });
  };

  win.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      // The nearest post button on the event's composed path (it may sit inside a web component).
      const button = event.composedPath().find((n): n is Element => n instanceof Element && n.matches(site.submitSelector));
      if (!button || (site.isSubmitButton && !site.isSubmitButton(button))) return;
      judge(event, composersFor(button, sessions()), () => (button as HTMLElement).click());
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Enter') return;
      const origin = event.composedPath()[0];
      if (!(origin instanceof Node)) return;
      const session = [...sessions()].find((s) => containsComposed(s.composer, origin));
      if (!session || !site.isSubmitKey(event, session.composer)) return;
      const init: KeyboardEventInit = {
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      judge(event, [session], () => session.composer.dispatchEvent(new KeyboardEvent('keydown', init)));
    },
    { capture: true, signal },
  );
}
