/** What the content scripts of the open tabs tell the popup, asked from an extension page (not a test file). */
import type { Lab } from './harness/browser';

/** The slice of the extension API the probe calls inside the browser. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

export interface TabStatusAnswer {
  site?: string;
  composers?: number;
  findings?: number;
  /** Present (true) when the focused box was found by the fallback hooks, not the site adapter. */
  fallback?: true;
}

/** Every open site tab's answer to the popup's getTabStatus, as the popup asks it. */
export async function tabStatuses(lab: Lab): Promise<TabStatusAnswer[]> {
  const probe = await lab.context.newPage();
  await probe.goto(`chrome-extension://${lab.extensionId}/popup.html`);
  const answers = await probe.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const replies = await Promise.all(
      tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { askFirst: 1, type: 'getTabStatus', data: {} }).catch(() => undefined)),
    );
    return replies.filter(Boolean);
  });
  await probe.close();
  return answers as TabStatusAnswer[];
}

/**
 * The status of the box the person is in on `site`'s tab, once it has findings (so the box is
 * attached and focused): call it with a flagged draft typed. Its `fallback` says who found the box.
 */
export async function focusedBoxStatus(lab: Lab, site: string): Promise<TabStatusAnswer | undefined> {
  return (await tabStatuses(lab)).find((s) => s.site === site && (s.findings ?? 0) > 0);
}
