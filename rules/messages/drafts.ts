/**
 * Messages about a draft and its card (the content script and the options page's "Try a draft"):
 * evaluate, wake (a compose box is about to be used), tryDraft, reportFindings (the toolbar badge), allowTerm ("Not a problem"),
 * getPageConfig (what the card needs) and checkImage (City marks in an attached picture).
 */
import type { Validators } from './index';
import { isRecord, isIdentity, empty, MAX_SITE_LENGTH } from './check';
import type { Citation, Contact, Enforcement, Finding, Locale, OfficialAccount, PoliticalAccount, PostingIdentity, Reminder } from '../schema';

/** Longest draft the background accepts in one message (UTF-16 code units). */
export const MAX_TEXT_LENGTH = 100_000;

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

export interface TryDraftRequest {
  text: string;
  locale?: Locale;
}

export const DRAFTS_VALIDATORS: Validators<'evaluate' | 'wake' | 'tryDraft' | 'allowTerm' | 'reportFindings' | 'getPageConfig' | 'checkImage'> = {
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
  wake: empty('wake'),
  tryDraft(data) {
    if (!isRecord(data)) return 'tryDraft: payload must be an object';
    const { text, locale } = data;
    if (typeof text !== 'string') return 'tryDraft: text must be a string';
    if (locale !== undefined && locale !== 'en' && locale !== 'es') return 'tryDraft: bad locale';
    return { text, ...(locale ? { locale } : {}) };
  },
  allowTerm(data) {
    if (!isRecord(data)) return 'allowTerm: payload must be an object';
    const { term } = data;
    if (typeof term !== 'string' || term.trim().length === 0 || term.length > MAX_TERM_LENGTH) return 'allowTerm: bad term';
    return { term: term.trim() };
  },
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
