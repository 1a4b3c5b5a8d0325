import type { SiteAdapter } from './types';

/**
 * Reddit: the new "shreddit" UI (comment and reply composers, post titles and bodies, the
 * simple composer, Markdown mode) and old.reddit.com (classic forms).
 *
 * Evidence, read 2026-12-05:
 * - joelacus/RedditEnhancer, src-webpack/src/common/content/tweaks/productivity/
 *   better_comment_box.js (at 8b2dcf3, 2026-08-14; the file works on the live "RV3" UI): on
 *   `shreddit-composer` and `shreddit-simple-composer` the submit is the light-DOM
 *   `button[type="submit"]`; shreddit-composer's rich editor is its light-DOM
 *   `div[contenteditable="true"]` (its shadow root holds `reddit-rte`); in Markdown mode the
 *   composer's shadow root holds `shreddit-markdown-composer`, whose own shadow root holds the
 *   textarea (`div.textarea-container textarea`); the simple composer's `div[contenteditable]`
 *   is in its shadow root. tweaks/font/resize_font.js: the title is `#innerTextArea` in
 *   faceplate-textarea-input's shadow root on the post_submit page.
 * - old.reddit.com: reddit-archive/reddit, r2/r2/templates/usertext.html (reddit's own
 *   open-source templates, at 06f4b9e): form.usertext > div.usertext-edit > textarea[name] and
 *   div.usertext-buttons > button.save (type=submit); RedditEnhancer's
 *   tweaks/resize_elements/expand_content.js still styles `div.usertext-edit textarea` (2026).
 */
export const reddit: SiteAdapter = {
  id: 'reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  composerSelector: [
    // `shreddit-composer` is a web component; its Lexical editor is slotted in from the light
    // DOM (slot="rte"), so a document query reaches it (RedditEnhancer reads it as the light-DOM
    // `div[contenteditable="true"]`; data-lexical-editor is Lexical's own mark). The post body
    // on /submit is the same component.
    'shreddit-composer [data-lexical-editor="true"][contenteditable="true"]',
    // old.reddit.com: comment and reply boxes (.usertext-edit textarea[name="text"]) and the
    // text of a new self post (/submit, textarea[name="text"]): plain server-rendered forms.
    '.usertext-edit textarea',
    'form#newlink textarea[name="text"]',
    'form#newlink textarea[name="title"]',
  ].join(', '),
  // Boxes inside open shadow roots: the post title (textarea#innerTextArea inside
  // faceplate-textarea-input), the simple composer's textbox (in shreddit-simple-composer's
  // root), and Markdown mode's textarea, two roots deep: shreddit-composer's root holds
  // shreddit-markdown-composer, whose root holds the textarea (RedditEnhancer, above). Roots
  // inside roots are searched too (watcher.ts), so shreddit-composer is listed to reach it.
  shadowComposers: {
    hosts: 'faceplate-textarea-input, shreddit-simple-composer, shreddit-composer, shreddit-markdown-composer',
    composer: 'textarea, [role="textbox"][contenteditable="true"], [contenteditable="true"]:not([contenteditable="true"] *)',
  },
  // "Comment"/"Reply": the composer's light-DOM submit button (slotted). "Post" on /submit:
  // #inner-post-submit-button inside r-post-form-submit-button's shadow root (the host is
  // what a light-DOM search for the composer's post button finds). The simple composer's
  // button is a light-DOM child as well. old.reddit.com: "save" (.usertext-buttons
  // button.save, type=submit) and /submit's button[name="submit"].
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
