/**
 * How messages travel between the extension's contexts: a tagged envelope, a sender that
 * checks nothing, and a listener that validates every request (VALIDATORS) before a handler
 * sees it. Pure: the runtime is passed in (the real `browser.runtime` or `fakeBrowser.runtime`).
 */
import type { MessageType, RequestOf, ResponseOf, Validator } from './index';
import { VALIDATORS } from './validators';
import { isRecord } from './check';

/** What actually travels: a tagged envelope so foreign messages are ignored. */
export interface Envelope<K extends MessageType = MessageType> {
  askFirst: 1;
  type: K;
  data: RequestOf<K>;
}

/**
 * Background → our content scripts (`tabs.sendMessage`): the effective policy changed,
 * re-check open drafts. Not a request: nothing answers it.
 */
export interface PolicyChangedEvent {
  askFirst: 1;
  event: 'policyChanged';
}
export const POLICY_CHANGED: PolicyChangedEvent = { askFirst: 1, event: 'policyChanged' };
export function isPolicyChanged(msg: unknown): msg is PolicyChangedEvent {
  return isRecord(msg) && msg.askFirst === 1 && msg.event === 'policyChanged';
}

export function isEnvelope(msg: unknown): msg is Envelope {
  return isRecord(msg) && msg.askFirst === 1 && typeof msg.type === 'string' && Object.hasOwn(VALIDATORS, msg.type);
}

/** The parts of `browser.runtime` the messenger needs. */
export interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: (message: unknown, sender: SenderLike) => Promise<unknown> | undefined): void;
    removeListener(cb: (message: unknown, sender: SenderLike) => Promise<unknown> | undefined): void;
  };
}
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export function sendMessage<K extends MessageType>(
  runtime: Pick<RuntimeLike, 'sendMessage'>,
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { askFirst: 1, type, data };
  // After an extension reload Chrome throws "Extension context invalidated" synchronously;
  // as a rejection it reaches the caller's .catch like every other failure.
  try {
    return runtime.sendMessage(envelope) as Promise<ResponseOf<K>>;
  } catch (error) {
    return Promise.reject(error);
  }
}

export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>, sender: SenderLike) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

/**
 * Routes our messages to typed handlers after checking that the sender is this
 * extension and the payload has the right shape. Anything else is ignored
 * (returns undefined so other listeners may answer), and so is a message this context
 * has no handler for. Returns an unsubscribe function.
 */
export function listen(runtime: RuntimeLike, handlers: Partial<Handlers>, onReject?: (why: string) => void): () => void {
  const listener = (message: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    // Each context answers only its own messages (the popup's getTabStatus goes to content scripts).
    if (!isEnvelope(message) || !handlers[message.type]) return undefined;
    if (sender.id !== runtime.id) {
      onReject?.(`message from another extension or page (${sender.id ?? 'no id'})`);
      return undefined;
    }
    const checked = (VALIDATORS[message.type] as Validator<MessageType>)(message.data);
    if (typeof checked === 'string') {
      onReject?.(checked);
      return Promise.reject(new Error(checked));
    }
    const handler = handlers[message.type] as (d: typeof checked, s: SenderLike) => unknown;
    return Promise.resolve(handler(checked, sender));
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
