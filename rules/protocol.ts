/**
 * The one message protocol between the extension's contexts (DESIGN.md §3).
 * Pure: the runtime is passed in, so this file uses no browser API and the same
 * code runs against the real `browser.runtime` and `fakeBrowser.runtime` in tests.
 */
import {
  DECISION_ACTIONS,
  type Contact,
  type DecisionAction,
  type Enforcement,
  type Finding,
  type Locale,
  type OfficialAccount,
} from './schema';

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

/**
 * Message type → [request, response]. Add a message here (with its validator below)
 * and nowhere else; its handler lives in the background module of its feature.
 */
export interface ProtocolMap {
  evaluate: [EvaluateRequest, EvaluateResponse];
  recordDecision: [RecordDecisionRequest, { id: number }];
  saveDraft: [SaveDraftRequest, { id: number }];
  getPageConfig: [Record<string, never>, PageConfig];
  allowTerm: [AllowTermRequest, { allowTerms: string[] }];
}

/** "Not a problem": add a flagged term to the user's own allow-list (when IT allows it). */
export interface AllowTermRequest {
  term: string;
}
export const MAX_TERM_LENGTH = 100;

/** What the user did at a submit warning. The background re-checks `text` for the rule ids. */
export interface RecordDecisionRequest {
  site: string;
  text: string;
  action: DecisionAction;
  /** Required by enforcement `justify` for "post anyway". */
  reason?: string;
  locale?: Locale;
}

/** "Ask before posting": keep the draft (and log the decision). Findings are re-checked in the background. */
export interface SaveDraftRequest {
  site: string;
  text: string;
  locale?: Locale;
}

/** The part of the effective settings the in-page card needs, and nothing more. */
export interface PageConfig {
  enforcement: Enforcement;
  organizationName: string;
  contacts: Contact[];
  officialAccounts: OfficialAccount[];
  /** Whether "Not a problem" may add a term to the user's allow-list. */
  userMayAddAllowTerms: boolean;
  language: Locale | 'auto';
}

/** Longest reason the user can give for posting anyway. */
export const MAX_REASON_LENGTH = 2_000;
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
  recordDecision(data) {
    if (!isRecord(data)) return 'recordDecision: payload must be an object';
    const { site, text, action, reason, locale } = data;
    if (typeof site !== 'string' || site.length === 0 || site.length > MAX_SITE_LENGTH) return 'recordDecision: bad site';
    if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return 'recordDecision: bad text';
    if (typeof action !== 'string' || !(DECISION_ACTIONS as readonly string[]).includes(action)) return 'recordDecision: bad action';
    if (reason !== undefined && (typeof reason !== 'string' || reason.length > MAX_REASON_LENGTH)) return 'recordDecision: bad reason';
    if (locale !== undefined && locale !== 'en' && locale !== 'es') return 'recordDecision: bad locale';
    return { site, text, action: action as DecisionAction, ...(reason !== undefined ? { reason } : {}), ...(locale ? { locale } : {}) };
  },
  saveDraft(data) {
    if (!isRecord(data)) return 'saveDraft: payload must be an object';
    const { site, text, locale } = data;
    if (typeof site !== 'string' || site.length === 0 || site.length > MAX_SITE_LENGTH) return 'saveDraft: bad site';
    if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return 'saveDraft: bad text';
    if (locale !== undefined && locale !== 'en' && locale !== 'es') return 'saveDraft: bad locale';
    return { site, text, ...(locale ? { locale } : {}) };
  },
  allowTerm(data) {
    if (!isRecord(data)) return 'allowTerm: payload must be an object';
    const { term } = data;
    if (typeof term !== 'string' || term.trim().length === 0 || term.length > MAX_TERM_LENGTH) return 'allowTerm: bad term';
    return { term: term.trim() };
  },
  getPageConfig(data) {
    if (!isRecord(data) || Object.keys(data).length > 0) return 'getPageConfig: payload must be {}';
    return {};
  },
};

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
