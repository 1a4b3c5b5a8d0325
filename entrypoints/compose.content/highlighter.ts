import type { Severity } from '../../rules/schema';

/**
 * Draws findings with the CSS Custom Highlight API: the browser paints the ranges,
 * and the editor's DOM is never touched. One Highlight per severity, shared by all
 * composers on the page.
 */
export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  violation: 'ask-first-violation',
  caution: 'ask-first-caution',
  info: 'ask-first-info',
};

export const HIGHLIGHT_CSS = `
::highlight(ask-first-violation) { background-color: rgba(229, 57, 53, 0.22); text-decoration: underline wavy #c62828; }
::highlight(ask-first-caution) { background-color: rgba(255, 179, 0, 0.25); text-decoration: underline wavy #b26a00; }
::highlight(ask-first-info) { text-decoration: underline dotted #1565c0; }
`;

export interface Highlighter {
  /** Replace the ranges drawn for one composer. */
  set(owner: Element, ranges: { range: Range; severity: Severity }[]): void;
  clear(owner: Element): void;
  dispose(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  const byOwner = new Map<Element, { range: Range; severity: Severity }[]>();
  /** The Highlight this highlighter last registered under each name. */
  const drawn = new Map<Severity, Highlight>();
  let style: HTMLStyleElement | null = null;

  const redraw = () => {
    if (!registry) return;
    for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      const name = HIGHLIGHT_NAMES[severity];
      const ranges = [...byOwner.values()].flat().filter((r) => r.severity === severity).map((r) => r.range);
      if (ranges.length) {
        const highlight = new Highlight(...ranges);
        registry.set(name, highlight);
        drawn.set(severity, highlight);
      } else if (drawn.has(severity)) {
        // The registry is the page's, shared with any other copy of this script (a copy cut off by
        // an extension reload clears up after the new copy has drawn): delete only our own.
        if (registry.get(name) === drawn.get(severity)) registry.delete(name);
        drawn.delete(severity);
      }
    }
  };

  /** Whether `owner`'s drawn ranges already cover exactly `ranges`, and our Highlights are still the registered ones. */
  const alreadyDrawn = (owner: Element, ranges: { range: Range; severity: Severity }[]) => {
    const drawnRanges = byOwner.get(owner) ?? [];
    if (drawnRanges.length !== ranges.length) return false;
    for (let i = 0; i < ranges.length; i++) {
      const a = drawnRanges[i]!;
      const b = ranges[i]!;
      if (a.severity !== b.severity || !sameBoundaries(a.range, b.range)) return false;
    }
    return !registry || ranges.every((r) => registry.get(HIGHLIGHT_NAMES[r.severity]) === drawn.get(r.severity));
  };

  return {
    set(owner, ranges) {
      // A check whose findings sit where they sat (typing elsewhere in a long draft) draws
      // nothing: registering a Highlight makes Chromium repaint every text node it touches, on a
      // 2,000-word Draft.js draft one 14,000-character node, a full repaint of the draft (~10 ms
      // and its raster; docs/architecture.md, "Typing on a long draft"). The live ranges drawn
      // before followed the edits and still cover the same characters.
      if (alreadyDrawn(owner, ranges)) return;
      // The ::highlight() rules must live in the page's document; added once, on first use.
      if (registry && !style) {
        style = doc.createElement('style');
        style.dataset.askFirst = '';
        style.append(doc.createTextNode(HIGHLIGHT_CSS));
        (doc.head ?? doc.documentElement).append(style);
      }
      if (ranges.length) byOwner.set(owner, ranges);
      else byOwner.delete(owner);
      redraw();
    },
    clear(owner) {
      if (byOwner.delete(owner)) redraw();
    },
    dispose() {
      byOwner.clear();
      redraw();
      style?.remove();
      style = null;
    },
  };
}

/** Same start and end points: two ranges over the same characters of the same nodes. */
function sameBoundaries(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
