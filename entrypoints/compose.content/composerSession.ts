import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Translate } from '../../components/i18n';
import type { EvaluateRequest, EvaluateResponse } from '../../rules/protocol';
import type { Finding } from '../../rules/schema';
import { createCard, type CardView } from './card';
import type { Highlighter } from './highlighter';
import { readComposer } from './textModel';
import { DEBOUNCE_MS } from './timing';


export interface SessionDeps {
  ctx: ContentScriptContext;
  site: string;
  t: Translate;
  locale: EvaluateRequest['locale'];
  highlighter: Highlighter;
  evaluate(request: EvaluateRequest): Promise<EvaluateResponse>;
}

export interface ComposerSession {
  dispose(): void;
}

/**
 * Watches one compose box: re-reads its text after each change (a MutationObserver
 * on the editor sees every edit, including those Draft.js renders itself without an
 * `input` event), checks it in the background, then highlights and shows the card.
 */
export function watchComposer(composer: HTMLElement, deps: SessionDeps): ComposerSession {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  let lastText: string | null = null;
  let card: Promise<CardView> | null = null;
  let disposed = false;

  const getCard = () => (card ??= createCard(deps.ctx, composer, deps.t, () => composer.focus()));

  const check = async () => {
    const model = readComposer(composer);
    if (model.text === lastText) return;
    lastText = model.text;
    const mine = ++sequence;
    let response: EvaluateResponse;
    try {
      response = await deps.evaluate({ site: deps.site, text: model.text, locale: deps.locale });
    } catch (error) {
      // The extension was reloaded or updated: stop quietly, leave the draft alone.
      if (!deps.ctx.isValid) return;
      throw error;
    }
    if (disposed || mine !== sequence) return; // a newer check is under way
    render(response.findings, model);
  };

  const render = (findings: Finding[], model: ReturnType<typeof readComposer>) => {
    const ranges = findings.flatMap((f) => {
      const range = model.rangeFor(f.start, f.end);
      return range ? [{ range, severity: f.severity }] : [];
    });
    deps.highlighter.set(composer, ranges);
    if (findings.length) void getCard().then((c) => !disposed && c.show(findings));
    else if (card) void card.then((c) => c.hide());
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), DEBOUNCE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(composer, { childList: true, subtree: true, characterData: true });
  const reposition = () => void card?.then((c) => c.reposition());
  const abort = new AbortController();
  window.addEventListener('scroll', reposition, { capture: true, passive: true, signal: abort.signal });
  window.addEventListener('resize', reposition, { passive: true, signal: abort.signal });
  schedule();

  return {
    dispose() {
      disposed = true;
      clearTimeout(timer);
      observer.disconnect();
      abort.abort();
      deps.highlighter.clear(composer);
      void card?.then((c) => c.remove());
    },
  };
}
