/**
 * Reads the text of a compose box as it will be posted, with a map back to DOM
 * positions so findings can be highlighted. Read-only: never writes to the editor.
 *
 * Block elements start a new line and <br> is one "\n", which is how Draft.js,
 * Lexical and Quill serialize their paragraphs to plain text.
 */
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

interface Segment {
  node: Text;
  /** Offset of node's first character in `text`. */
  start: number;
}

export interface TextModel {
  text: string;
  /** A DOM range for [start, end) in `text`, or null if the editor changed since reading. */
  rangeFor(start: number, end: number): Range | null;
}

export function readComposer(root: HTMLElement): TextModel {
  // Built from parts and joined once: asking a growing string about its end (endsWith) makes
  // V8 flatten it each time, which made a 1 MB paste take 13 s to read (quadratic).
  const parts: string[] = [];
  let length = 0;
  let endsWithNewline = false;
  const append = (s: string) => {
    parts.push(s);
    length += s.length;
    endsWithNewline = s.endsWith('\n');
  };
  const segments: Segment[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        segments.push({ node: node as Text, start: length });
        append(data);
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      append('\n');
      return;
    }
    if (BLOCK_TAGS.has(el.tagName) && length > 0 && !endsWithNewline) append('\n');
    walkChildren(el);
  };
  // By index over childNodes: some DOMs (happy-dom) find nextSibling by searching the parent.
  const walkChildren = (parent: Node) => {
    const children = parent.childNodes;
    for (let i = 0, n = children.length; i < n; i++) walk(children[i]!);
  };
  walkChildren(root);
  const text = parts.join('');

  /** Index of the last segment starting at or before `offset`, or -1. */
  const segmentAt = (offset: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  // A DOM boundary for `offset`. Offsets on a synthetic "\n" (between blocks) belong to no
  // text node: a range start snaps forward to the next node, a range end back to the previous.
  const point = (offset: number, forward: boolean): [Text, number] | null => {
    const i = segmentAt(offset);
    const seg = segments[i];
    if (seg && offset - seg.start < seg.node.data.length) return [seg.node, offset - seg.start];
    if (forward) {
      const next = segments[i + 1];
      if (next) return [next.node, 0];
    }
    return seg ? [seg.node, seg.node.data.length] : null;
  };

  return {
    text,
    rangeFor(start, end) {
      const a = point(start, true);
      const b = point(end, false);
      if (!a || !b || !a[0].isConnected || !b[0].isConnected) return null;
      const range = root.ownerDocument.createRange();
      try {
        range.setStart(a[0], Math.min(a[1], a[0].data.length));
        range.setEnd(b[0], Math.min(b[1], b[0].data.length));
      } catch {
        return null; // the editor re-rendered between reading and drawing
      }
      return range.collapsed ? null : range;
    },
  };
}
