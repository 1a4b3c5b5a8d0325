/**
 * Enter-to-submit, learned per box. Adapters say which keys post from the boxes they know;
 * for a box found by the fallback (a renamed composer, a surface no adapter describes) the
 * page itself shows it: when a plain Enter leaves the box without a new line (the site took
 * the key: it posted, or emptied the box), Enter posts there, and from then on the guard
 * judges it like a click on Post. A box where Enter made a new line is forgotten again.
 *
 * The first Enter in an unknown box is what teaches it, so adapters stay the first door:
 * every surface we know posts on Enter is listed in its adapter.
 */
import { readComposer } from '../textModel';
import { isPlainEnter } from './types';

const submitsOnEnter = new WeakSet<HTMLElement>();
const breaksLineOnEnter = new WeakSet<HTMLElement>();

/** Whether this box was seen posting (not breaking the line) on a plain Enter. */
export function learnedEnterSubmits(box: HTMLElement): boolean {
  return submitsOnEnter.has(box);
}

/**
 * Whether this box was seen making a new line on a plain Enter (and not posting since).
 * For a box where Enter may post by a setting the page does not show (LinkedIn messaging's
 * "Press Enter to Send"), the adapter guards every Enter until this says it is a new line.
 */
export function learnedEnterBreaksLine(box: HTMLElement): boolean {
  return breaksLineOnEnter.has(box);
}

const textOf = (box: HTMLElement) => (box instanceof HTMLTextAreaElement ? box.value : readComposer(box).text);
const lineBreaks = (text: string) => text.split('\n').length - 1;

/**
 * Watches plain Enter presses in the given boxes (those the fallback attached) and records
 * which boxes take Enter as "post". Reads only; never changes the event or the box.
 */
export function learnEnter(doc: Document, isWatched: (box: HTMLElement) => boolean, signal: AbortSignal): void {
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !isPlainEnter(event)) return;
      const origin = event.composedPath()[0];
      const box = origin instanceof HTMLElement ? watchedBoxOf(origin, isWatched) : null;
      if (!box) return;
      const before = textOf(box);
      if (!before.trim()) return; // an empty box teaches nothing: Enter would post nothing
      // After the page's handlers and the browser's default action have run.
      setTimeout(() => {
        const after = box.isConnected ? textOf(box) : '';
        if (lineBreaks(after) > lineBreaks(before)) {
          submitsOnEnter.delete(box);
          breaksLineOnEnter.add(box);
        } else if (after !== before || event.defaultPrevented) {
          submitsOnEnter.add(box);
          breaksLineOnEnter.delete(box);
        }
      }, 0);
    },
    { capture: true, signal },
  );
}

function watchedBoxOf(origin: HTMLElement, isWatched: (box: HTMLElement) => boolean): HTMLElement | null {
  for (let el: HTMLElement | null = origin; el; el = el.parentElement) if (isWatched(el)) return el;
  return null;
}
