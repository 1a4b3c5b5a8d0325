import { HIGHLIGHT_CSS } from './highlighter';
import type { TextModel } from './textModel';

/** Box and text styles a mirror must share with its textarea for the text to wrap identically. */
const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle',
  'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch',
  'fontVariant', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'tabSize', 'direction',
] as const;

export interface TextareaMirror {
  /** The textarea's text, with ranges over the mirror's copy (for the Highlight API). */
  read(): TextModel;
  /** Follow the textarea's position, size and scroll. */
  sync(): void;
  remove(): void;
}

/**
 * The Highlight API cannot reach inside a <textarea>, so findings there are drawn on a
 * mirror: a copy of the text with the same box and font, laid exactly over the textarea,
 * transparent and click-through, in a closed shadow root appended to <body>. The
 * textarea itself is never touched.
 */
export function createTextareaMirror(textarea: HTMLTextAreaElement): TextareaMirror {
  const doc = textarea.ownerDocument;
  const host = doc.createElement('ask-first-mirror');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${HIGHLIGHT_CSS}
.m { position: fixed; margin: 0; pointer-events: none; overflow: hidden; color: transparent; background: transparent;
  border-color: transparent; white-space: pre-wrap; overflow-wrap: break-word; z-index: 2147483645; }`;
  const box = doc.createElement('div');
  box.className = 'm';
  box.setAttribute('aria-hidden', 'true');
  const text = doc.createTextNode('');
  box.append(text);
  root.append(style, box);
  doc.body.append(host);

  const sync = () => {
    const cs = getComputedStyle(textarea);
    for (const prop of COPIED) box.style[prop] = cs[prop];
    const rect = textarea.getBoundingClientRect();
    box.style.left = `${rect.left}px`;
    box.style.top = `${rect.top}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    box.scrollTop = textarea.scrollTop;
    box.scrollLeft = textarea.scrollLeft;
  };

  return {
    read() {
      const value = textarea.value;
      // A trailing newline needs a character after it to take up its line, as in the textarea.
      text.data = value.endsWith('\n') ? `${value} ` : value;
      sync();
      return {
        text: value,
        rangeFor(start, end) {
          if (start >= end || end > value.length) return null;
          const range = doc.createRange();
          range.setStart(text, start);
          range.setEnd(text, end);
          return range;
        },
      };
    },
    sync,
    remove() {
      host.remove();
    },
  };
}
