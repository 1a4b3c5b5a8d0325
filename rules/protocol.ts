/**
 * The one message protocol between the extension's contexts (docs/architecture.md, Contracts).
 * Pure: the runtime is passed in, so this file uses no browser API and the same
 * code runs against the real `browser.runtime` and `fakeBrowser.runtime` in tests.
 */
import {
  CATEGORIES,
  DECISION_ACTIONS,
  PACK_IDS,
  SEVERITIES,
  type Category,
  type CategorySettings,
  type Citation,
  type Contact,
  type CustomRule,
  type Decision,
  type DecisionAction,
  type ExtraSite,
  type Enforcement,
  type Finding,
  type Locale,
  type OfficialAccount,
  type OfficialPost,
  type PoliticalAccount,
  type PostingIdentity,
  type Reminder,
  type PackId,
  type SavedDraft,
  type SettingKey,
  type Settings,
} from './schema';

/** Longest draft the background accepts in one message (UTF-16 code units). */
export const MAX_TEXT_LENGTH = 100_000;
const MAX_SITE_LENGTH = 64;

export interface EvaluateRequest {
  /** Adapter id of the site the draft is on, e.g. "x". */
  site: string;
  text: string;
  locale?: Locale;
  /** Who the draft is posted as (read from the page or set on the card); official accounts get their own rules. */
  identity?: PostingIdentity;
}

export interface EvaluateResponse {
  findings: Finding[];
  /** True when the draft was longer than MAX_TEXT_LENGTH and only its start was checked. */
  truncated: boolean;
  /** Reminders shown beside the findings (official record, duty hours); never interrupt. */
  reminders?: Reminder[];
}

/**
 * Message type → [request, response]. Add a message here (with its validator below)
 * and nowhere else; its handler lives in the background module of its feature.
 */
export interface ProtocolMap {
  evaluate: [EvaluateRequest, EvaluateResponse];
  // Options page and popup (entrypoints/background/options.ts, history.ts).
  getSettingsView: [EmptyRequest, SettingsView];
  setUserSettings: [UserSettingsPatch, SettingsView];
  tryDraft: [TryDraftRequest, EvaluateResponse];
  pause: [PauseRequest, PauseResponse];
  listHistory: [HistoryFilter, HistoryPage];
  exportHistory: [HistoryFilter, HistoryExport];
  deleteHistory: [EmptyRequest, DeleteResponse];
  listDrafts: [EmptyRequest, SavedDraft[]];
  deleteDraft: [{ id: number }, DeleteResponse];
  /** Popup → the content script of the active tab (entrypoints/compose.content/status.ts). */
  getTabStatus: [EmptyRequest, TabStatus];
  recordDecision: [RecordDecisionRequest, { id: number }];
  saveDraft: [SaveDraftRequest, { id: number }];
  getPageConfig: [Record<string, never>, PageConfig];
  allowTerm: [AllowTermRequest, { allowTerms: string[] }];
  /** Content script on a host no built-in adapter knows: which admin-listed site (extraSites) is this page? */
  getExtraSite: [EmptyRequest, ExtraSite | null];
  // Posting identity and official records (entrypoints/background/official.ts).
  getPostingIdentity: [{ site: string }, PostingIdentityState];
  setPostingIdentity: [{ site: string; identity: PostingIdentity }, PostingIdentityState];
  keepOfficialPost: [KeepOfficialPostRequest, { kept: boolean }];
  listOfficialPosts: [EmptyRequest, OfficialPost[]];
  exportOfficialPosts: [EmptyRequest, HistoryExport];
  // First run (entrypoints/background/install.ts) and the toolbar badge (badge.ts).
  getWelcomeState: [EmptyRequest, WelcomeState];
  getWhatsNew: [EmptyRequest, WhatsNew | null];
  reportFindings: [ReportFindingsRequest, null];
  /** An image attached to a draft: does it show a City mark? (entrypoints/background/cityMarks.ts) */
  checkImage: [CheckImageRequest, CheckImageResponse];
}

/** Largest attached image sent for checking (bytes); bigger files are not checked. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Picture types the browser decodes (createImageBitmap). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/bmp', 'image/avif'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/**
 * The attached file's bytes as base64 (extension messages are JSON: no ArrayBuffer).
 * The background decodes and hashes it off the page's thread and keeps nothing.
 */
export interface CheckImageRequest {
  site: string;
  type: ImageType;
  base64: string;
}

export interface CheckImageResponse {
  /**
   * The configured mark the picture shows, or null (also when no marks are configured or checking
   * is paused), with where the active policy forbids it (rules/policy/cited.ts cityMarksCitations).
   */
  match: { mark: string; score: number; citations: Citation[] } | null;
}

/** The identity chosen on the card for a site, for this tab's session (null: not chosen). */
export interface PostingIdentityState {
  identity: PostingIdentity | null;
}

/** A post that went through from an official account (kept only when IT sets keepOfficialPosts). */
export interface KeepOfficialPostRequest {
  site: string;
  text: string;
  handle?: string;
}

/**
 * What the welcome page shows in its setup step. `managed` is 'present' as soon as the
 * organization set any key; 'none' only once the managed policy had time to arrive
 * (an early empty answer is not "no policy": notes/browser-lab.md).
 */
export interface WelcomeState {
  view: SettingsView;
  managed: 'present' | 'none';
}

/** The popup's "what's new" line after an update, shown until `until` (epoch ms). */
export interface WhatsNew {
  version: string;
  until: number;
}

/** Content script → background: findings in the focused draft of this tab (the toolbar badge). */
export interface ReportFindingsRequest {
  findings: number;
}
/** More than this shows as "99+" on the badge; also the validator's cap. */
export const MAX_BADGE_FINDINGS = 10_000;

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
  /** Sign-up e-mail fields warn about these domains (Harlingen). */
  workEmailDomains?: string[];
  /** Follow/Like/Subscribe on these asks first when posting as an official account. */
  politicalAccounts?: PoliticalAccount[];
}

/** Longest reason the user can give for posting anyway. */
export const MAX_REASON_LENGTH = 2_000;
export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K][0];
export type ResponseOf<K extends MessageType> = ProtocolMap[K][1];

export type EmptyRequest = Record<string, never>;

/** A managed value the background rejected, and what it used instead. */
export interface InvalidSetting {
  key: string;
  reason: string;
  /** The default used instead, as JSON text. */
  fallback: string;
}

/** Everything the options page needs to show settings and who decides them. */
export interface SettingsView {
  settings: Settings;
  /** Keys set by the organization (managed policy): read-only. */
  managedKeys: SettingKey[];
  invalid: InvalidSetting[];
  /** True when IT set userMayChange = false: every control is locked. */
  locked: boolean;
  /** Epoch ms until which checking is paused; 0 when not paused. */
  pausedUntil: number;
}

/** The settings a person may change on the options page (unless locked or managed). */
export const USER_SETTING_KEYS = [
  'categories', 'allowTerms', 'customRules', 'language', 'historyDays',
  // The welcome page's setup for a personal install (never over a managed value).
  'packs', 'organization', 'workEmailDomains', 'cityPolicy',
] as const;
export type UserSettingKey = (typeof USER_SETTING_KEYS)[number];
/** A change to the person's own settings; `cityPolicy: null` removes an imported city policy. */
export type UserSettingsPatch = Partial<Pick<Settings, Exclude<UserSettingKey, 'cityPolicy'>>> & { cityPolicy?: Settings['cityPolicy'] | null };

export interface TryDraftRequest {
  text: string;
  locale?: Locale;
}

export const PAUSE_MINUTES = 10;
export interface PauseRequest {
  /** The site the popup was opened on, for the decisions log. */
  site?: string;
}
export interface PauseResponse {
  pausedUntil: number;
}

export interface HistoryFilter {
  site?: string;
  action?: DecisionAction;
  category?: Category;
  /** Epoch ms, inclusive. */
  since?: number;
}

/** Counts in the style of the pre-posting prompt research (Katsaros et al. 2022). */
export type HistorySummary = { prompts: number } & Record<DecisionAction, number>;

export interface HistoryPage {
  decisions: Decision[];
  /** Every site present in the log (for the filter). */
  sites: string[];
  summary: HistorySummary;
}

export interface HistoryExport {
  filename: string;
  csv: string;
}

export interface DeleteResponse {
  deleted: number;
}

/** What the content script of a tab reports to the popup. */
export interface TabStatus {
  /** Adapter id of the site ("x"), or null when this page is not a supported site. */
  site: string | null;
  composers: number;
  /** Findings in the draft that has (or last had) focus. */
  findings: number;
}

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

const MAX_TERMS = 500;

function empty(name: string) {
  return (data: unknown): EmptyRequest | string =>
    isRecord(data) && Object.keys(data).length === 0 ? {} : `${name}: payload must be an empty object`;
}

function isTermList(v: unknown): v is string[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_TERMS &&
    v.every((t) => typeof t === 'string' && t.trim().length > 0 && t.length <= MAX_TERM_LENGTH)
  );
}

function checkCategories(v: unknown): CategorySettings | string {
  if (!isRecord(v)) return 'categories must be an object';
  const out: CategorySettings = {};
  for (const [id, value] of Object.entries(v)) {
    if (!(CATEGORIES as readonly string[]).includes(id)) return `unknown category "${id}"`;
    if (!isRecord(value)) return `categories.${id} must be an object`;
    const { enabled, severity } = value;
    if (enabled !== undefined && typeof enabled !== 'boolean') return `categories.${id}.enabled must be true or false`;
    if (severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(severity)) return `categories.${id}.severity is not a severity`;
    out[id as Category] = {
      ...(enabled !== undefined ? { enabled } : {}),
      ...(severity !== undefined ? { severity: severity as (typeof SEVERITIES)[number] } : {}),
    };
  }
  return out;
}

/** The user's own words: term rules only (patterns are for IT, checked with re2js). */
function checkUserRules(v: unknown): CustomRule[] | string {
  if (!Array.isArray(v) || v.length > MAX_TERMS) return 'customRules must be a list';
  const out: CustomRule[] = [];
  for (const r of v) {
    if (!isRecord(r)) return 'customRules: each rule must be an object';
    const { id, category, severity, terms, message } = r;
    if (typeof id !== 'string' || !id.startsWith('user.') || id.length > 64) return 'customRules: a user rule id starts with "user."';
    if (!(CATEGORIES as readonly unknown[]).includes(category)) return `customRules: bad category in ${id}`;
    if (!(SEVERITIES as readonly unknown[]).includes(severity)) return `customRules: bad severity in ${id}`;
    if (!isTermList(terms) || terms.length === 0) return `customRules: ${id} needs terms`;
    if (typeof message !== 'string' || message.length > 500) return `customRules: bad message in ${id}`;
    if ('pattern' in r) return 'customRules: patterns are for the organization only';
    out.push({ id, category: category as Category, severity: severity as CustomRule['severity'], terms, message });
  }
  return out;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const MAX_FIELD = 200;
const CONTACT_FIELDS = ['role', 'name', 'email', 'phone', 'url'] as const;

/** The person's own "whom to ask" (welcome page setup): at most 20 contacts, short fields, role required. */
function checkOrganization(v: unknown): Settings['organization'] | string {
  if (!isRecord(v)) return 'organization must be an object';
  const { name, contacts } = v;
  if (typeof name !== 'string' || name.length > MAX_FIELD) return 'organization.name must be short text';
  if (!Array.isArray(contacts) || contacts.length > 20) return 'organization.contacts must be a list';
  const out: Contact[] = [];
  for (const c of contacts) {
    if (!isRecord(c)) return 'organization.contacts: each contact must be an object';
    if (Object.keys(c).some((k) => !(CONTACT_FIELDS as readonly string[]).includes(k))) return 'organization.contacts: unknown field';
    if (typeof c.role !== 'string' || !c.role.trim()) return 'organization.contacts: a contact needs a role';
    const contact: Contact = { role: c.role };
    for (const f of CONTACT_FIELDS.slice(1)) {
      const value = c[f];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.length > (f === 'url' ? 500 : MAX_FIELD)) return `organization.contacts: bad ${f}`;
      contact[f] = value;
    }
    out.push(contact);
  }
  return { name, contacts: out };
}

function checkFilter(data: unknown): HistoryFilter | string {
  if (!isRecord(data)) return 'history filter must be an object';
  const { site, action, category, since } = data;
  const out: HistoryFilter = {};
  if (site !== undefined) {
    if (typeof site !== 'string' || site.length > MAX_SITE_LENGTH) return 'history filter: bad site';
    out.site = site;
  }
  if (action !== undefined) {
    if (!(DECISION_ACTIONS as readonly unknown[]).includes(action)) return 'history filter: bad action';
    out.action = action as DecisionAction;
  }
  if (category !== undefined) {
    if (!(CATEGORIES as readonly unknown[]).includes(category)) return 'history filter: bad category';
    out.category = category as Category;
  }
  if (since !== undefined) {
    if (typeof since !== 'number' || !Number.isFinite(since)) return 'history filter: bad since';
    out.since = since;
  }
  return out;
}

/** Each validator returns the typed request, or a string saying what is wrong. */
export const VALIDATORS: { [K in MessageType]: Validator<K> } = {
  evaluate(data) {
    if (!isRecord(data)) return 'evaluate: payload must be an object';
    const { site, text, locale } = data;
    if (typeof site !== 'string' || site.length === 0 || site.length > MAX_SITE_LENGTH) return 'evaluate: bad site';
    if (typeof text !== 'string') return 'evaluate: text must be a string';
    if (locale !== undefined && locale !== 'en' && locale !== 'es') return 'evaluate: bad locale';
    const { identity } = data;
    if (identity !== undefined && !isIdentity(identity)) return 'evaluate: bad identity';
    return { site, text, ...(locale ? { locale } : {}), ...(identity ? { identity } : {}) };
  },
  getSettingsView: empty('getSettingsView'),
  setUserSettings(data) {
    if (!isRecord(data)) return 'setUserSettings: payload must be an object';
    const patch: UserSettingsPatch = {};
    for (const [key, value] of Object.entries(data)) {
      switch (key) {
        case 'categories': {
          const c = checkCategories(value);
          if (typeof c === 'string') return `setUserSettings: ${c}`;
          patch.categories = c;
          break;
        }
        case 'allowTerms':
          if (!isTermList(value)) return 'setUserSettings: allowTerms must be a list of short terms';
          patch.allowTerms = value;
          break;
        case 'customRules': {
          const r = checkUserRules(value);
          if (typeof r === 'string') return `setUserSettings: ${r}`;
          patch.customRules = r;
          break;
        }
        case 'language':
          if (value !== 'auto' && value !== 'en' && value !== 'es') return 'setUserSettings: bad language';
          patch.language = value;
          break;
        case 'historyDays':
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 3650) {
            return 'setUserSettings: historyDays must be a whole number of days from 1 to 3650';
          }
          patch.historyDays = value;
          break;
        // Shape checks only: the settings store validates again with rules/managed.ts (which
        // pulls in re2js, kept out of the content script that also loads this file).
        case 'packs':
          if (!Array.isArray(value) || new Set(value).size !== value.length || !value.every((p) => (PACK_IDS as readonly unknown[]).includes(p))) {
            return 'setUserSettings: packs must be a list of pack ids';
          }
          patch.packs = value as PackId[];
          break;
        case 'organization': {
          const o = checkOrganization(value);
          if (typeof o === 'string') return `setUserSettings: ${o}`;
          patch.organization = o;
          break;
        }
        // A city policy file (issue #13): shape only here; checked in full by the settings store (rules/policy/city.ts).
        case 'cityPolicy':
          if (value === null) {
            patch.cityPolicy = null; // "Remove imported policy"
            break;
          }
          if (!isRecord(value)) return 'setUserSettings: cityPolicy must be an object or null';
          patch.cityPolicy = value as unknown as NonNullable<UserSettingsPatch['cityPolicy']>;
          break;
        case 'workEmailDomains':
          if (!Array.isArray(value) || value.length > 50 || !value.every((d) => typeof d === 'string' && DOMAIN.test(d))) {
            return 'setUserSettings: workEmailDomains must be a list of domain names';
          }
          patch.workEmailDomains = value as string[];
          break;
        default:
          return `setUserSettings: "${key}" is not a user setting`;
      }
    }
    return patch;
  },
  tryDraft(data) {
    if (!isRecord(data)) return 'tryDraft: payload must be an object';
    const { text, locale } = data;
    if (typeof text !== 'string') return 'tryDraft: text must be a string';
    if (locale !== undefined && locale !== 'en' && locale !== 'es') return 'tryDraft: bad locale';
    return { text, ...(locale ? { locale } : {}) };
  },
  pause(data) {
    if (!isRecord(data)) return 'pause: payload must be an object';
    const { site } = data;
    if (site !== undefined && (typeof site !== 'string' || site.length > MAX_SITE_LENGTH)) return 'pause: bad site';
    return site === undefined ? {} : { site };
  },
  listHistory: checkFilter,
  exportHistory: checkFilter,
  deleteHistory: empty('deleteHistory'),
  listDrafts: empty('listDrafts'),
  deleteDraft(data) {
    if (!isRecord(data) || typeof data.id !== 'number' || !Number.isInteger(data.id)) return 'deleteDraft: id must be a whole number';
    return { id: data.id };
  },
  getTabStatus: empty('getTabStatus'),
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
  getWelcomeState: empty('getWelcomeState'),
  getWhatsNew: empty('getWhatsNew'),
  reportFindings(data) {
    if (!isRecord(data) || Object.keys(data).length !== 1) return 'reportFindings: payload must be { findings }';
    const { findings } = data;
    if (typeof findings !== 'number' || !Number.isInteger(findings) || findings < 0 || findings > MAX_BADGE_FINDINGS) {
      return 'reportFindings: findings must be a whole number';
    }
    return { findings };
  },
  getPageConfig(data) {
    if (!isRecord(data) || Object.keys(data).length > 0) return 'getPageConfig: payload must be {}';
    return {};
  },
  getExtraSite(data) {
    if (!isRecord(data) || Object.keys(data).length > 0) return 'getExtraSite: payload must be {}';
    return {};
  },
  getPostingIdentity(data) {
    if (!isRecord(data) || !isSite(data.site)) return 'getPostingIdentity: bad site';
    return { site: data.site };
  },
  setPostingIdentity(data) {
    if (!isRecord(data) || !isSite(data.site)) return 'setPostingIdentity: bad site';
    if (!isIdentity(data.identity)) return 'setPostingIdentity: bad identity';
    return { site: data.site, identity: data.identity };
  },
  keepOfficialPost(data) {
    if (!isRecord(data) || !isSite(data.site)) return 'keepOfficialPost: bad site';
    const { text, handle } = data;
    if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return 'keepOfficialPost: bad text';
    if (handle !== undefined && (typeof handle !== 'string' || handle.length > 100)) return 'keepOfficialPost: bad handle';
    return { site: data.site, text, ...(handle !== undefined ? { handle } : {}) };
  },
  listOfficialPosts: empty('listOfficialPosts'),
  exportOfficialPosts: empty('exportOfficialPosts'),
  checkImage(data) {
    if (!isRecord(data)) return 'checkImage: payload must be an object';
    const { site, type, base64 } = data;
    if (typeof site !== 'string' || site.length === 0 || site.length > MAX_SITE_LENGTH) return 'checkImage: bad site';
    if (typeof type !== 'string' || !(IMAGE_TYPES as readonly string[]).includes(type)) return 'checkImage: not a picture type';
    if (typeof base64 !== 'string' || base64.length === 0) return 'checkImage: base64 must be a non-empty string';
    if (base64.length > Math.ceil(MAX_IMAGE_BYTES / 3) * 4) return 'checkImage: image larger than the limit';
    if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return 'checkImage: base64 is malformed';
    return { site, type: type as ImageType, base64 };
  },
};

function isSite(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_SITE_LENGTH;
}

function isIdentity(v: unknown): v is PostingIdentity {
  return v === 'official' || v === 'personal';
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
