import { isModEnter, type SiteAdapter } from './types';

/** Mastodon: the web client's compose form (a plain textarea) on the best-known instances. */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  // Instances are many; these are the largest. Any other instance IT lists in extraSites
  // with "adapter": "mastodon" gets this adapter on its host (sites/generic.ts).
  matches: ['https://mastodon.social/*', 'https://mastodon.online/*', 'https://mas.to/*', 'https://fosstodon.org/*'],
  // The compose textarea of the new-post column and of replies (Mastodon 4.x web client:
  // AutosuggestTextarea renders textarea.autosuggest-textarea__textarea).
  composerSelector: 'textarea.autosuggest-textarea__textarea',
  // "Post"/"Reply"/"Save changes". Mastodon 4.3+ renders it as
  // `div.compose-form__submit > Button type=submit` inside form.compose-form (mastodon/mastodon,
  // app/javascript/mastodon/features/compose/components/compose_form.jsx at d2e91249, the 4.3
  // redesign of 2024; forks of 2025 add id="mastodon-publish-button" to the same div). Before
  // 4.3 the button sat in `.compose-form__publish-button-wrapper` (same file, 4.2 and older).
  submitSelector: '.compose-form__submit button, .compose-form__publish-button-wrapper button, .compose-form__publish button',
  // Ctrl/Cmd+Enter posts; Enter is a new line. Mastodon's handleKeyDown tests
  // `e.keyCode === 13 && (e.ctrlKey || e.metaKey)` (same file), not `key`.
  isSubmitKey: (event) => isModEnter(event),
};
