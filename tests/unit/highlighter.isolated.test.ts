// The highlighter registers a Highlight only when what it draws changes: each registration makes
// Chromium repaint every text node the ranges touch (a whole long draft). Isolated: it replaces
// the globals CSS and Highlight (happy-dom has no CSS Custom Highlight API).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAMES } from '../../entrypoints/compose.content/highlighter';

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

let registry: Map<string, FakeHighlight>;
let registrations: number;

beforeEach(() => {
  registry = new Map();
  registrations = 0;
  const set = registry.set.bind(registry);
  registry.set = (name, h) => {
    registrations++;
    return set(name, h);
  };
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function box(text: string) {
  const div = document.createElement('div');
  div.textContent = text;
  document.body.append(div);
  return { div, node: div.firstChild as Text };
}

const rangeOver = (node: Text, start: number, end: number) => {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, end);
  return r;
};

const drawnTexts = (name = HIGHLIGHT_NAMES.violation) => (registry.get(name)?.ranges ?? []).map((r) => r.toString());

describe('highlighter', () => {
  it('a check with the same ranges registers nothing again', () => {
    const { div, node } = box('what a bullshit plan');
    const h = createHighlighter(document);
    h.set(div, [{ range: rangeOver(node, 7, 15), severity: 'violation' }]);
    expect(registrations).toBe(1);
    h.set(div, [{ range: rangeOver(node, 7, 15), severity: 'violation' }]);
    expect(registrations).toBe(1);
    expect(drawnTexts()).toEqual(['bullshit']);
  });

  it('the drawn ranges follow typing after them, and a later check of the same finding draws nothing', () => {
    const { div, node } = box('what a bullshit plan');
    const h = createHighlighter(document);
    h.set(div, [{ range: rangeOver(node, 7, 15), severity: 'violation' }]);
    node.appendData(' for the park'); // typing after the finding
    h.set(div, [{ range: rangeOver(node, 7, 15), severity: 'violation' }]);
    expect(registrations).toBe(1);
    expect(drawnTexts()).toEqual(['bullshit']);
  });

  it('a finding that moved, a new finding, a changed severity or no findings are drawn', () => {
    const { div, node } = box('what a bullshit plan');
    const h = createHighlighter(document);
    h.set(div, [{ range: rangeOver(node, 7, 15), severity: 'violation' }]);
    // Typing before it: a browser's live range moves with its text (then nothing is drawn again);
    // happy-dom's does not, so here the drawn range is stale and must be replaced.
    node.insertData(0, 'so ');
    h.set(div, [{ range: rangeOver(node, 10, 18), severity: 'violation' }]);
    expect(drawnTexts()).toEqual(['bullshit']);

    const before = registrations;
    h.set(div, [{ range: rangeOver(node, 3, 7), severity: 'violation' }, { range: rangeOver(node, 10, 18), severity: 'violation' }]);
    expect(registrations).toBe(before + 1);
    expect(drawnTexts()).toEqual(['what', 'bullshit']);

    h.set(div, [{ range: rangeOver(node, 3, 7), severity: 'caution' }, { range: rangeOver(node, 10, 18), severity: 'violation' }]);
    expect(drawnTexts(HIGHLIGHT_NAMES.caution)).toEqual(['what']);
    expect(drawnTexts()).toEqual(['bullshit']);

    h.set(div, []);
    expect(registry.size).toBe(0);
  });

  it('draws again when its Highlight is no longer the registered one (another copy of the script replaced it)', () => {
    const { div, node } = box('what a bullshit plan');
    const h = createHighlighter(document);
    h.set(div, [{ range: rangeOver(node, 7, 15), severity: 'violation' }]);
    registry.set(HIGHLIGHT_NAMES.violation, new FakeHighlight());
    h.set(div, [{ range: rangeOver(node, 7, 15), severity: 'violation' }]);
    expect(drawnTexts()).toEqual(['bullshit']);
  });

  it('two composers: a check of one leaves the other drawn', () => {
    const a = box('bullshit one');
    const b = box('two bullshit');
    const h = createHighlighter(document);
    h.set(a.div, [{ range: rangeOver(a.node, 0, 8), severity: 'violation' }]);
    h.set(b.div, [{ range: rangeOver(b.node, 4, 12), severity: 'violation' }]);
    h.set(a.div, [{ range: rangeOver(a.node, 0, 8), severity: 'violation' }]);
    expect(drawnTexts().sort()).toEqual(['bullshit', 'bullshit']);
    expect(registrations).toBe(2);
  });
});
