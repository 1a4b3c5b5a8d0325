import type { SiteAdapter } from './types';

/** LinkedIn: Quill editors in the "Start a post" share box and in comments. */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  // Quill's editable root, `.ql-editor` (linkedin.com 2025–26: share box and comment boxes).
  composerSelector: '.ql-editor[contenteditable="true"]',
  // Share box: `share-actions__primary-action` ("Post"); comments: `comments-comment-box__submit-button`
  // (class names are not translated; newer builds add `--cr` suffixes, matched by prefix).
  submitSelector:
    'button.share-actions__primary-action, button[class*="comments-comment-box__submit-button"]',
  // Enter is a new line in both; no posting shortcut is known, so only the buttons are guarded.
  isSubmitKey: () => false,
};
