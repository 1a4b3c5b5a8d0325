import type { SiteAdapter } from './types';

/**
 * Reddit: the new "shreddit" UI (comment and reply composers, post titles and bodies, the
 * simple composer, Markdown mode) and old.reddit.com (classic forms).
 */
export const reddit: SiteAdapter = {
  id: 'reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  composerSelector: [
    // `shreddit-composer` is a web component; its Lexical editor is slotted in from the light
    // DOM (slot="rte"), so a document query reaches it (reddit.com 2025–26). The post body on
    // /submit is the same component.
    'shreddit-composer [data-lexical-editor="true"][contenteditable="true"]',
    // Markdown mode: the same composer holds a plain textarea instead of the rich editor.
    'shreddit-composer textarea',
    'shreddit-markdown-composer textarea',
    // old.reddit.com: comment and reply boxes (.usertext-edit textarea[name="text"]) and the
    // text of a new self post (/submit, textarea[name="text"]): plain server-rendered forms.
    '.usertext-edit textarea',
    'form#newlink textarea[name="text"]',
    'form#newlink textarea[name="title"]',
  ].join(', '),
  // Boxes inside open shadow roots: the post title, a <textarea> inside
  // faceplate-textarea-input (name="title"), and the simple composer's textbox, which
  // shreddit-simple-composer renders in its own shadow root (public extensions of 2025–26 read
  // it as `host.shadowRoot.querySelector('[role="textbox"]')` for shreddit-simple-composer;
  // a public agent's notes on reddit.com, read 2026-12-05 with the code search (repository not
  // named by the index), give the title as `faceplate-textarea-input` → shadowRoot → textarea
  // and the Markdown switch inside shreddit-composer).
  shadowComposers: {
    hosts: 'faceplate-textarea-input, shreddit-simple-composer',
    composer: 'textarea, [role="textbox"][contenteditable="true"], [contenteditable="true"]:not([contenteditable="true"] *)',
  },
  // "Comment"/"Reply": the button slotted as the composer's submit button. "Post" on /submit:
  // #inner-post-submit-button inside r-post-form-submit-button's shadow root (the host is
  // what a light-DOM search for the composer's post button finds). The simple composer's
  // button lives in its shadow root too (its host is found the same way). old.reddit.com:
  // "save" (.usertext-buttons button.save, type=submit) and /submit's button[name="submit"].
  submitSelector: [
    'shreddit-composer button[slot="submit-button"]',
    'shreddit-composer button[type="submit"]',
    '#inner-post-submit-button',
    'r-post-form-submit-button',
    'shreddit-simple-composer button[type="submit"]',
    '.usertext-buttons button.save',
    'form.usertext button[type="submit"]',
    'form#newlink button[name="submit"]',
  ].join(', '),
  // Enter is a new line; only the buttons post.
  isSubmitKey: () => false,
};
