import tables from 'virtual:ask-first/engine-tables';
import { BUILT_IN_DATA, compilePolicy, evaluate, warmUp, type CompiledPolicy, type PolicyData } from '../../rules';
import { MAX_TEXT_LENGTH, type Handlers } from '../../rules/messages';
import { reminderPacks } from '../../rules/policy/cited';
import { remindersFor } from '../../rules/reminders';
import { sharedOf } from '../../rules/engine/tables';
import { policyOf } from '../../rules/schema';
import type { SettingsStore } from './settings';
import { mark } from './startup';

/**
 * The shipped data with the engine's tables built with the extension (scripts/engine-tables.ts):
 * compiling reads them instead of working them out, on the path of the first keystroke after
 * the worker was stopped. Settings still compile at run time from them.
 */
const ENGINE_DATA: PolicyData = { ...BUILT_IN_DATA, tables };

/** The warm-up runs once the worker has been this long without a check (ms). */
export const WARM_IDLE_MS = 250;

/**
 * The `evaluate` message: checks a draft against the policy compiled from the current settings.
 *
 * The worker is stopped after 30 s idle, so this start-up is on the path of the first keystroke
 * after every pause (issue 18). The policy is compiled once, from the settings as read (never
 * first from the defaults and again from the real settings), and warmed once checks pause, so
 * that a draft that woke the worker is not also held behind the warm-up.
 */
export function evaluateHandlers(settings: SettingsStore, now: () => Date = () => new Date()): Pick<Handlers, 'evaluate' | 'wake'> {
  let compiled: CompiledPolicy | null = null;
  let warmed: CompiledPolicy | null = null;
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  const current = (): CompiledPolicy => {
    if (!compiled) {
      mark('compiling');
      compiled = compilePolicy(policyOf(settings.get()), ENGINE_DATA);
      mark('compiled');
    }
    return compiled;
  };
  // Off the first keystroke: the engine's first check of a fresh policy is ~50× slower than the next.
  // It waits for a quiet moment: a draft that woke the worker is answered first (measured: run at
  // once, it ran before that draft's message was even dispatched and doubled the first answer).
  const warmWhenIdle = () => {
    clearTimeout(warmTimer);
    warmTimer = setTimeout(() => {
      const policy = current();
      if (warmed === policy) return;
      mark('warming');
      warmUp(policy);
      warmed = policy;
      mark('warm');
    }, WARM_IDLE_MS);
  };
  // The part of compiling that no setting changes (the engine tables read: rules/engine/tables.ts),
  // done now, while the settings are read: the thread would otherwise wait idle for storage's
  // answers before compiling all of it (issue 18). Memoized: current() finds it done.
  sharedOf(ENGINE_DATA);
  mark('shared');
  void settings.ready.then(() => {
    mark('settings');
    // In a task of its own: a message already queued is not held behind it longer than its own compile.
    setTimeout(() => {
      current();
      warmWhenIdle();
    }, 0);
  });
  settings.subscribe(() => {
    compiled = null;
    warmWhenIdle();
  });
  return {
    // A compose box got the pointer or focus (compose.content/wake.ts): the message itself started
    // the worker; the policy is compiled before answering, so the person's first keystroke finds
    // it ready. No draft, no answer, no mark: the first check is still the first real draft.
    async wake() {
      await settings.ready;
      current();
      return null;
    },
    async evaluate({ text, locale, identity }) {
      await settings.ready;
      const truncated = text.length > MAX_TEXT_LENGTH;
      const checked = truncated ? text.slice(0, MAX_TEXT_LENGTH) : text;
      const policy = current();
      const findings = evaluate(checked, policy, { locale, ...(identity ? { identity } : {}) });
      mark('firstAnswer');
      if (warmed !== policy) warmWhenIdle();
      const reminders = text.trim() ? remindersFor({ identity, dutyHours: settings.get().dutyHours, now: now(), packs: reminderPacks(policy.packs) }) : [];
      return { findings, truncated, ...(reminders.length ? { reminders } : {}) };
    },
  };
}
