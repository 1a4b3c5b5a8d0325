import { browser } from 'wxt/browser';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { listen, MAX_TEXT_LENGTH, type RuntimeLike } from '../../rules/protocol';

export default defineBackground(() => {
  // Foundation: the built-in defaults. Managed and user settings are merged here later (DESIGN.md §3).
  const compiled = compilePolicy(DEFAULT_POLICY);

  // Registered synchronously so a message that wakes the service worker is not missed.
  listen(
    browser.runtime as unknown as RuntimeLike,
    {
      evaluate({ text, locale }) {
        const truncated = text.length > MAX_TEXT_LENGTH;
        const checked = truncated ? text.slice(0, MAX_TEXT_LENGTH) : text;
        return { findings: evaluate(checked, compiled, { locale }), truncated };
      },
    },
    (why) => console.warn('[Ask First] message rejected:', why),
  );
});
