/**
 * Honest coverage: per supported site, the surfaces whose boxes and submits an adapter knows
 * (with a replica and e2e tests), and the surfaces known NOT to be covered by an adapter.
 * Data only (no browser APIs), for the README and the options page. Everywhere on a
 * supported site, a box the person types into that no adapter selector matches is still
 * checked by the fallback (sites/fallback.ts), with the nearest posting-verb button guarded.
 *
 * Keep in step with the adapters: tests/unit/coverage.test.ts checks that every adapter has
 * an entry and every entry an adapter.
 */
export interface SiteCoverage {
  /** The adapter id (sites/<site>.ts). */
  site: string;
  /** Surfaces the adapter knows, each with the submit routes the guard stops. */
  checked: Array<{ surface: string; routes: string[] }>;
  /** Surfaces known not to be covered by the adapter (the fallback may still check the box). */
  notCovered: string[];
}

export const COVERAGE: SiteCoverage[] = [
  {
    site: 'x',
    checked: [
      { surface: 'Home composer, thread items, reply dialog', routes: ['Post/Reply button', 'Ctrl/Cmd+Enter'] },
      { surface: 'Phone-width composer (textarea)', routes: ['Post button', 'Ctrl/Cmd+Enter'] },
      { surface: 'X Chat and direct messages', routes: ['Send button', 'Enter'] },
    ],
    notCovered: ['Community Notes', 'Article editor (X Premium)'],
  },
  {
    site: 'facebook',
    checked: [
      { surface: 'Comments and replies in the feed', routes: ['Enter', 'Comment button'] },
      { surface: 'Post opened in a dialog: its comment box', routes: ['Enter', 'Comment button'] },
      { surface: 'New-post dialog', routes: ['Post/Publish/Share button', 'Ctrl/Cmd+Enter'] },
      { surface: 'Chat boxes', routes: ['Enter'] },
    ],
    notCovered: ['Messenger (messenger.com)', 'Marketplace listings', 'Stories text'],
  },
  {
    site: 'youtube',
    checked: [
      { surface: 'Comments and replies', routes: ['Comment/Reply button'] },
      { surface: 'Community posts', routes: ['Post button'] },
      { surface: 'Live chat', routes: ['Enter', 'Send button'] },
      { surface: 'm.youtube.com comments', routes: ['Comment button (by its name)'] },
    ],
    notCovered: ['Video titles and descriptions outside Studio'],
  },
  {
    site: 'youtube_studio',
    checked: [
      { surface: 'Upload dialog and details page: title and description', routes: ['Publish/Save button'] },
      { surface: 'Comment replies (Comments page)', routes: ['Reply button'] },
    ],
    notCovered: [],
  },
  {
    site: 'linkedin',
    checked: [
      { surface: 'Classic comments (Quill)', routes: ['Comment button'] },
      { surface: 'New feed comments (TipTap)', routes: ['Comment/Reply button'] },
      { surface: '"Start a post" share box', routes: ['Post button'] },
      { surface: 'Messaging', routes: ['Send button', 'Enter (when the box was seen sending on Enter)'] },
    ],
    notCovered: ['Articles and newsletters editor', 'First Enter in messaging with "Press Enter to Send"'],
  },
  {
    site: 'bluesky',
    checked: [
      { surface: 'Composer (posts, replies, quotes)', routes: ['Post button', 'Ctrl/Cmd+Enter'] },
      { surface: 'Direct messages', routes: ['Enter', 'Send message button'] },
    ],
    notCovered: ['Image alt text'],
  },
  {
    site: 'mastodon',
    checked: [{ surface: 'Compose form (4.2 and 4.3+)', routes: ['Post button', 'Ctrl/Cmd+Enter'] }],
    notCovered: ['Instances not listed (IT adds them with extraSites)', 'Content warning field (fallback only)'],
  },
  {
    site: 'instagram',
    checked: [
      { surface: 'Comments', routes: ['Enter', 'Post button'] },
      { surface: 'New post caption (selectors not verified)', routes: ['Share button'] },
      { surface: 'Direct messages', routes: ['Enter', 'Send button'] },
    ],
    notCovered: ['Stories and Reels text'],
  },
  {
    site: 'threads',
    checked: [{ surface: 'New-thread and reply dialogs', routes: ['Post button', 'Ctrl/Cmd+Enter'] }],
    notCovered: ['Inline replies outside a dialog (fallback only)'],
  },
  {
    site: 'reddit',
    checked: [
      { surface: 'Comments and replies (rich text)', routes: ['Comment button'] },
      { surface: 'Simple composer (shadow root)', routes: ['Comment button'] },
      { surface: 'Markdown mode', routes: ['Comment button'] },
      { surface: 'Post title and body', routes: ['Post button'] },
      { surface: 'old.reddit.com comments', routes: ['save button'] },
    ],
    notCovered: ['Chat', 'old.reddit.com private messages (fallback only)'],
  },
  {
    site: 'nextdoor',
    checked: [
      { surface: 'Comments and replies', routes: ['Comment button', 'Enter (one-line comment)'] },
      { surface: 'Post composer dialog (test ids not verified)', routes: ['Post button'] },
    ],
    notCovered: ['Direct messages (fallback only)'],
  },
];
