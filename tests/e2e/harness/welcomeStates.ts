/**
 * Records every state the welcome page's settings section passes through, from its first
 * paint, so a test can prove the setup form never flashed before the managed policy arrived.
 */
import type { BrowserContext, Page } from 'playwright-core';

type Recorder = { __states?: string[]; __sawForm?: boolean };

/** Install before the welcome page opens (it applies to every page of the context). */
export async function recordSettingsStates(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as Required<Recorder>;
    w.__states = [];
    w.__sawForm = false;
    new MutationObserver(() => {
      const state = document.querySelector('.settings-state')?.getAttribute('data-state');
      if (state && w.__states.at(-1) !== state) w.__states.push(state);
      if (document.querySelector('form.setup')) w.__sawForm = true;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** What the recorder saw in `page`; `states` is undefined when it never ran there. */
export function settingsStatesSeen(page: Page): Promise<{ states?: string[]; sawForm?: boolean }> {
  return page.evaluate(() => {
    const w = window as unknown as Recorder;
    return { states: w.__states, sawForm: w.__sawForm };
  });
}
