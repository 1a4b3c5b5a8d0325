import { isModEnter, type SiteAdapter } from './types';

/** The words on Threads' post button, by interface language (the button has no other mark). */
const POST_LABELS = new Set(['Post', 'Publicar']);

/** Threads: the Lexical composer in the new-thread and reply dialogs. */
export const threads: SiteAdapter = {
  id: 'threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  // A Lexical root, like Facebook's (threads.com 2025–26). Read 2026-12-05:
  // official5ETa/ThreadsAutoComment, src/share/threadsQs.ts (commentPopup
  // `div[role="dialog"]…`, commentInput `div[role="textbox"][contenteditable="true"]:has(p)`).
  composerSelector: 'div[contenteditable="true"][data-lexical-editor="true"]',
  // The dialog's buttons are all div[role=button] ("Add to thread", "Post", icons); only the
  // one labelled Post/Publicar posts.
  submitSelector: 'div[role="dialog"] div[role="button"]',
  isSubmitButton: (el) => POST_LABELS.has((el.textContent ?? '').trim()),
  // Ctrl/Cmd+Enter posts; Enter is a new line.
  isSubmitKey: (event) => isModEnter(event),
};
