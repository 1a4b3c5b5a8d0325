/**
 * Any text box a person posts from: a textarea, a contenteditable root (not one nested
 * in another), or an ARIA textbox that is not an <input> and does not wrap an editable root.
 * Used by the generic adapter (admin-listed sites) and by the fallback hooks of built-in sites.
 */
export const ANY_TEXT_BOX = [
  'textarea:not([readonly]):not([disabled])',
  '[contenteditable="true"]:not([contenteditable="true"] *)',
  '[contenteditable="plaintext-only"]:not([contenteditable] *)',
  '[role="textbox"]:not(input):not([contenteditable] *):not(:has([contenteditable]))',
].join(', ');
