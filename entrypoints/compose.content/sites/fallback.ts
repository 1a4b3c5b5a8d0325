/**
 * Hooks that degrade instead of going blind. Sites rename classes and test ids without
 * notice; when an adapter's selectors stop matching, the person's draft must still be
 * checked and its post button still guarded. So on a supported site:
 *
 * - any text box the person types into is a composer (the watcher attaches it on focus,
 *   `fallbackComposers`), and the adapter only refines (which button, which key);
 * - a composer's post button is the adapter's, failing that the nearest button around the
 *   composer whose accessible name is a posting verb ("Post", "Reply", "Comentar"…);
 * - Enter posts from a box the adapter does not know when the box says it is one line
 *   (aria-multiline="false") or when the page was seen to take Enter without a new line
 *   there (enterKey.ts).
 */
import { learnedEnterSubmits } from './enterKey';
import { ANY_TEXT_BOX } from './textBoxes';
import { isModEnter, isPlainEnter, type SiteAdapter } from './types';

/**
 * Posting verbs, English and Spanish, as the sites write them on their buttons (lower case,
 * no punctuation). One word, or the verb and what it posts ("Post comment", "Enviar mensaje").
 */
export const POSTING_VERBS: ReadonlySet<string> = new Set([
  'post', 'post all', 'reply', 'comment', 'send', 'publish', 'share', 'tweet', 'toot', 'submit',
  'post comment', 'post reply', 'send message', 'send reply', 'add comment',
  // Bluesky's composerPublishBtn is labelled for screen readers "Publish post" / "Publish reply".
  'publish post', 'publish reply',
  'publicar', 'publicar todo', 'responder', 'comentar', 'enviar', 'compartir', 'twittear', 'tuitear',
  'publicar comentario', 'publicar respuesta', 'publicar post', 'publicar publicación', 'enviar mensaje', 'enviar respuesta', 'agregar comentario', 'añadir comentario',
]);

/** What can be a post button: real buttons and ARIA buttons. */
export const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"]';

/** How far up from a composer a post button is looked for (a site's composer box, not the whole feed). */
const MAX_LEVELS = 8;

/** The name a screen reader gives a button: aria-label, aria-labelledby, else its text or value. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label;
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  if (el instanceof HTMLInputElement) return el.value;
  return el.textContent || el.getAttribute('title') || '';
}

/** Whether a button's name is a posting verb: "Post", "Reply ", "Publicar…" yes; "Share to…" no. */
export function isPostingName(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.…!:]+$/u, '')
    .trim();
  return POSTING_VERBS.has(words);
}

const disabled = (el: Element) => el.matches(':disabled') || el.getAttribute('aria-hidden') === 'true';

/**
 * The post button of a composer when the adapter's selectors find none: the nearest
 * posting-verb button in the composer's ancestors (up to MAX_LEVELS), nearest level first.
 */
export function fallbackSubmitFor(composer: Element): Element | null {
  let el: Element | null = composer.parentElement;
  for (let level = 0; el && level < MAX_LEVELS; level++, el = el.parentElement) {
    for (const button of el.querySelectorAll(BUTTONS)) {
      if (!disabled(button) && isPostingName(accessibleName(button)) && !button.contains(composer)) return button;
    }
  }
  return null;
}

/**
 * Whether `button` is the fallback post button of a text box around it: it has a posting
 * verb for a name and it is the nearest such button of one of the text boxes near it.
 * (So a post's "Share" action is not taken for its comment box's "Comment" button.)
 */
export function isFallbackSubmit(button: Element): boolean {
  if (!isPostingName(accessibleName(button))) return false; // cheap, and most buttons stop here
  let el: Element | null = button.parentElement;
  for (let level = 0; el && level < MAX_LEVELS; level++, el = el.parentElement) {
    const boxes = el.querySelectorAll(ANY_TEXT_BOX);
    if (boxes.length) return [...boxes].some((box) => fallbackSubmitFor(box) === button);
  }
  return false;
}

/** Enter posts from a box the adapter does not know: a one-line box, or one seen posting on Enter. */
function fallbackEnterSubmits(event: KeyboardEvent, composer: HTMLElement): boolean {
  if (isModEnter(event)) return true; // the common "post" shortcut; a box that ignores it loses nothing
  if (!isPlainEnter(event)) return false;
  return composer.getAttribute('aria-multiline') === 'false' || learnedEnterSubmits(composer);
}

/**
 * Whether the site adapter's own selectors name this box (`composerSelector`, or
 * `shadowComposers` inside a listed host's open shadow root); false for a box the fallback found.
 */
export function isAdapterComposer(site: SiteAdapter, box: Element): boolean {
  if (box.matches(site.composerSelector)) return true;
  const root = box.getRootNode();
  return !!site.shadowComposers && root instanceof ShadowRoot && root.host.matches(site.shadowComposers.hosts) && box.matches(site.shadowComposers.composer);
}

/**
 * A built-in site's adapter with the fallback hooks: its own selectors first, then any text
 * box and any posting-verb button near it.
 */
export function withFallback(site: SiteAdapter): SiteAdapter {
  const own = site.submitSelector;
  return {
    ...site,
    fallbackComposers: site.fallbackComposers === undefined ? ANY_TEXT_BOX : site.fallbackComposers,
    submitSelector: `${own}, ${BUTTONS}`,
    isSubmitButton: (el) => (el.matches(own) ? (site.isSubmitButton?.(el) ?? true) : isFallbackSubmit(el)),
    isSubmitKey: (event, composer) =>
      site.isSubmitKey(event, composer) || (!composer.matches(site.composerSelector) && fallbackEnterSubmits(event, composer)),
  };
}
