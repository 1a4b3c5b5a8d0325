import { browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { sendMessage } from '../../rules/protocol';
import { watchComposer } from './composerSession';
import { createHighlighter } from './highlighter';
import { SITE_MATCHES, siteForHost } from './sites';
import { watchComposers } from './watcher';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // The card's CSS is inlined into its shadow root (card.tsx): no web-accessible file to fetch or probe.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const site = siteForHost(location.hostname);
    if (!site) return;
    const locale = resolveLocale('auto', browser.i18n.getUILanguage());
    const t = createTranslate(locale);
    const highlighter = createHighlighter(document);
    const abort = new AbortController();
    ctx.onInvalidated(() => {
      abort.abort();
      highlighter.dispose();
    });

    watchComposers({
      root: document,
      selector: site.composerSelector,
      signal: abort.signal,
      onAdded(composer) {
        const session = watchComposer(composer, {
          ctx,
          site: site.id,
          t,
          locale,
          highlighter,
          evaluate: (request) => sendMessage(browser.runtime, 'evaluate', request),
        });
        return () => session.dispose();
      },
    });
  },
});
