import { browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { sendMessage, type PageConfig } from '../../rules/protocol';
import { watchComposer, type ComposerSession } from './composerSession';
import { createHighlighter } from './highlighter';
import { SITE_MATCHES, siteForHost } from './sites';
import { installSubmitGuard, postButtonFor } from './submitGuard';
import { watchComposers } from './watcher';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // The card's CSS is inlined into its shadow root (card.tsx): no web-accessible file to fetch or probe.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const site = siteForHost(location.hostname);
    if (!site) return;
    const runtime = browser.runtime;
    const config = (): Promise<PageConfig> => sendMessage(runtime, 'getPageConfig', {});
    const initial = await config().catch(() => null);
    const locale = resolveLocale(initial?.language ?? 'auto', browser.i18n.getUILanguage());
    const t = createTranslate(locale);
    const highlighter = createHighlighter(document);
    const sessions = new Map<HTMLElement, ComposerSession>();
    const abort = new AbortController();
    ctx.onInvalidated(() => {
      abort.abort();
      highlighter.dispose();
    });

    installSubmitGuard({ site, sessions: () => sessions.values(), signal: abort.signal });
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
          evaluate: (request) => sendMessage(runtime, 'evaluate', request),
          record: (action, text, reason) =>
            sendMessage(runtime, 'recordDecision', { site: site.id, text, action, ...(reason ? { reason } : {}), locale }),
          saveDraft: (text) => sendMessage(runtime, 'saveDraft', { site: site.id, text, locale }),
          ...(initial?.userMayAddAllowTerms ? { allowTerm: (term: string) => sendMessage(runtime, 'allowTerm', { term }) } : {}),
          config,
          postButton: () => postButtonFor(composer, site.submitSelector, site.isSubmitButton),
          postingAs: () => {
            const handle = site.postingAs?.(document);
            if (!handle) return null;
            const bare = (h: string) => h.replace(/^@/, '').toLowerCase();
            const official = (initial?.officialAccounts ?? []).some((a) => a.site === site.id && bare(a.handle) === bare(handle));
            return { handle, official };
          },
        });
        sessions.set(composer, session);
        return () => {
          sessions.delete(composer);
          session.dispose();
        };
      },
    });
  },
});
