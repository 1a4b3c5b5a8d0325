import { isModEnter, type SiteAdapter } from './types';

/** Mastodon: the web client's compose form (a plain textarea) on the best-known instances. */
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  // Instances are many; these are the largest. An instance IT lists elsewhere needs the
  // generic adapter (extraSites), which is not built yet.
  matches: ['https://mastodon.social/*', 'https://mastodon.online/*', 'https://mas.to/*', 'https://fosstodon.org/*'],
  // The compose textarea of the new-post column and of replies (Mastodon 4.x web client).
  composerSelector: 'textarea.autosuggest-textarea__textarea',
  // "Post"/"Publish" (the label changed across 4.x releases; the wrapper class did not).
  submitSelector: '.compose-form__publish-button-wrapper button, .compose-form__publish button',
  // Ctrl/Cmd+Enter posts; Enter is a new line.
  isSubmitKey: (event) => isModEnter(event),
};
