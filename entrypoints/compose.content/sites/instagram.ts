import { isPlainEnter, type SiteAdapter } from './types';

/** The words on Instagram's post buttons, by interface language (they have no other mark). */
const POST_LABELS = new Set(['Post', 'Share', 'Send', 'Publicar', 'Compartir', 'Enviar']);

/**
 * Instagram: the comment box under a post (a plain textarea in a form), the caption of a new
 * post ("Write a caption…", a contenteditable in the create dialog, posted by "Share"), and
 * direct messages (a contenteditable textbox at /direct/, Enter sends).
 *
 * Evidence, read 2026-12-05 with the code search:
 * - Comments: a textarea labelled "Add a comment…", posted by Enter or a submit button:
 *   SoorajTechie/Instagram-Comment-Automation, automate.py (//textarea[@aria-label='Add a comment…'],
 *   Keys.RETURN posts); arushagade/Instagram-Automation, comment.py (same textarea, Enter);
 *   animetechie/IGpost, main.py (same textarea, then button[type="submit"]).
 * - Direct messages: a contenteditable role=textbox labelled "Message", Enter sends:
 *   a17-so/internal-tools, outreach-tool-automation/src/outreach_automation/selectors.py
 *   (INSTAGRAM_DM_INPUTS: div[contenteditable='true'][role='textbox'],
 *   [contenteditable='true'][aria-label='Message'], textarea as the older form);
 *   Tanishkhan9/Python_programs, Instagram1.py (older DM textarea, Keys.RETURN sends).
 * - New post caption: Golgrax/Kawayan, extension/content_instagram.js (at faef209), a public
 *   extension that fills the caption in "Instagram Web Create Modal": the box is
 *   `div[contenteditable="true"][aria-label="Write a caption..."]` (a textarea in older
 *   builds), then the person clicks Share. Seen with find_string 'aria-label="Write a caption'
 *   (repositories not named by the index): Playwright posters select
 *   `div[aria-label="Write a caption..."][contenteditable="true"]` or
 *   `div[role="dialog"] [contenteditable="true"]` after the Next steps, then click the button
 *   named "Share" (div[role="button"] or button); the label is translated ("撰写说明...",
 *   "캡션 입력..."), so the adapter matches the dialog, not the label.
 */
export const instagram: SiteAdapter = {
  id: 'instagram',
  matches: ['https://www.instagram.com/*'],
  // The comment textarea of a post (aria-label "Add a comment…" is translated, so the form is
  // what we match); DMs: contenteditable role=textbox; the caption: the create dialog's
  // contenteditable (no role shown by the evidence).
  composerSelector: 'form textarea, div[role="textbox"][contenteditable="true"], div[role="dialog"] div[contenteditable="true"]',
  // "Post" (comments), "Share" (a new post's caption dialog), "Send" (DMs): text-only divs with
  // role=button; the emoji picker beside them is an icon (svg), so buttons with an svg are not posts.
  submitSelector: 'form div[role="button"]:not(:has(svg)), form button[type="submit"], div[role="dialog"] div[role="button"], section div[role="button"]',
  isSubmitButton: (el) => (el.matches('form button[type="submit"]') ? true : POST_LABELS.has((el.textContent ?? '').trim())),
  // Enter posts a comment and sends a DM (Shift+Enter is a new line); in the caption of a new
  // post (inside the create dialog) Enter is a new line and only "Share" posts.
  isSubmitKey: (event, composer) => isPlainEnter(event) && !(composer.isContentEditable && composer.closest('[role="dialog"]')),
};
