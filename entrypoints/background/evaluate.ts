import { compilePolicy, evaluate, warmUp, type CompiledPolicy } from '../../rules';
import { MAX_TEXT_LENGTH, type Handlers } from '../../rules/messages';
import { reminderPacks } from '../../rules/policy/cited';
import { remindersFor } from '../../rules/reminders';
import { policyOf } from '../../rules/schema';
import type { SettingsStore } from './settings';

/** The `evaluate` message: checks a draft against the policy compiled from the current settings. */
export function evaluateHandlers(settings: SettingsStore, now: () => Date = () => new Date()): Pick<Handlers, 'evaluate'> {
  let compiled: CompiledPolicy = compilePolicy(policyOf(settings.get()));
  // Off the first keystroke: the engine's first check of a fresh policy is ~50× slower than the next.
  const warm = () => setTimeout(() => warmUp(compiled), 0);
  warm();
  settings.subscribe((s) => {
    compiled = compilePolicy(policyOf(s));
    warm();
  });
  return {
    async evaluate({ text, locale, identity }) {
      await settings.ready;
      const truncated = text.length > MAX_TEXT_LENGTH;
      const checked = truncated ? text.slice(0, MAX_TEXT_LENGTH) : text;
      const findings = evaluate(checked, compiled, { locale, ...(identity ? { identity } : {}) });
      const reminders = text.trim() ? remindersFor({ identity, dutyHours: settings.get().dutyHours, now: now(), packs: reminderPacks(compiled.packs) }) : [];
      return { findings, truncated, ...(reminders.length ? { reminders } : {}) };
    },
  };
}
