/**
 * The one message protocol between the extension's contexts (docs/architecture.md, Contracts).
 * A message type lives in the file of its area, with its request and response types and its
 * validator: drafts.ts (the card and the composer), settings.ts, history.ts, official.ts,
 * pages.ts (popup, welcome, extra sites); transport.ts sends and listens. Pure: no browser API.
 */
import type { EvaluateRequest, EvaluateResponse, CheckImageRequest, CheckImageResponse, ReportFindingsRequest, AllowTermRequest, PageConfig, TryDraftRequest } from './drafts';
import type { SettingsView, UserSettingsPatch, PauseRequest, PauseResponse } from './settings';
import type { RecordDecisionRequest, SaveDraftRequest, HistoryFilter, HistoryPage, HistoryExport, DeleteResponse } from './history';
import type { PostingIdentityState, KeepOfficialPostRequest } from './official';
import type { WelcomeState, WhatsNew, TabStatus } from './pages';
import type { ExtraSite, OfficialPost, PostingIdentity, SavedDraft } from '../schema';
export * from './drafts';
export * from './settings';
export * from './history';
export * from './official';
export * from './pages';
export { VALIDATORS } from './validators';
export * from './transport';

/**
 * Message type → [request, response]. Add a message here (its types and validator in its area file)
 * and nowhere else; its handler lives in the background module of its feature.
 */
export interface ProtocolMap {
  evaluate: [EvaluateRequest, EvaluateResponse];
  /**
   * A compose box got the pointer or focus: start the worker (and compile the policy) while the
   * person begins to type, not on their first keystroke. Carries nothing; answers nothing.
   */
  wake: [EmptyRequest, null];
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

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K][0];
export type ResponseOf<K extends MessageType> = ProtocolMap[K][1];

export type EmptyRequest = Record<string, never>;

/** Checks one message's request: the typed request, or a string saying what is wrong. */
export type Validator<K extends MessageType> = (data: unknown) => RequestOf<K> | string;
/** The validators of some messages (each area file exports those of its messages). */
export type Validators<K extends MessageType> = { [P in K]: Validator<P> };
