import { isModEnter, isPlainEnter, type SiteAdapter } from './types';

/**
 * X Chat (/i/chat) and the older DM view: Enter sends. Evidence, read 2026-12-05:
 * - X Chat: netmindCjx/reddit-marketing, docs/superpowers/specs/2026-06-15-twitter-dm-ai-reply-design.md
 *   (at 187b100; probes run in a logged-in browser, June 2026): the composer is
 *   `textarea[data-testid="dm-composer-textarea"]`, "a real <textarea>", on /i/chat/<id>-<id>.
 *   The send button [data-testid="dm-composer-send-button"] and form[data-testid="dm-composer-form"]
 *   are seen only in files whose repositories the index does not name (find_string
 *   "dm-composer-send-button": a DM bot's Playwright script, a recipe config pairing
 *   `[data-testid="dm-composer-form"] [data-testid="dm-composer-textarea"]` with the send button,
 *   a voice-note extension injecting beside it).
 * - The older DM box: X's own web client, as archived in DzikStar/X-SCRAPER,
 *   client-web/shared/loader/DMDrawer/bundle/DirectMessages/bundle/DMRichTextCompose.js (bundle
 *   of 2025-06-25): testIDs "dmComposerTextInput" (a Draft.js rich-text editor) and
 *   "dmComposerSendButton"; its handleReturn sends on Enter without Shift/Ctrl/Meta.
 *   nirholas/XActions, src/sendDirectMessage.js (at a6ce137, "Last Updated: 24 February 2026")
 *   types into the same two.
 */
const CHAT_BOX = 'textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"][contenteditable="true"]';

/** X (formerly Twitter): Draft.js composers, the phone-width textarea, and X Chat. */
export const x: SiteAdapter = {
  id: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  // The Draft.js contenteditable of the home, reply and quote composers; thread items are
  // tweetTextarea_1, _2… (seen on x.com 2025–26; role=textbox, data-testid is not translated).
  // Read 2026-12-05: manoelatimossi/automation, TwitterSelenium.py, clicks
  // div[data-testid='tweetButtonInline'] after typing into the composer; find_string
  // "tweetTextarea_0" shows ten more public bots and extensions typing into
  // div[data-testid="tweetTextarea_0"] and clicking tweetButton/tweetButtonInline (the index
  // does not name their repositories).
  // At phone width (and in narrow windows) the same wrappers hold a plain <textarea> instead
  // (tweetTextarea_0_label is the label around the box; public scripts of 2025–26 click it to
  // reach the composer in either form).
  composerSelector: [
    'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
    'textarea[data-testid^="tweetTextarea_"]',
    '[data-testid^="tweetTextarea_"] textarea',
    CHAT_BOX,
  ].join(', '),
  // tweetButton: the compose dialog's and the thread's "Post all"; tweetButtonInline: the home
  // timeline's and inline reply's button (x.com 2025–26; both testIDs are in X's own client,
  // DzikStar/X-SCRAPER client-web/shared/bundle/Compose/bundle/RichTextCompose-0fb8c86a.js,
  // bundle of 2025-06-25). Chat: the send buttons.
  submitSelector:
    '[data-testid="tweetButton"], [data-testid="tweetButtonInline"], [data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]',
  // The account switcher at the bottom of the side navigation shows the signed-in account's
  // name and @handle (x.com 2025–26).
  postingAs(doc) {
    const text = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.textContent ?? '';
    return /@\w{1,15}/.exec(text)?.[0] ?? null;
  },
  // Follow buttons are "<user id>-follow" (profile header, "Who to follow" cells) and the post's
  // heart is "like" (x.com 2025–26); the account is the cell's or post's first profile link,
  // else the profile page's own path.
  followTarget(origin, doc) {
    const button = origin.closest('[data-testid$="-follow"], [data-testid="like"]');
    if (!button) return null;
    const scope = button.closest('article[data-testid="tweet"], [data-testid="UserCell"]');
    const path = scope?.querySelector('a[href^="/"]')?.getAttribute('href') ?? doc.location.pathname;
    const name = /^\/(\w{1,15})(?:\/|$)/.exec(path)?.[1];
    return name ? { button, handle: `@${name}` } : null;
  },
  // Ctrl/Cmd+Enter posts from any X composer; a plain Enter is a new line there, and sends
  // in chat (Shift+Enter is the new line).
  isSubmitKey: (event, composer) => isModEnter(event) || (isPlainEnter(event) && composer.matches(CHAT_BOX)),
};
