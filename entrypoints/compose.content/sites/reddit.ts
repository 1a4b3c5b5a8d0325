import type { SiteAdapter } from './types';

/** Reddit (new "shreddit" UI): comment and reply composers. */
export const reddit: SiteAdapter = {
  id: 'reddit',
  matches: ['https://www.reddit.com/*'],
  // `shreddit-composer` is a web component; its Lexical editor is slotted in from the light
  // DOM (slot="rte"), so a document query reaches it (reddit.com 2025–26). Post titles live
  // inside shadow roots (faceplate-textarea-input) and are not covered yet.
  composerSelector: 'shreddit-composer [data-lexical-editor="true"][contenteditable="true"]',
  // "Comment"/"Reply": the button slotted as the composer's submit button.
  submitSelector: 'shreddit-composer button[slot="submit-button"], shreddit-composer button[type="submit"]',
  // Enter is a new line; only the button posts.
  isSubmitKey: () => false,
};
