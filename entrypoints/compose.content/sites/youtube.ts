import type { SiteAdapter } from './types';

/** YouTube: comment and reply boxes, community posts. */
export const youtube: SiteAdapter = {
  id: 'youtube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  // Comments and replies: ytd-comment-simplebox-renderer shows `#placeholder-area` until it is
  // clicked, then `#contenteditable-root` (a plain contenteditable) appears. Community posts use
  // the same root inside ytd-backstage-post-dialog-renderer (youtube.com 2025–26).
  composerSelector: '#contenteditable-root[contenteditable="true"], #contenteditable-root[contenteditable="plaintext-only"]',
  // "Comment" / "Reply" / "Post": `#submit-button` is a ytd-button-renderer wrapping a <button>.
  submitSelector: '#submit-button button, #submit-button[role="button"]',
  // Enter is a new line in YouTube comments; only the button posts.
  isSubmitKey: () => false,
};
