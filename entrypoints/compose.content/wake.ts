/**
 * Waking the background worker as a person reaches for a compose box (issue 18, "no slow first
 * check").
 *
 * Chrome stops an idle extension worker after 30 s; starting it again takes Chromium itself
 * ~250 ms on a quiet machine, before our bundle loads and compiles the policy. Met on the first
 * keystroke, all of that is the first highlight's delay. But a person clicks (or tabs) into the
 * box first and then moves a hand to the keyboard (~0.4 s, the Keystroke-Level Model's "homing"),
 * so a message sent on that pointerdown or focus starts the worker while they do: by their first
 * word it is loaded and compiled.
 *
 * The message carries nothing and answers nothing (`wake` in rules/messages). A page can move
 * focus itself (a script's focus() is as trusted as a click's), so what limits it is the rate:
 * at most one wake per WAKE_EVERY_MS, and the page learns nothing from it.
 */

/**
 * At most one wake per this long. A woken worker stays up ~30 s after its last event, but it can
 * also be stopped sooner (an update, a crash, memory pressure), so the limit is short: it only
 * keeps a page that moves focus in a loop from sending a stream of messages.
 */
export const WAKE_EVERY_MS = 1_000;

export interface WakeDeps {
  /** Where pointerdown and focusin are heard (the window, in the capture phase). */
  target: Pick<Window, 'addEventListener'>;
  /** Whether the element the event began at is in a box a person writes in. */
  isTextBox(origin: Element): boolean;
  /** Sends the wake message; its answer and failures are ignored. */
  wake(): Promise<unknown>;
  signal: AbortSignal;
  now?: () => number;
}

export function wakeWhenApproached({ target, isTextBox, wake, signal, now = () => performance.now() }: WakeDeps): void {
  let last = -Infinity;
  const approached = (event: Event) => {
    const at = now();
    if (at - last < WAKE_EVERY_MS) return;
    // composedPath crosses open shadow roots (Reddit's title box); a closed root (our card) shows its host only.
    const origin = event.composedPath()[0];
    if (!(origin instanceof Element) || !isTextBox(origin)) return;
    last = at;
    wake().catch(() => undefined);
  };
  for (const type of ['pointerdown', 'focusin']) target.addEventListener(type, approached, { capture: true, passive: true, signal });
}
