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
  // Subscribe (ytd-subscribe-button-renderer, on watch and channel pages) and the video's like
  // button (like-button-view-model); the channel is the video owner's /@handle link, else the
  // channel page's own path (youtube.com 2025–26).
  followTarget(origin, doc) {
    const button = origin.closest('ytd-subscribe-button-renderer button, like-button-view-model button');
    if (!button) return null;
    const owner = doc.querySelector('ytd-video-owner-renderer a[href^="/@"]')?.getAttribute('href');
    const name = /^\/(@[\w.-]{3,30})/.exec(owner ?? doc.location.pathname)?.[1];
    return name ? { button, handle: name } : null;
  },
  // Enter is a new line in YouTube comments; only the button posts.
  isSubmitKey: () => false,
};
