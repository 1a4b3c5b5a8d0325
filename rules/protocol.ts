/**
 * The one message protocol between the extension's contexts (DESIGN.md §3).
 * Pure: the runtime is passed in, so this file uses no browser API and the same
 * code runs against the real `browser.runtime` and `fakeBrowser.runtime` in tests.
 */
import type { Finding, Locale, PolicyProblem, SettingKey, Settings } from './schema';

/** Longest draft the background accepts in one message (UTF-16 code units). */
export const MAX_TEXT_LENGTH = 100_000;
const MAX_SITE_LENGTH = 64;

export interface EvaluateRequest {
  /** Adapter id of the site the draft is on, e.g. "x". */
  site: string;
  text: string;
  locale?: Locale;
}

export interface EvaluateResponse {
  findings: Finding[];
  /** True when the draft was longer than MAX_TEXT_LENGTH and only its start was checked. */
  truncated: boolean;
}

/** Extension pages only (options, popup): the effective settings and what the organization set. */
export type SettingsStateRequest = Record<string, never>;
export interface SettingsStateResponse {
  settings: Settings;
  /** Keys set by the managed policy: read-only, "Set by your organization". */
  managedKeys: SettingKey[];
  /** Invalid managed values, each with the default used instead. */
  problems: PolicyProblem[];
}

/**
 * Message type → [request, response]. Add a message here (with its validator below)
 * and nowhere else; its handler lives in the background module of its feature.
 */
export interface ProtocolMap {
  evaluate: [EvaluateRequest, EvaluateResponse];
  settingsState: [SettingsStateRequest, SettingsStateResponse];
}
export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K][0];
export type ResponseOf<K extends MessageType> = ProtocolMap[K][1];

/** What actually travels: a tagged envelope so foreign messages are ignored. */
export interface Envelope<K extends MessageType = MessageType> {
  askFirst: 1;
  type: K;
  data: RequestOf<K>;
}

type Validator<K extends MessageType> = (data: unknown) => RequestOf<K> | string;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Each validator returns the typed request, or a string saying what is wrong. */
export const VALIDATORS: { [K in MessageType]: Validator<K> } = {
  evaluate(data) {
    if (!isRecord(data)) return 'evaluate: payload must be an object';
    const { site, text, locale } = data;
    if (typeof site !== 'string' || site.length === 0 || site.length > MAX_SITE_LENGTH) return 'evaluate: bad site';
    if (typeof text !== 'string') return 'evaluate: text must be a string';
    if (locale !== undefined && locale !== 'en' && locale !== 'es') return 'evaluate: bad locale';
    return { site, text, ...(locale ? { locale } : {}) };
  },
  settingsState(data) {
    if (!isRecord(data) || Object.keys(data).length) return 'settingsState: payload must be {}';
    return {};
  },
};

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
  return runtime.sendMessage(envelope) as Promise<ResponseOf<K>>;
}

export type Handlers = {
  [K in MessageType]: (data: RequestOf<K>, sender: SenderLike) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

/**
 * Routes our messages to typed handlers after checking that the sender is this
 * extension and the payload has the right shape. Anything else is ignored
 * (returns undefined so other listeners may answer). Returns an unsubscribe function.
 */
export function listen(runtime: RuntimeLike, handlers: Handlers, onReject?: (why: string) => void): () => void {
  const listener = (message: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
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
