/**
 * Messages about the decisions log and saved drafts (the card's choices, the options page's
 * History): recordDecision, saveDraft, listHistory, exportHistory, deleteHistory, listDrafts, deleteDraft.
 */
import type { Validators } from './index';
import { MAX_TEXT_LENGTH } from './drafts';
import { isRecord, empty, MAX_SITE_LENGTH } from './check';
import { CATEGORIES, DECISION_ACTIONS, type Category, type Decision, type DecisionAction, type Locale } from '../schema';

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

/** Longest reason the user can give for posting anyway. */
export const MAX_REASON_LENGTH = 2_000;

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

export const HISTORY_VALIDATORS: Validators<'recordDecision' | 'saveDraft' | 'listHistory' | 'exportHistory' | 'deleteHistory' | 'listDrafts' | 'deleteDraft'> = {
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
  listHistory: checkFilter,
  exportHistory: checkFilter,
  deleteHistory: empty('deleteHistory'),
  listDrafts: empty('listDrafts'),
  deleteDraft(data) {
    if (!isRecord(data) || typeof data.id !== 'number' || !Number.isInteger(data.id)) return 'deleteDraft: id must be a whole number';
    return { id: data.id };
  },
};
