import type { SiteAdapter } from './types';

/**
 * YouTube Studio (studio.youtube.com, its own host, so listed in the manifest): the title and
 * description of a video in the upload dialog and on a video's details page. For a city
 * channel these are public posts like any other (the title shows in every feed and search),
 * and they are written here, not on www.youtube.com.
 *
 * Both fields are ytcp-social-suggestions-textbox components whose editor is a plain
 * contenteditable `div#textbox`; Studio renders with Polymer's shady DOM, so a document query
 * reaches them (studio.youtube.com 2025–26).
 */
export const youtubeStudio: SiteAdapter = {
  id: 'youtube_studio',
  matches: ['https://studio.youtube.com/*'],
  composerSelector:
    'ytcp-social-suggestions-textbox div#textbox[contenteditable="true"], ytcp-social-suggestions-textbox div#textbox[contenteditable="plaintext-only"]',
  // "Publish"/"Save" at the end of the upload dialog (#done-button) and "Save" on the details
  // page (#save). "Next" only moves between the dialog's steps and is left alone.
  submitSelector: 'ytcp-uploads-dialog #done-button, ytcp-button#save',
  // Enter adds a line in the description and does nothing in the title; only the buttons publish.
  isSubmitKey: () => false,
};
