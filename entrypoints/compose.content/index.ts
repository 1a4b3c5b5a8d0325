import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { sendMessage, type PageConfig, type RuntimeLike } from '../../rules/messages';
import type { Reminder } from '../../rules/schema';
import { watchAttachments } from './attachments';
import { watchComposer, type ComposerSession } from './composerSession';
import { createHighlighter } from './highlighter';
import { createIdentity } from './identity';
import { askPatiently, ONE_REQUEST } from './patience';
import { listenForPolicyChanges } from './policyListener';
import { createTabStatus } from './status';
import { SITE_MATCHES, siteForHost } from './sites';
import { isAdapterComposer } from './sites/fallback';
import { adapterForExtraSite } from './sites/generic';
import { installFollowGuard } from './followGuard';
import { claimFrame } from './liveCopy';
import { createNotice, keepRestartNoticesAway, showRestartNotice, type NoticeView } from './notice';
import type { SiteAdapter } from './sites/types';
import { installSubmitGuard, postButtonFor } from './submitGuard';
import { watchWorkEmail } from './workEmail';
import { wakeWhenApproached } from './wake';
import { ANY_TEXT_BOX } from './sites/textBoxes';
import { watchComposers } from './watcher';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  // The card's CSS is inlined into its shadow root (card.tsx): no web-accessible file to fetch or probe.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // WXT stops this script when a "newer copy started" event reaches `document`. A page can
    // forge that event (the extension id is public) and so switch the guard off; a real newer
    // copy (injected into open tabs on update, background/reattach.ts) starts only after the old
    // copy's extension context is gone. So the event is stopped before WXT sees it.
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    window.addEventListener(started, (e) => e.stopImmediatePropagation(), {
      capture: true,
      signal: ctx.signal,
    });
    // Never two live copies in one frame: the manifest's script, the one registered for
    // admin-listed sites and the one the background runs in open tabs (background/reattach.ts)
    // may all reach a frame; the first one guards, the others stop here.
    if (!claimFrame(ctx)) return;
    const runtime = browser.runtime;
    const sessions = new Map<HTMLElement, ComposerSession>();
    const abort = new AbortController();
    // The submit guard is on before anything is asked of the background: until composers are
    // watched (ready), a submit with text in a compose box is held and then checked.
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const guard = (adapter: SiteAdapter) =>
      installSubmitGuard({ site: adapter, sessions: () => sessions.values(), signal: abort.signal, ready, alive: () => ctx.isValid });
    const builtIn = siteForHost(location.hostname);
    if (builtIn) guard(builtIn);
    // A built-in site, or a site IT listed in extraSites (asked from the page's real URL).
    const extra = builtIn ? null : await sendMessage(runtime, 'getExtraSite', {}).catch(() => null);
    const site = builtIn ?? (extra ? adapterForExtraSite(extra, location.hostname) : undefined);
    if (!site) return;
    if (!builtIn) guard(site);
    // The worker starts (and compiles) while the person reaches for a box, not on their first keystroke.
    const textBoxes = `${ANY_TEXT_BOX}, ${site.composerSelector}`;
    wakeWhenApproached({
      target: window,
      isTextBox: (origin) => origin.closest(textBoxes) !== null,
      wake: () => sendMessage(runtime, 'wake', {}),
      signal: abort.signal,
    });
    // A copy of a previous version of the extension says "restarted" when it notices it was cut
    // off (within a second, maybe after this copy started): this copy guards now, so its notice goes.
    keepRestartNoticesAway(document, abort.signal);
    // Asked again if a stopped worker leaves the question hanging (patience.ts): the card waits on it.
    const config = (): Promise<PageConfig> =>
      askPatiently(() => sendMessage(runtime, 'getPageConfig', {}), (c): c is PageConfig => typeof c === 'object' && c !== null, ONE_REQUEST);
    // A worker that does not answer must not leave the page unwatched: go on with defaults.
    const [initial, chosen] = await Promise.all([
      withTimeout(config(), START_TIMEOUT_MS).catch(() => null),
      withTimeout(sendMessage(runtime, 'getPostingIdentity', { site: site.id }), START_TIMEOUT_MS)
        .then((r) => r.identity)
        .catch(() => null),
    ]);
    const locale = resolveLocale(initial?.language ?? 'auto', browser.i18n.getUILanguage());
    const t = createTranslate(locale);
    const highlighter = createHighlighter(document);
    const closedReminders = new Set<Reminder['id']>();
    // Worded now: once the extension context is gone, its messages cannot be read.
    const restarted = { title: t('restartedTitle'), message: t('restartedMessage'), close: t('actionClose') };
    // The popup asks this tab what it watches; the background says when the policy changed,
    // and every open draft is checked again against the new policy.
    // The toolbar badge counts the focused draft's findings (entrypoints/background/badge.ts).
    const status = createTabStatus(site.id, (findings) => void sendMessage(runtime, 'reportFindings', { findings }).catch(() => undefined));
    const stopStatus = status.listen(runtime as unknown as RuntimeLike);
    const stopPolicy = listenForPolicyChanges(runtime as unknown as RuntimeLike, () => {
      for (const session of sessions.values()) void session.checkNow();
    });
    ctx.onInvalidated(() => {
      abort.abort();
      highlighter.dispose();
      // Told at once, in the page: the guard here has stopped (a newer copy removes this notice).
      showRestartNotice(document, restarted);
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

    const identity = createIdentity({
      site: site.id,
      readHandle: () => site.postingAs?.(document) ?? null,
      officialAccounts: () => initial?.officialAccounts ?? [],
      chosen,
      save: (value) => sendMessage(runtime, 'setPostingIdentity', { site: site.id, identity: value }),
      changed(value) {
        for (const session of sessions.values()) {
          void session.checkNow();
          session.announce(t(value === 'official' ? 'identityOfficialAnnounce' : 'identityPersonalAnnounce'));
        }
      },
    });

    // One warning outside the composers, created on first use.
    let notice: Promise<NoticeView> | null = null;
    const getNotice = () => (notice ??= createNotice(ctx));
    watchWorkEmail({
      doc: document,
      config: { site: site.id, workEmailDomains: initial?.workEmailDomains ?? [], officialAccounts: initial?.officialAccounts ?? [] },
      t,
      notice: getNotice,
      signal: abort.signal,
    });
    installFollowGuard({
      site,
      politicalAccounts: initial?.politicalAccounts ?? [],
      identity: () => identity.current().identity,
      t,
      notice: getNotice,
      signal: abort.signal,
    });

    // Pictures attached on a personal account are checked for the City's logo and seal.
    watchAttachments({
      sessions: () => sessions.values(),
      signal: abort.signal,
      isOfficial: (session) => session.official(),
      check: (request) => sendMessage(runtime, 'checkImage', { site: site.id, ...request }),
      onMatch: (session, file, match) => session.cityMarkFound(file, match.mark, match.citations),
    });
    watchComposers({
      root: document,
      selector: site.composerSelector,
      ...(site.shadowComposers ? { shadow: site.shadowComposers } : {}),
      // Boxes no selector names are still checked once used (sites/fallback.ts); null where IT named its own selector.
      ...(site.fallbackComposers !== undefined ? { fallback: site.fallbackComposers } : {}),
      signal: abort.signal,
      onAdded(composer) {
        // Boxes only the fallback hooks found (no adapter selector names them): the popup says so.
        const untrack = status.addComposer(composer, { fallback: !!site.fallbackComposers && !isAdapterComposer(site, composer) });
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
            return handle ? { handle, official: identity.isOfficialHandle(handle) } : null;
          },
          identity,
          closedReminders,
          keepOfficialPost: (text, handle) => sendMessage(runtime, 'keepOfficialPost', { site: site.id, text, ...(handle ? { handle } : {}) }),
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
    markReady();
    // The extension context goes without an event (reload, update, uninstall): look each second,
    // and at once whenever the person works in the page.
    ctx.setInterval(() => undefined, CONTEXT_CHECK_MS);
    for (const type of ['focusin', 'keydown', 'pointerdown']) {
      window.addEventListener(type, () => void ctx.isValid, { capture: true, passive: true, signal: abort.signal });
    }
  },
});

/** How long the first questions to the background may take before the page is watched with defaults. */
const START_TIMEOUT_MS = 4_000;
/** How often a content script looks whether its extension context is still there. */
const CONTEXT_CHECK_MS = 1_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms))]);
}
