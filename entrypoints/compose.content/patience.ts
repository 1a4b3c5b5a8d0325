/**
 * Asking the background worker when it may be stopped under our feet.
 *
 * Chrome stops an idle MV3 worker (and does so mid-request when it is killed or updated). A
 * request caught in that moment either settles with nothing (the port closed: the polyfill
 * resolves `undefined`) or never settles at all — measured in tests/e2e/guard-races: 1 submit
 * in 16 hung forever, so the held post was neither sent nor stopped. Asking again starts a
 * fresh worker, which answers.
 *
 * So: ask; if the answer is missing or the request fails, ask again at once; if it is merely
 * slow, ask again after `retryAfterMs` while the first request keeps its chance (a busy worker
 * is not a dead one); take the first real answer. Give up (reject) only when both asks failed,
 * or after `giveUpAfterMs`: the caller then tells the person that the draft was not checked.
 */
export interface Patience {
  /** Ask a second time when the first has not answered by then. */
  retryAfterMs: number;
  /** Reject when no real answer came by then. */
  giveUpAfterMs: number;
}

/** For one message's worth of text: a warm check takes milliseconds, a cold worker well under a second. */
export const ONE_REQUEST: Patience = { retryAfterMs: 2_500, giveUpAfterMs: 8_000 };

/** Patience for `count` chunks asked together (the worker answers them one after another). */
export function patienceFor(count: number, base: Patience = ONE_REQUEST): Patience {
  return count <= 1 ? base : { retryAfterMs: base.retryAfterMs * count, giveUpAfterMs: base.giveUpAfterMs * count };
}

export function askPatiently<T>(ask: () => Promise<T | undefined>, isAnswer: (value: T | undefined) => value is T, patience: Patience): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let asked = 0;
    let failed = 0;
    let settled = false;
    const timers: Array<ReturnType<typeof setTimeout>> = [];
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      action();
    };
    const attempt = () => {
      if (settled || asked >= 2) return;
      asked++;
      let promise: Promise<T | undefined>;
      try {
        promise = ask();
      } catch (error) {
        promise = Promise.reject(error);
      }
      promise.then(
        (value) => (isAnswer(value) ? finish(() => resolve(value)) : miss(new Error('the extension answered nothing'))),
        (error: unknown) => miss(error),
      );
    };
    const miss = (error: unknown) => {
      failed++;
      if (asked < 2) attempt();
      else if (failed >= 2) finish(() => reject(error instanceof Error ? error : new Error(String(error))));
    };
    timers.push(setTimeout(attempt, patience.retryAfterMs));
    timers.push(setTimeout(() => finish(() => reject(new Error('the extension did not answer in time'))), patience.giveUpAfterMs));
    attempt();
  });
}
