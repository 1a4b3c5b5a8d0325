import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { sendMessage, type PageConfig, type RuntimeLike } from '../../rules/protocol';
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
    // WXT stops this script when a "newer copy started" event reaches `document`. A page can
    // forge that event (the extension id is public) and so switch the guard off; a real newer
    // copy never comes, because we never inject into open tabs (after an update the old copy
    // stops when its extension context goes). So the event is stopped before WXT sees it.
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    window.addEventListener(started, (e) => e.stopImmediatePropagation(), {
      capture: true,
      signal: ctx.signal,
    });
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
      highlighter.dispose();
      // After a reload or update the runtime API may throw "Extension context invalidated":
      // the old script stops quietly, with nothing in the page's console.
      for (const stop of [stopStatus, stopPolicy]) {
        try {
          stop();
        } catch {
          /* the listener went with the old extension context */
        }
      }
    });

    installSubmitGuard({ site, sessions: () => sessions.values(), signal: abort.signal });
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
