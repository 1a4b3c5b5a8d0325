import { compilePolicy, evaluate, type CompiledPolicy } from '../../rules';
import { MAX_TEXT_LENGTH, type Handlers } from '../../rules/protocol';
import { policyOf } from '../../rules/schema';
import type { SettingsStore } from './settings';

/** The `evaluate` message: checks a draft against the policy compiled from the current settings. */
export function evaluateHandlers(settings: SettingsStore): Pick<Handlers, 'evaluate'> {
  let compiled: CompiledPolicy = compilePolicy(policyOf(settings.get()));
  settings.subscribe((s) => {
    compiled = compilePolicy(policyOf(s));
  });
  return {
    async evaluate({ text, locale }) {
      await settings.ready;
      const truncated = text.length > MAX_TEXT_LENGTH;
      const checked = truncated ? text.slice(0, MAX_TEXT_LENGTH) : text;
      return { findings: evaluate(checked, compiled, { locale }), truncated };
    },
  };
}
