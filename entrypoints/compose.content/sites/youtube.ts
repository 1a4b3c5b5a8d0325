import { isPlainEnter, type SiteAdapter } from './types';

/**
 * Live chat's input: a plain contenteditable `div#input` inside
 * yt-live-chat-text-input-field-renderer (contenteditable="" on youtube.com, 2025–26). It
 * lives in the /live_chat page, which YouTube shows in an iframe (#chatframe) beside a live
 * video or as a pop-out window: the manifest adds a content-script entry for /live_chat with
 * all_frames (wxt.config.ts), so the script runs in that frame too.
 */
const LIVE_CHAT_INPUT = 'yt-live-chat-text-input-field-renderer div#input[contenteditable]';

/**
 * m.youtube.com: comments are a plain <textarea> inside ytm-comment-simplebox-renderer.
 * Evidence, read 2026-12-05: michaelruck/yt-transcript-distiller, content.js (at 54702ee;
 * the lines came in 1b265d6, 2026-07-11, "Verifiziert am Geraet", a logged-in phone): the
 * visible composer is a button, button.YtmCommentSimpleboxRendererReply ("Add a comment..."),
 * whose click creates the textarea of the same class, with a placeholder and no aria-label;
 * the comments sit in the engagement panel
 * (ytm-engagement-panel-section-list-renderer.engagement-panel-comments-section). Seen with
 * find_string "ytm-comment-simplebox-renderer" (repositories not named by the index): a
 * Selenium script that clicks `… ytm-comments-header-renderer > ytm-comment-simplebox-renderer
 * > div`, types into `textarea.comment-simplebox-reply` and clicks `ytm-comment-simplebox-renderer
 * > div > div > c3-material-button:nth-child(2) > button`; a bot's selector map with
 * `ytm-comment-simplebox-renderer textarea`. The post button has no stable mark of its own
 * (the Cancel button sits beside it in the same markup): the fallback finds it by its name.
 */
const MOBILE_BOX =
  'textarea.YtmCommentSimpleboxRendererReply, ytm-comment-simplebox-renderer textarea, ytm-commentbox textarea, ytm-comment-dialog-renderer textarea';

/** YouTube: comment and reply boxes, community posts, live chat; m.youtube.com comments. */
export const youtube: SiteAdapter = {
  id: 'youtube',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'],
  // Comments and replies: ytd-comment-simplebox-renderer shows `#placeholder-area` until it is
  // clicked, then `#contenteditable-root` (a plain contenteditable) appears. Community posts use
  // the same root inside ytd-backstage-post-dialog-renderer (youtube.com 2025–26). Read
  // 2026-12-05: yashu1wwww/5000-Auto-YouTube-Comments-Using-Localhost, shorts.py (clicks
  // `ytd-comments ytd-comment-simplebox-renderer div#placeholder-area`, types into
  // `#contenteditable-root`, clicks #submit-button); kr-MATAGI/NSMC-Toy-Project,
  // YoutubeCrawling/xpath_def.py (simple-box/ytd-comment-simplebox-renderer, #submit-button).
  composerSelector: `#contenteditable-root[contenteditable="true"], #contenteditable-root[contenteditable="plaintext-only"], ${LIVE_CHAT_INPUT}, ${MOBILE_BOX}`,
  // "Comment" / "Reply" / "Post": `#submit-button` is a ytd-button-renderer wrapping a <button>.
    // Live chat's "Send": #send-button (a yt-button-renderer) wrapping a <button>.
    submitSelector: '#submit-button button, #submit-button[role="button"], yt-live-chat-message-input-renderer #send-button button',
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
    // Enter is a new line in YouTube comments; only the button posts. In live chat Enter sends.
    isSubmitKey: (event, composer) => isPlainEnter(event) && composer.matches(LIVE_CHAT_INPUT),
};

/** Patterns of the live chat page (framed or popped out): its content-script entry runs in all frames. */
export const YOUTUBE_LIVE_CHAT_MATCHES = ['https://www.youtube.com/live_chat*'];
