import { afterEach, describe, expect, it } from 'vitest';
import { WAKE_EVERY_MS, wakeWhenApproached } from '../../entrypoints/compose.content/wake';

afterEach(() => document.body.replaceChildren());

/** A page with a compose box (a contenteditable with a paragraph, as Lexical renders) and a button. */
function page() {
  document.body.innerHTML = '<div contenteditable="true" id="box"><p><span id="word">hi</span></p></div><button id="like">Like</button>';
  let clock = 0;
  const wakes: number[] = [];
  const abort = new AbortController();
  wakeWhenApproached({
    target: window,
    isTextBox: (origin) => origin.closest('[contenteditable="true"]') !== null,
    wake: async () => void wakes.push(clock),
    signal: abort.signal,
    now: () => clock,
  });
  const at = (id: string) => document.getElementById(id)!;
  return {
    wakes,
    abort,
    tick: (ms: number) => (clock += ms),
    pointerdown: (id: string) => at(id).dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true })),
    focusin: (id: string) => at(id).dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })),
  };
}

describe('waking the worker as a person reaches for a compose box (issue 18)', () => {
  it('wakes on a pointerdown or focus in a text box, not elsewhere in the page', () => {
    const p = page();
    p.pointerdown('like');
    p.focusin('like');
    expect(p.wakes).toEqual([]);
    p.pointerdown('word'); // inside the box: the event begins at the span
    expect(p.wakes).toEqual([0]);
  });

  it('wakes at most once per WAKE_EVERY_MS, however the page moves focus', () => {
    const p = page();
    p.pointerdown('box');
    p.focusin('box');
    p.tick(WAKE_EVERY_MS - 1);
    p.focusin('box');
    expect(p.wakes).toHaveLength(1);
    p.tick(1);
    p.focusin('box');
    expect(p.wakes).toEqual([0, WAKE_EVERY_MS]);
  });

  it('stops listening with the content script', () => {
    const p = page();
    p.abort.abort();
    p.pointerdown('box');
    expect(p.wakes).toEqual([]);
  });
});
