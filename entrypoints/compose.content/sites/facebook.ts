import { isModEnter, isPlainEnter, type SiteAdapter } from './types';

/** Facebook: Lexical editors in the new-post dialog, comments and replies, and chat boxes. */
export const facebook: SiteAdapter = {
  id: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  // Every Facebook composer is a Lexical root (facebook.com 2025–26). `data-lexical-editor`
  // is set by Lexical itself and is not translated, unlike the aria-labels.
  composerSelector: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // The post dialog's "Post" button: a div with role=button inside the dialog (facebook.com
  // 2025–26). Facebook gives it no test id, so the translated aria-label is all there is:
  // English and Spanish listed; comments have no button (Enter posts).
  submitSelector:
    'div[role="dialog"] div[role="button"][aria-label="Post"], div[role="dialog"] div[role="button"][aria-label="Publicar"]',
  // Comments, replies and chat boxes post on Enter (Shift+Enter is a new line); the post
  // dialog takes Enter as a new line and Ctrl/Cmd+Enter posts.
  isSubmitKey: (event, composer) => (composer.closest('[role="dialog"]') ? isModEnter(event) : isPlainEnter(event)),
};
