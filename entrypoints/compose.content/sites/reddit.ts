import type { SiteAdapter } from './types';

/** Reddit (new "shreddit" UI): comment and reply composers, post titles and bodies. */
export const reddit: SiteAdapter = {
  id: 'reddit',
  matches: ['https://www.reddit.com/*'],
  // `shreddit-composer` is a web component; its Lexical editor is slotted in from the light
  // DOM (slot="rte"), so a document query reaches it (reddit.com 2025–26). The post body on
  // /submit is the same component.
  composerSelector: 'shreddit-composer [data-lexical-editor="true"][contenteditable="true"]',
  // Post titles: a <textarea> inside the open shadow root of faceplate-textarea-input
  // (name="title"), which no document query reaches (reddit.com /submit, 2025–26).
  shadowComposers: { hosts: 'faceplate-textarea-input', composer: 'textarea' },
  // "Comment"/"Reply": the button slotted as the composer's submit button. "Post" on /submit:
  // #inner-post-submit-button inside r-post-form-submit-button's shadow root (the host is
  // what a light-DOM search for the composer's post button finds).
  submitSelector:
    'shreddit-composer button[slot="submit-button"], shreddit-composer button[type="submit"], #inner-post-submit-button, r-post-form-submit-button',
  // Enter is a new line; only the button posts.
  isSubmitKey: () => false,
};
