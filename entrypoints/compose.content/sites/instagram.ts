import { isPlainEnter, type SiteAdapter } from './types';

/** The words on Instagram's post buttons, by interface language (they have no other mark). */
const POST_LABELS = new Set(['Post', 'Share', 'Send', 'Publicar', 'Compartir', 'Enviar']);

/**
 * Instagram: the comment box under a post (a plain textarea in a form), the caption of a new
 * post ("Write a caption…", a contenteditable in the create dialog, posted by "Share"), and
 * direct messages (a contenteditable textbox at /direct/, Enter sends).
 *
 * Caption and DM selectors are NOT verified against public code from 2024–26 (none found in
 * the time available): they follow the comment box's conventions (text-only div[role=button]
 * buttons, role=textbox editors). The fallback (sites/fallback.ts) carries these surfaces if
 * they differ: any box typed into is checked, and "Share"/"Send" are posting verbs.
 */
export const instagram: SiteAdapter = {
  id: 'instagram',
  matches: ['https://www.instagram.com/*'],
  // The comment textarea of a post (instagram.com 2025–26; aria-label "Add a comment…" is
  // translated, so the form is what we match); captions and DMs: contenteditable textboxes.
  composerSelector: 'form textarea, div[role="textbox"][contenteditable="true"]',
  // "Post" (comments), "Share" (a new post's caption dialog), "Send" (DMs): text-only divs with
  // role=button; the emoji picker beside them is an icon (svg), so buttons with an svg are not posts.
  submitSelector: 'form div[role="button"]:not(:has(svg)), form button[type="submit"], div[role="dialog"] div[role="button"], section div[role="button"]',
  isSubmitButton: (el) => (el.matches('form button[type="submit"]') ? true : POST_LABELS.has((el.textContent ?? '').trim())),
  // Enter posts a comment and sends a DM (Shift+Enter is a new line); in the caption of a new
  // post (inside the create dialog) Enter is a new line and only "Share" posts.
  isSubmitKey: (event, composer) => isPlainEnter(event) && !(composer.isContentEditable && composer.closest('[role="dialog"]')),
};
