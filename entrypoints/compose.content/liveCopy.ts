/**
 * One live copy of the compose script per frame. A copy keeps its context (WXT's
 * ContentScriptContext) under this global key in the extension's isolated world of the frame;
 * a copy that finds a live one there stops at once. The background's re-attach probe
 * (entrypoints/background/reattach.ts) reads the same key to leave such frames alone.
 *
 * A copy from before a reload or update of the extension never counts as live: its extension
 * context is gone (docs/browser-facts.md, "Re-attaching after an update"). It still shares the
 * page's DOM (and CSS.highlights) with the current copy, which is why the notice and the
 * highlighter take care not to undo each other's work.
 */
export const LIVE_COPY_KEY = 'ask-first.compose';

export interface LiveCopy {
  readonly isValid: boolean;
}

/** Claims this frame for `ctx`; false when a live copy already runs here (then this one must stop). */
export function claimFrame(ctx: LiveCopy, scope: object = globalThis): boolean {
  const slot = scope as Record<symbol, LiveCopy | undefined>;
  const key = Symbol.for(LIVE_COPY_KEY);
  if (slot[key]?.isValid) return false;
  slot[key] = ctx;
  return true;
}
