/**
 * When a compose box's draft is checked after it changes (issue 18, "highlights within a blink").
 *
 * A check costs the page little (read the box, one message, draw the ranges) and the engine well
 * under a millisecond on a short draft, so a short draft is checked in the task after the change:
 * the highlight follows the keystroke within a frame or two. A long draft costs more to read and
 * draw on every keystroke, so it keeps the quiet-time debounce (read at once, it would hold the
 * keystroke's own frame; bench:typing measures that on a 2,000-word draft). Never more than one check per box is in flight:
 * changes made meanwhile are checked once, when it answers (only the newest text matters).
 */

/** Quiet time after the last change before a long draft is checked (ms). */
export const DEBOUNCE_MS = 120;

/** Drafts up to this many characters are checked at every change, without waiting for quiet. */
export const LIVE_LENGTH = 2_000;

/** How long to wait before checking a draft of `length` characters: none for a short draft. */
export function checkDelay(length: number): number {
  return length <= LIVE_LENGTH ? 0 : DEBOUNCE_MS;
}

export interface CheckPacer {
  /** The draft changed: check it (now, or after the debounce, or once the check in flight answers). */
  changed(): void;
  /** Drop a pending check (the box is checked some other way, or disposed). */
  cancel(): void;
}

export interface PacerDeps {
  /** Runs one check; resolves (or rejects) when its answer is applied. */
  run(): Promise<unknown>;
  /** The draft's length as last read (an estimate is enough: it only picks the delay). */
  length(): number;
  now?: () => number;
}

/** Paces one box's checks: see the module comment. */
export function createCheckPacer({ run, length, now = () => performance.now() }: PacerDeps): CheckPacer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  /** A change came while a check was in flight: check again when it answers. */
  let again = false;
  let lastChange = -Infinity;

  const arm = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(start, delay);
  };
  const start = () => {
    timer = undefined;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    const done = () => {
      inFlight = false;
      if (!again) return;
      again = false;
      // What changed while the check ran: a short draft at once, a long one after the rest of its quiet time.
      const quiet = now() - lastChange;
      arm(length() <= LIVE_LENGTH ? 0 : Math.max(0, DEBOUNCE_MS - quiet));
    };
    run().then(done, done);
  };

  return {
    changed() {
      lastChange = now();
      if (inFlight) {
        again = true;
        return;
      }
      arm(checkDelay(length()));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      again = false;
    },
  };
}
