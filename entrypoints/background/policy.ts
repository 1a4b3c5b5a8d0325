/**
 * Managed policy in the background: the `settingsState` message for extension pages
 * (options, popup), and the `policyChanged` broadcast that makes open drafts be
 * re-checked when the organization's policy (or the user's settings) change.
 */
import { POLICY_CHANGED, type Handlers, type SenderLike } from '../../rules/protocol';
import type { SettingsStore } from './settings';

/**
 * `settingsState`, answered only to our own pages (by URL: an options page open in a
 * tab has a `sender.tab` too), never to content scripts, whose URL is the web page's.
 */
export function policyHandlers(settings: SettingsStore, extensionOrigin: string): Pick<Handlers, 'settingsState'> {
  return {
    async settingsState(_data, sender: SenderLike) {
      if (!sender.url?.startsWith(extensionOrigin)) throw new Error('settingsState: extension pages only');
      await settings.ready;
      return { settings: settings.get(), managedKeys: settings.managedKeys(), problems: settings.problems() };
    },
  };
}

export interface TabsLike {
  query(q: Record<string, never>): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Tells every tab's content script that the effective settings changed. Tabs without
 * our content script reject (no receiver): that is expected and ignored. Needs no
 * permission: tabs.query without a URL filter and messaging our own scripts are free.
 */
export function broadcastPolicyChanges(settings: SettingsStore, tabs: TabsLike): () => void {
  return settings.subscribe(() => {
    void tabs.query({}).then((all) =>
      Promise.all(all.map((tab) => (tab.id === undefined ? undefined : tabs.sendMessage(tab.id, POLICY_CHANGED).catch(() => undefined)))),
    );
  });
}
