/**
 * The `policyChanged` broadcast: open drafts are re-checked when the organization's
 * policy (or the user's settings) change. The options page reads managed keys and
 * problems through `getSettingsView` (entrypoints/background/options.ts).
 */
import { POLICY_CHANGED } from '../../rules/messages';

export interface TabsLike {
  query(q: Record<string, never>): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * Tells every tab's content script that what decides findings changed (settings, a pause). Tabs without
 * our content script reject (no receiver): that is expected and ignored. Needs no
 * permission: tabs.query without a URL filter and messaging our own scripts are free.
 */
export function broadcastPolicyChanges(source: { subscribe(cb: () => void): () => void }, tabs: TabsLike): () => void {
  return source.subscribe(() => {
    void tabs.query({}).then((all) =>
      Promise.all(all.map((tab) => (tab.id === undefined ? undefined : tabs.sendMessage(tab.id, POLICY_CHANGED).catch(() => undefined)))),
    );
  });
}
