/**
 * The page side of re-attaching (entrypoints/background/reattach.ts): the old copy, cut off by a
 * reload, and the new copy share the page's DOM and CSS.highlights. The old copy's late "restarted"
 * notice must not stay over a guarded draft, and its clean-up must not erase the new copy's marks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAMES } from '../../entrypoints/compose.content/highlighter';
import { keepRestartNoticesAway, showRestartNotice } from '../../entrypoints/compose.content/notice';

const TEXT = { title: 'Ask First restarted', message: 'Reload this tab to keep checking.', close: 'Close' };
const notices = () => document.querySelectorAll('ask-first-restarted').length;
const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the old copy\'s "restarted" notice', () => {
  it('is removed by the live copy when it appears later, until the live copy itself ends', async () => {
    showRestartNotice(document, TEXT); // left before the new copy started
    const abort = new AbortController();
    keepRestartNoticesAway(document, abort.signal);
    expect(notices()).toBe(0);
    showRestartNotice(document, TEXT); // the old copy noticed a second late
    await tick();
    expect(notices()).toBe(0);
    // The live copy is cut off in turn: its own notice stays.
    abort.abort();
    showRestartNotice(document, TEXT);
    await tick();
    expect(notices()).toBe(1);
  });
});

describe('two copies drawing in one CSS.highlights registry', () => {
  const g = globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: unknown };
  const saved = { CSS: g.CSS, Highlight: g.Highlight };
  afterEach(() => {
    g.CSS = saved.CSS;
    g.Highlight = saved.Highlight;
  });

  it("the old copy's clean-up deletes only its own highlight, never the new copy's", () => {
    const registry = new Map<string, unknown>();
    g.CSS = { highlights: registry };
    g.Highlight = class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    };
    document.body.innerHTML = '<div id="box">this is bullshit</div>';
    const box = document.getElementById('box')!;
    const range = document.createRange();
    range.selectNodeContents(box);
    const old = createHighlighter(document);
    old.set(box, [{ range, severity: 'violation' }]);
    const fresh = createHighlighter(document);
    fresh.set(box, [{ range, severity: 'violation' }]);
    const drawn = registry.get(HIGHLIGHT_NAMES.violation);
    // The old copy notices it was cut off and clears up.
    old.clear(box);
    old.dispose();
    expect(registry.get(HIGHLIGHT_NAMES.violation)).toBe(drawn);
    // The new copy still clears its own.
    fresh.clear(box);
    expect(registry.has(HIGHLIGHT_NAMES.violation)).toBe(false);
  });
});
