import type { SiteAdapter } from './types';

/**
 * Nextdoor: the post composer (a dialog opened from "What's on your mind, neighbor?") and
 * the comment/reply boxes under posts. Both are plain React textareas, highlighted on a
 * mirror. Nextdoor's class names are hashed and change often, so the data-testids come
 * first and structural fallbacks (a textarea in a dialog or in a comment form) follow.
 * Public scripts show Nextdoor marking parts with data-testid (e.g. "post-timestamp"), but
 * the composer testids below are assumptions, NOT verified against the live site from this
 * machine (no network): the fallbacks carry the adapter if they differ; check them first.
 */
export const nextdoor: SiteAdapter = {
  id: 'nextdoor',
  matches: ['https://nextdoor.com/*', 'https://www.nextdoor.com/*'],
  composerSelector: [
    'textarea[data-testid="composer-text-field"]',
    'textarea[data-testid="comment-add-reply-input"]',
    '[role="dialog"] textarea',
    'form textarea',
  ].join(', '),
  // "Post" in the composer dialog, "Reply"/"Comment" under a post.
  submitSelector: [
    'button[data-testid="composer-submit-button"]',
    'button[data-testid="comment-add-reply-submit-button"]',
    'form button[type="submit"]',
  ].join(', '),
  // Enter is a new line in both boxes; only the buttons post.
  isSubmitKey: () => false,
};
