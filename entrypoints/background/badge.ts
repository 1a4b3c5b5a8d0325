/**
 * The toolbar badge: how many findings the focused draft of a tab has, nothing when it is
 * clean. The tab's content script reports the count (`reportFindings`); the badge and its
 * title are set for that tab only, so other tabs keep their own. Chromium clears a tab's
 * badge on navigation; a single-page site's composer going away reports 0.
 * `action` (MV3) or `browserAction` (Firefox MV2): no permission needed for either.
 */
import { createTranslate, resolveLocale } from '../../components/i18n';
import type { Handlers, SenderLike } from '../../rules/messages';
import type { SettingsStore } from './settings';

export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

export interface BadgeDeps {
  action: ActionLike;
  settings: Pick<SettingsStore, 'get' | 'ready'>;
  uiLanguage: () => string;
  extensionOrigin: string;
}

/** The badge text for a count: empty when clean, "99+" past two digits (the badge fits about four characters). */
export function badgeText(findings: number): string {
  if (findings <= 0) return '';
  return findings > 99 ? '99+' : String(findings);
}

export function badgeHandlers({ action, settings, uiLanguage, extensionOrigin }: BadgeDeps): Pick<Handlers, 'reportFindings'> {
  // Dark red: legible white text (contrast 7:1), and the same colour as a violation highlight's underline.
  void Promise.resolve(action.setBadgeBackgroundColor({ color: '#a4161a' })).catch(() => undefined);
  return {
    async reportFindings({ findings }, sender: SenderLike) {
      // Only a content script in a tab reports; our own pages have nothing to count.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.url?.startsWith(extensionOrigin)) throw new Error('Ask First: reportFindings comes from a tab');
      await settings.ready;
      const t = createTranslate(resolveLocale(settings.get().language, uiLanguage()));
      await action.setBadgeText({ tabId, text: badgeText(findings) });
      await action.setTitle({ tabId, title: findings > 0 ? t('badgeTitleFindings', findings) : t('extName') });
      return null;
    },
  };
}
