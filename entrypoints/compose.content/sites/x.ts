import { isModEnter, isPlainEnter, type SiteAdapter } from './types';

/**
 * X Chat (/i/chat) and the older DM view: Enter sends. X Chat's box is a plain
 * textarea[data-testid="dm-composer-textarea"] in form[data-testid="dm-composer-form"], sent
 * by [data-testid="dm-composer-send-button"] (public DM automation and extensions of 2025–26,
 * e.g. a recipe config pairing `[data-testid="dm-composer-form"] [data-testid="dm-composer-textarea"]`
 * with its send button; a voice-note extension injecting beside the same button; seen with
 * the code search, which did not name their repositories; no named public file found 2026-12-05). The older
 * DM box is the Draft.js [data-testid="dmComposerTextInput"] with dmComposerSendButton.
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
  // timeline's and inline reply's button (x.com 2025–26). Chat: the send buttons.
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
