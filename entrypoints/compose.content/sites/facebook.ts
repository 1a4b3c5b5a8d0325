import { isFallbackSubmit } from './fallback';
import { isModEnter, isPlainEnter, type SiteAdapter } from './types';

/**
 * The new-post dialog's button, by interface language. Facebook gives it no test id, only a
 * translated aria-label: "Post" (2025–26), "Publish"/"Share" on Pages and some rollouts.
 */
const POST_LABELS = ['Post', 'Publish', 'Share', 'Publicar', 'Compartir'];
/**
 * The comment box's send button (a div with role=button beside the box, aria-label
 * "Comment"), in the feed and in a post opened in a dialog. Public automation code of
 * 2025–26 clicks exactly `div[aria-label="Comment"][role="button"]` after typing into
 * `div[aria-label="Write a comment…"][data-lexical-editor="true"]`: read 2026-12-05 in
 * stevencodeblooded/Facebook-Auto-Commenter, src/content.js at 4af6c54a (its SELECTORS
 * list `commentField` and `submitButton` exactly so, and it posts by Enter on the box), and
 * in other auto-commenter extensions the code search shows without naming their repository.
 */
const COMMENT_LABELS = ['Comment', 'Comentar'];

const POST_BUTTON = POST_LABELS.map((l) => `div[role="dialog"] div[role="button"][aria-label="${l}"]`).join(', ');
const COMMENT_BUTTON = COMMENT_LABELS.map((l) => `div[role="button"][aria-label="${l}"]`).join(', ');

/**
 * Facebook: Lexical editors in the new-post dialog, comments and replies (in the feed and in
 * a post opened in a dialog), and chat boxes.
 */
export const facebook: SiteAdapter = {
  id: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  // Every Facebook composer is a Lexical root (facebook.com 2025–26). `data-lexical-editor`
  // is set by Lexical itself and is not translated, unlike the aria-labels.
  composerSelector: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  submitSelector: `${POST_BUTTON}, ${COMMENT_BUTTON}`,
  // "Share" and "Publish" also name a post's own share action, which sits in the same
  // dialog as its comment box: they count only as the nearest posting button of a box.
  isSubmitButton: (el) => {
    const label = el.getAttribute('aria-label') ?? '';
    return label === 'Share' || label === 'Compartir' || label === 'Publish' ? isFallbackSubmit(el) : true;
  },
  // The new-post dialog takes Enter as a new line and Ctrl/Cmd+Enter posts. Everywhere else
  // (comments and replies, also in a post opened in div[role=dialog][aria-modal=true], and
  // chat boxes) Enter posts and Shift+Enter is a new line. The new-post dialog is a dialog
  // that holds a post button and no comment button (a post opened in a dialog holds both its
  // comment box's button and, maybe, a "Share" action).
  isSubmitKey: (event, composer) => (newPostDialogOf(composer) ? isModEnter(event) : isPlainEnter(event)),
};

function newPostDialogOf(composer: HTMLElement): Element | null {
  const dialog = composer.closest('[role="dialog"]');
  if (!dialog || dialog.querySelector(COMMENT_BUTTON)) return null;
  return POST_LABELS.some((l) => dialog.querySelector(`div[role="button"][aria-label="${l}"]`)) ? dialog : null;
}
