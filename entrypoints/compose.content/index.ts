import { browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { sendMessage, type PageConfig, type RuntimeLike } from '../../rules/protocol';
import { watchAttachments } from './attachments';
import { watchComposer, type ComposerSession } from './composerSession';
import { createHighlighter } from './highlighter';
import { listenForPolicyChanges } from './policyListener';
import { createTabStatus } from './status';
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
    // The popup asks this tab what it watches; the background says when the policy changed,
    // and every open draft is checked again against the new policy.
    const status = createTabStatus(site.id);
    const stopStatus = status.listen(runtime as unknown as RuntimeLike);
    const stopPolicy = listenForPolicyChanges(runtime as unknown as RuntimeLike, () => {
      for (const session of sessions.values()) void session.checkNow();
    });
    ctx.onInvalidated(() => {
      abort.abort();
      stopStatus();
      stopPolicy();
      highlighter.dispose();
    });

    installSubmitGuard({ site, sessions: () => sessions.values(), signal: abort.signal });
    // Pictures attached on a personal account are checked for the City's logo and seal.
    watchAttachments({
      sessions: () => sessions.values(),
      signal: abort.signal,
      isOfficial: (session) => session.official(),
      check: (request) => sendMessage(runtime, 'checkImage', { site: site.id, ...request }),
      onMatch: (session, file, match) => session.cityMarkFound(file, match.mark),
    });
    watchComposers({
      root: document,
      selector: site.composerSelector,
      signal: abort.signal,
      onAdded(composer) {
        const untrack = status.addComposer(composer);
        const focus = () => status.focus(composer);
        composer.addEventListener('focusin', focus);
        const session = watchComposer(composer, {
          onFindings: (count) => status.setFindings(composer, count),
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
          composer.removeEventListener('focusin', focus);
          untrack();
          session.dispose();
        };
      },
    });
  },
});
