import { isModEnter, isPlainEnter, type SiteAdapter } from './types';

/**
 * Direct messages (bsky.app/messages/…): a TextareaAutosize <textarea> ("Write a message");
 * Enter sends, Shift+Enter is a new line, and a Pressable role=button labelled "Send message"
 * sends (bluesky-social/social-app, src/screens/Messages/components/MessageInput.web.tsx at
 * 6ecc568d, 2024–25). The textarea has no test id, so the chat box is told apart by its send
 * button beside it.
 */
const SEND_LABELS = new Set(['Send message', 'Enviar mensaje']);
const SEND_BUTTON = [...SEND_LABELS].map((l) => `[role="button"][aria-label="${l}"]`).join(', ');

function isMessageBox(composer: HTMLElement): boolean {
  if (!(composer instanceof HTMLTextAreaElement)) return false;
  let el: Element | null = composer.parentElement;
  for (let level = 0; el && level < 3; level++, el = el.parentElement) if (el.querySelector(SEND_BUTTON)) return true;
  return false;
}

/** Bluesky: the TipTap/ProseMirror composer (new posts, replies, quotes) and direct messages. */
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  matches: ['https://bsky.app/*'],
  // TipTap always renders a `.ProseMirror` root; bsky.app gives it role=textbox (2025–26).
  composerSelector: 'div.ProseMirror[contenteditable="true"], textarea',
  // "Post" / "Reply": data-testid="composerPublishBtn" (not translated; bluesky-social/social-app,
  // src/view/com/composer/Composer.tsx, not re-read 2026-12-05); DMs: "Send message".
  submitSelector: `[data-testid="composerPublishBtn"], ${SEND_BUTTON}`,
  // Ctrl/Cmd+Enter posts from the composer; in a DM Enter sends.
  isSubmitKey: (event, composer) => isModEnter(event) || (isPlainEnter(event) && isMessageBox(composer)),
};
