import { isModEnter, type SiteAdapter } from './types';

/** Mastodon: the web client's compose form (a plain textarea) on the best-known instances. */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  // Instances are many; these are the largest. Any other instance IT lists in extraSites
  // with "adapter": "mastodon" gets this adapter on its host (sites/generic.ts).
  matches: ['https://mastodon.social/*', 'https://mastodon.online/*', 'https://mas.to/*', 'https://fosstodon.org/*'],
  // The compose textarea of the new-post column and of replies (Mastodon 4.x web client).
  composerSelector: 'textarea.autosuggest-textarea__textarea',
  // "Post"/"Publish" (the label changed across 4.x releases; the wrapper class did not).
  submitSelector: '.compose-form__publish-button-wrapper button, .compose-form__publish button',
  // Ctrl/Cmd+Enter posts; Enter is a new line.
  isSubmitKey: (event) => isModEnter(event),
};
