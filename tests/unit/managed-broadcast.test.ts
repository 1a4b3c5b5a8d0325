import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsView } from '../../entrypoints/background/options';
import { broadcastPolicyChanges, type TabsLike } from '../../entrypoints/background/policy';
import { createSettingsStore, type StorageLike } from '../../entrypoints/background/settings';
import { listenForPolicyChanges } from '../../entrypoints/compose.content/policyListener';
import { POLICY_CHANGED, type RuntimeLike, type SenderLike } from '../../rules/messages';

const storage = fakeBrowser.storage as unknown as StorageLike;
const quiet = { log: () => {} };

describe('policy changes reach open drafts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the background tells every tab when the managed policy changes; tabs without our script are ignored', async () => {
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    const sent: number[] = [];
    const tabs: TabsLike = {
      query: async () => [{ id: 1 }, { id: 2 }, {}],
      sendMessage: async (id, message) => {
        expect(message).toEqual(POLICY_CHANGED);
        if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push(id);
      },
    };
    broadcastPolicyChanges(store, tabs);
    await fakeBrowser.storage.managed.set({ customRules: [{ id: 'a', category: 'political', severity: 'caution', terms: ['prop 2'], message: 'm' }] });
    await vi.waitFor(() => expect(sent).toEqual([1]));
  });

  it('the content script re-checks on policyChanged from our background only', () => {
    let listener!: (m: unknown, s: SenderLike) => unknown;
    const runtime = {
      id: 'ours',
      onMessage: { addListener: (l: typeof listener) => (listener = l), removeListener: vi.fn() },
    } as unknown as Pick<RuntimeLike, 'id' | 'onMessage'>;
    const recheck = vi.fn();
    const stop = listenForPolicyChanges(runtime, recheck);

    listener(POLICY_CHANGED, { id: 'other-extension' });
    listener(POLICY_CHANGED, { id: 'ours', tab: { id: 3 } }); // from a content script, not the background
    listener({ askFirst: 1, event: 'somethingElse' }, { id: 'ours' });
    listener({ askFirst: 1, type: 'evaluate' }, { id: 'ours' });
    expect(recheck).not.toHaveBeenCalled();
    expect(listener(POLICY_CHANGED, { id: 'ours' })).toBeUndefined(); // never claims a response
    expect(recheck).toHaveBeenCalledTimes(1);

    stop();
    expect(runtime.onMessage.removeListener).toHaveBeenCalledWith(listener);
  });

  it("the options page's settings view shows the store's managed keys and problems", async () => {
    await fakeBrowser.storage.managed.set({ enforcement: 'block', historyDays: 0 });
    const store = createSettingsStore(storage, quiet);
    await store.ready;
    const view = settingsView(store, 0);
    expect(view.settings).toMatchObject({ enforcement: 'block', historyDays: 90 });
    expect(view.managedKeys.sort()).toEqual(['enforcement', 'historyDays']);
    expect(view.invalid).toEqual([{ key: 'historyDays', reason: '0 is outside 1–3650', fallback: '90' }]);
  });
});
