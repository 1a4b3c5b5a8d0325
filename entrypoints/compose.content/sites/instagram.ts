import { isPlainEnter, type SiteAdapter } from './types';

/** Instagram: the comment box under a post (a plain textarea in a form). */
export const instagram: SiteAdapter = {
  id: 'instagram',
  matches: ['https://www.instagram.com/*'],
  // The comment textarea of a post (instagram.com 2025–26; aria-label "Add a comment…" is
  // translated, so the form is what we match).
  composerSelector: 'form textarea',
  // "Post": a text-only div with role=button in the same form; the emoji picker beside it is
  // an icon (svg), so buttons with an svg are not posts.
  submitSelector: 'form div[role="button"]:not(:has(svg)), form button[type="submit"]',
  // Enter posts a comment; Shift+Enter is a new line.
  isSubmitKey: (event) => isPlainEnter(event),
};
