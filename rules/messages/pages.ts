/**
 * Messages for the extension's pages and first run: getTabStatus (popup → the tab's content
 * script), getWelcomeState, getWhatsNew, getExtraSite (a site IT listed in extraSites).
 */
import type { Validators } from './index';
import type { SettingsView } from './settings';
import { isRecord, empty } from './check';

/**
 * What the welcome page shows in its setup step. `managed` is 'present' as soon as the
 * organization set any key; 'none' only once the managed policy had time to arrive
 * (an early empty answer is not "no policy": docs/browser-facts.md).
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

/** What the content script of a tab reports to the popup. */
export interface TabStatus {
  /** Adapter id of the site ("x"), or null when this page is not a supported site. */
  site: string | null;
  composers: number;
  /** Findings in the draft that has (or last had) focus. */
  findings: number;
  /**
   * True when that draft's box is watched by the fallback hooks (sites/fallback.ts: a box no
   * adapter selector names), not by the site's adapter; absent otherwise.
   */
  fallback?: true;
}

export const PAGES_VALIDATORS: Validators<'getTabStatus' | 'getWelcomeState' | 'getWhatsNew' | 'getExtraSite'> = {
  getTabStatus: empty('getTabStatus'),
  getWelcomeState: empty('getWelcomeState'),
  getWhatsNew: empty('getWhatsNew'),
  getExtraSite(data) {
    if (!isRecord(data) || Object.keys(data).length > 0) return 'getExtraSite: payload must be {}';
    return {};
  },
};
