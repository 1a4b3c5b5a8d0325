/**
 * Re-check open drafts when the policy changes: the background sends `policyChanged`
 * (rules/messages) to every tab after a managed or user settings change. Only a
 * message from our own background counts: web pages cannot reach runtime.onMessage,
 * and another extension's message has another sender id.
 */
import { isPolicyChanged, type RuntimeLike, type SenderLike } from '../../rules/messages';

type Listener = (message: unknown, sender: SenderLike) => undefined;

/** Calls `recheck` on each policy change. Returns the function that stops listening. */
export function listenForPolicyChanges(runtime: Pick<RuntimeLike, 'id' | 'onMessage'>, recheck: () => void): () => void {
  const listener: Listener = (message, sender) => {
    // From the background: our id and no tab (a content script's message carries its tab).
    if (isPolicyChanged(message) && sender.id === runtime.id && !sender.tab) recheck();
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
