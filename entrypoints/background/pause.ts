/**
 * The popup's "pause for 10 minutes". Kept in storage.local so it survives the service
 * worker sleeping, and mirrored in memory so the draft check does not read storage on
 * every keystroke.
 */
import type { StorageLike } from './settings';

export const PAUSED_UNTIL_KEY = 'pausedUntil';

export interface PauseState {
  /** Resolved once the stored value has been read. */
  ready: Promise<void>;
  /** The end of the pause in force (epoch ms), or 0. */
  until(now: number): number;
  set(until: number): Promise<void>;
  /** Called when a pause starts or is cleared (from any context). Returns an unsubscribe function. */
  subscribe(cb: () => void): () => void;
}

export function createPauseState(storage: StorageLike): PauseState {
  let until = 0;
  const listeners = new Set<() => void>();
  const read = async () => {
    const stored = (await storage.local.get(PAUSED_UNTIL_KEY))[PAUSED_UNTIL_KEY];
    const next = typeof stored === 'number' ? stored : 0;
    if (next === until) return;
    until = next;
    for (const l of listeners) l();
  };
  storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PAUSED_UNTIL_KEY in changes) void read();
  });
  return {
    ready: read(),
    until: (now) => (until > now ? until : 0),
    async set(next) {
      await storage.local.set({ [PAUSED_UNTIL_KEY]: next });
      await read();
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}
