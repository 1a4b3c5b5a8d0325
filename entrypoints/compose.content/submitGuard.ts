import type { ComposerSession, Decision } from './composerSession';
import type { SiteAdapter } from './sites/types';

export interface GuardOptions {
  site: Pick<SiteAdapter, 'composerSelector' | 'submitSelector' | 'isSubmitKey' | 'isSubmitButton'>;
  sessions: () => Iterable<ComposerSession>;
  signal: AbortSignal;
  win?: Window;
  /**
   * Resolves once composers are watched (the page's settings arrived). Until then a submit
   * with text in one of the site's compose boxes is held, and judged once this resolves.
   */
  ready?: Promise<void>;
  /** False once the extension context is gone: then this guard steps aside (a newer copy guards). */
  alive?: () => boolean;
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

/** Buttons whose keyboard activation the browser turns into a (trusted) click of their own. */
const NATIVE_BUTTON = 'button, input[type="submit"], input[type="button"], input[type="image"]';

/** A copy of a key event with everything a site may read: key, code, legacy keyCode/which/charCode, modifiers. */
export function copyKeyEvent(event: KeyboardEvent, type = event.type, view: Window | null = null): KeyboardEvent {
  const legacy = { keyCode: event.keyCode, which: event.which, charCode: event.charCode };
  const init: KeyboardEventInit & typeof legacy = {
    key: event.key,
    code: event.code,
    location: event.location,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    repeat: false,
    isComposing: false,
    bubbles: true,
    cancelable: true,
    composed: true,
    view,
    ...legacy,
  };
  const copy = new KeyboardEvent(type, init);
  // Chromium takes the legacy codes from the init dictionary; where a browser ignores them, set
  // them on the event itself (Mastodon 4.3 posts on `keyCode === 13`).
  for (const [name, value] of Object.entries(legacy)) {
    if ((copy as unknown as Record<string, number>)[name] !== value) Object.defineProperty(copy, name, { value });
  }
  return copy;
}

/** The text a compose box holds (a textarea's value, else its text), without our text model. */
const boxHasText = (el: Element) => ((el instanceof HTMLTextAreaElement ? el.value : el.textContent) ?? '').trim().length > 0;

/**
 * The submit guard: in the capture phase of the window (before the site's own handlers),
 * a person's submit (a click on a post button, the keyboard activating it, the site's submit
 * key in a composer, a form submitted) is judged:
 * - a draft whose current text was checked clean passes at once;
 * - one with open caution/violation findings is stopped, and the card asks what to do;
 * - one not yet checked is held and checked; while that decision is pending every further
 *   submit of the same composers is held too and joins it (one decision, at most one replay);
 *   only a verdict on the exact text being submitted releases it, and then the submit is
 *   replayed for the site once. If the text changed meanwhile it is checked again; if the
 *   extension does not answer, the card says so and the person chooses.
 * Only trusted events are judged: the page's own synthetic events and our replays pass.
 * The guard never changes the draft.
 */
export function installSubmitGuard({ site, sessions, signal, win = window, ready, alive = () => true }: GuardOptions): void {
  let isReady = !ready;
  void ready?.then(() => (isReady = true));
  /** Composers with a decision pending: their further submits join it. */
  const held = new Set<ComposerSession>();
  /** Submits held before the composers were watched: judged together once they are. */
  let early: Array<() => void> | null = null;
  /** Set while our replay runs (its events pass), and for the rest of a task after a pass (the form submit that follows a passed click). */
  let replaying = false;
  let passedInTask = false;

  const hold = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const replayWith = (replay: () => boolean): boolean => {
    replaying = true;
    try {
      return replay();
    } finally {
      replaying = false;
    }
  };
  const passed = (targets: ComposerSession[]) => {
    for (const s of targets) s.posting();
    passedInTask = true;
    setTimeout(() => (passedInTask = false), 0);
  };

  /** Waits for a verdict on the exact text of every target; checks again (a few times) while the text keeps changing. */
  const decideAndReplay = async (targets: ComposerSession[], replay: () => boolean) => {
    for (const s of targets) held.add(s);
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const decisions: Decision[] = await Promise.all(targets.map((s) => s.decide().catch((): Decision => ({ verdict: 'failed', text: s.text() }))));
        const stopAt = decisions.findIndex((d) => d.verdict === 'stop');
        if (stopAt >= 0) return targets[stopAt]!.stopped();
        const failedAt = decisions.findIndex((d) => d.verdict === 'failed');
        if (failedAt >= 0) return targets[failedAt]!.unanswered();
        if (!alive()) return; // the extension went away while we waited: a newer copy (if any) guards
        // Clear means clear for this text only: typed on meanwhile, so check what is there now.
        if (decisions.some((d, i) => d.text !== targets[i]!.text())) continue;
        passed(targets);
        if (!replayWith(replay)) targets[0]!.replayFailed();
        return;
      }
      targets[0]!.replayFailed();
    } finally {
      for (const s of targets) held.delete(s);
    }
  };

  /**
   * `targets`: the sessions this submit posts. `boxes`: before the composers are watched, the
   * site's compose boxes this submit would post (to hold it only when one holds text).
   */
  const judge = (event: Event, targets: () => ComposerSession[], boxes: () => Element[], replay: () => boolean) => {
    if (!alive()) return;
    if (!isReady) {
      if (!boxes().some(boxHasText)) return;
      hold(event);
      if (early) return; // joins the submit already held
      early = [];
      void ready!.then(() => {
        early = null;
        const now = targets();
        if (now.length) void decideAndReplay(now, replay);
      });
      return;
    }
    const list = targets();
    if (!list.length) return;
    if (list.some((s) => held.has(s))) {
      hold(event); // a decision is pending for this draft: this submit joins it
      return;
    }
    const verdicts = list.map((s) => s.verdict());
    const stopAt = verdicts.indexOf('stop');
    if (stopAt < 0 && !verdicts.includes('unchecked')) {
      passed(list); // all clear: the site posts
      return;
    }
    hold(event);
    if (stopAt >= 0) {
      list[stopAt]!.stopped();
      return;
    }
    void decideAndReplay(list, replay);
  };

  /** The site's compose boxes a post button submits, before they are watched. */
  const boxesFor = (button: Element): Element[] => {
    for (let el = composedParent(button); el; el = composedParent(el)) {
      const inside = [...el.querySelectorAll(site.composerSelector)];
      if (inside.length) return inside;
    }
    return [];
  };
  const postButtonOn = (event: Event): Element | undefined =>
    event.composedPath().find((n): n is Element => n instanceof Element && n.matches(site.submitSelector) && (!site.isSubmitButton || site.isSubmitButton(n)));

  const judgeButton = (event: Event, button: Element, replay: () => boolean) =>
    judge(event, () => composersFor(button, sessions()), () => boxesFor(button), () => button.isConnected && replay());

  win.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || replaying) return;
      const button = postButtonOn(event);
      if (!button) return;
      // Replayed on what was clicked (an inner <button> inside the matched host, as in Studio's
      // ytcp-button), so the site's own listener, wherever it sits on the path, hears it.
      const origin = event.composedPath()[0];
      const target = origin instanceof HTMLElement && button.contains(origin) ? origin : (button as HTMLElement);
      judgeButton(event, button, () => ((target.isConnected ? target : (button as HTMLElement)).click(), true));
    },
    { capture: true, signal },
  );

  /** Space activates a role=button on key up (ARIA practice): held with its key down. */
  let heldSpace: Element | null = null;
  win.addEventListener(
    'keyup',
    (event) => {
      if (!event.isTrusted || replaying || event.key !== ' ' || !heldSpace) return;
      if (postButtonOn(event) === heldSpace) hold(event);
      heldSpace = null;
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || replaying || event.isComposing) return;
      const origin = event.composedPath()[0];
      if (!(origin instanceof Element)) return;
      // Enter or Space on a focused post button that is not a native button (a div role=button):
      // the site activates it from the key itself, so the key is judged like a click.
      if (event.key === 'Enter' || event.key === ' ') {
        const button = postButtonOn(event);
        if (button && !button.matches(NATIVE_BUTTON) && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const space = event.key === ' ';
          if (space) heldSpace = button;
          judgeButton(event, button, () => {
            button.dispatchEvent(copyKeyEvent(event, 'keydown', win));
            if (space) button.dispatchEvent(copyKeyEvent(event, 'keyup', win));
            return true;
          });
          if (space && !event.defaultPrevented) heldSpace = null;
          return;
        }
      }
      if (event.key !== 'Enter') return;
      const inside = (el: Element) => containsComposed(el, origin);
      const session = [...sessions()].find((s) => inside(s.composer));
      const box = session?.composer ?? (isReady ? null : (origin.closest(site.composerSelector) as HTMLElement | null));
      if (!box || !site.isSubmitKey(event, box as HTMLElement)) return;
      judge(
        event,
        () => [...sessions()].filter((s) => inside(s.composer)),
        () => [box],
        () => {
          // To the element the person typed in (where the editor listens), else the composer.
          const target = origin.isConnected ? origin : box.isConnected ? box : null;
          target?.dispatchEvent(copyKeyEvent(event, 'keydown', win));
          return target !== null;
        },
      );
    },
    { capture: true, signal },
  );

  // A form submitted without a judged click (implicit submission, requestSubmit by a key handler).
  win.addEventListener(
    'submit',
    (event) => {
      if (!event.isTrusted || replaying || passedInTask) return;
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      const submitter = (event as SubmitEvent).submitter;
      judge(
        event,
        () => [...sessions()].filter((s) => containsComposed(form, s.composer)),
        () => [...form.querySelectorAll(site.composerSelector)],
        () => {
          if (!form.isConnected) return false;
          form.requestSubmit(submitter && submitter.isConnected ? submitter : null);
          return true;
        },
      );
    },
    { capture: true, signal },
  );
}
