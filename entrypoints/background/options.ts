/**
 * Handlers for the options page and the popup: the settings view (effective settings,
 * which keys the organization set, which managed values were invalid, whether the
 * page is locked), user changes, "try a draft" and the 10-minute pause.
 */
import { compilePolicy, evaluate, type CompiledPolicy } from '../../rules';
import {
  MAX_TEXT_LENGTH,
  PAUSE_MINUTES,
  USER_SETTING_KEYS,
  type Handlers,
  type InvalidSetting,
  type SettingsView,
  type UserSettingsPatch,
} from '../../rules/messages';
import { policyOf, type SettingKey, type Settings } from '../../rules/schema';
import type { Database } from './db';
import { requireExtensionPage } from './senders';
import type { PauseState } from './pause';
import type { SettingsStore } from './settings';

/**
 * What the settings store may tell about managed policy (issue 6 adds it). Read only
 * when present, so this module works with the store before and after that change.
 */
export interface ManagedInfo {
  managedKeys?(): SettingKey[];
  problems?(): { key: string; reason: string; fallback?: unknown }[];
}

export interface OptionsDeps {
  settings: SettingsStore & ManagedInfo;
  db: Database;
  pause: PauseState;
  extensionOrigin: string;
  now?: () => number;
}

function fallbackText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** Effective settings plus who decides them, from what the store exposes. */
export function settingsView(settings: SettingsStore & ManagedInfo, pausedUntil: number): SettingsView {
  const s: Settings = settings.get();
  const invalid: InvalidSetting[] = (settings.problems?.() ?? []).map((p) => ({
    key: p.key,
    reason: p.reason,
    fallback: fallbackText(p.fallback),
  }));
  return {
    settings: s,
    managedKeys: settings.managedKeys?.() ?? [],
    invalid,
    locked: !s.userMayChange,
    pausedUntil,
  };
}

type OptionsHandlers = Pick<Handlers, 'getSettingsView' | 'setUserSettings' | 'tryDraft' | 'pause'>;

export function optionsHandlers({ settings, db, pause, extensionOrigin, now = Date.now }: OptionsDeps): OptionsHandlers {
  let compiled: CompiledPolicy | null = null;
  settings.subscribe(() => {
    compiled = null;
  });
  const view = async () => {
    await Promise.all([settings.ready, pause.ready]);
    return settingsView(settings, pause.until(now()));
  };

  const applyUserSettings = async (patch: UserSettingsPatch): Promise<SettingsView> => {
    await settings.ready;
    const current = await view();
    if (current.locked) throw new Error('Ask First: your organization does not allow changing settings');
    const managed = Object.keys(patch).filter((k) => current.managedKeys.includes(k as SettingKey));
    if (managed.length) throw new Error(`Ask First: set by your organization: ${managed.join(', ')}`);
    // The validator already kept only user keys; this keeps the store's input honest too.
    const clean = Object.fromEntries(Object.entries(patch).filter(([k]) => (USER_SETTING_KEYS as readonly string[]).includes(k)));
    await settings.setUser(clean);
    return view();
  };
  let saving: Promise<unknown> = Promise.resolve();

  return {
    async getSettingsView(_data, sender) {
      requireExtensionPage(sender, extensionOrigin);
      return view();
    },
    async setUserSettings(patch, sender) {
      requireExtensionPage(sender, extensionOrigin);
      // One change at a time: the store rewrites the whole user layer, so two changes in
      // flight (two tabs, or an import) could otherwise overwrite each other.
      const run = saving.then(() => applyUserSettings(patch));
      saving = run.catch(() => undefined);
      return run;
    },
    async tryDraft({ text, locale }, sender) {
      requireExtensionPage(sender, extensionOrigin);
      await settings.ready;
      compiled ??= compilePolicy(policyOf(settings.get()));
      const truncated = text.length > MAX_TEXT_LENGTH;
      // Nothing is stored: the text is checked and forgotten.
      return { findings: evaluate(truncated ? text.slice(0, MAX_TEXT_LENGTH) : text, compiled, { locale }), truncated };
    },
    async pause({ site }, sender) {
      requireExtensionPage(sender, extensionOrigin);
      await settings.ready;
      if (!settings.get().userMayPause) throw new Error('Ask First: your organization does not allow pausing');
      const at = now();
      const pausedUntil = at + PAUSE_MINUTES * 60_000;
      await pause.set(pausedUntil);
      // Logged like any other decision, so the history shows when checking was off.
      await (await db()).decisions.add({ time: at, site: site ?? '', categories: [], ruleIds: [], action: 'paused', textHash: '' });
      return { pausedUntil };
    },
  };
}

/**
 * While paused, the draft check answers "nothing found" (the content script then
 * clears highlights and the card). Wraps the evaluate handler of evaluate.ts.
 */
export function pausable(
  handlers: Pick<Handlers, 'evaluate'>,
  pause: PauseState,
  now: () => number = Date.now,
): Pick<Handlers, 'evaluate'> {
  return {
    async evaluate(data, sender) {
      await pause.ready;
      if (pause.until(now()) > 0) return { findings: [], truncated: false };
      return handlers.evaluate(data, sender);
    },
  };
}
