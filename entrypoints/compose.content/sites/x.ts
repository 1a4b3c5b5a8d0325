import { isModEnter, type SiteAdapter } from './types';

/** X (formerly Twitter): Draft.js composers. */
export const x: SiteAdapter = {
  id: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  // The Draft.js contenteditable of the home, reply and quote composers; thread items are
  // tweetTextarea_1, _2… (seen on x.com 2025–26; role=textbox, data-testid is not translated).
  composerSelector: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // tweetButton: the compose dialog's and the thread's "Post all"; tweetButtonInline: the home
  // timeline's and inline reply's button (x.com 2025–26).
  submitSelector: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
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
  // Ctrl/Cmd+Enter posts from any X composer; a plain Enter is a new line.
  isSubmitKey: (event) => isModEnter(event),
};
