import { isModEnter, type SiteAdapter } from './types';

/** Bluesky: the TipTap/ProseMirror composer (new posts, replies, quotes). */
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  matches: ['https://bsky.app/*'],
  // TipTap always renders a `.ProseMirror` root; bsky.app gives it role=textbox (2025–26).
  composerSelector: 'div.ProseMirror[contenteditable="true"]',
  // "Post" / "Reply": data-testid="composerPublishBtn" (not translated).
  submitSelector: '[data-testid="composerPublishBtn"]',
  isSubmitKey: (event) => isModEnter(event),
};
