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
 *
 * Comment replies (the channel's Comments page): "Reply" under a comment opens a
 * ytcp-commentbox whose editor is a native `<textarea id="textarea">` in
 * tp-yt-iron-autogrow-textarea (placeholder "Add a reply..." / "Añade una respuesta..."),
 * posted by its "Reply" button. Evidence, read 2026-12-05: abogadocripto/youtube-comentarios,
 * TRASPASO.md (at 382d01f), "Confirmado con datos reales — 21/09/2026" (a channel owner's
 * diagnostic run on live Studio, in Spanish): the chain textarea#textarea <
 * tp-yt-iron-autogrow-textarea#textarea < … < ytcp-form-input-container#input-container <
 * div#main.ytcp-commentbox, placeholder "Añade una respuesta...", and the send button inside
 * ytcp-commentbox has NO id="submit-button", only its text/aria "Responder", after the field;
 * the button starts disabled until a real input event. Older captures give the button as
 * `ytcp-comment-button#submit-button` (seen with find_string "ytcp-commentbox", repositories not
 * named by the index: an auto-reply userscript waiting for
 * `ytcp-commentbox textarea[placeholder="Add a reply..."]`, a Selenium script clicking
 * `ytcp-comment-button[@id="submit-button"]/…/ytcp-button-shape/button`, an AI-assistant
 * extension rooting on `ytcp-commentbox #submit-button`). Where the id is missing, the
 * posting-verb fallback ("Reply", "Responder") finds the button by its name.
 */
export const youtubeStudio: SiteAdapter = {
  id: 'youtube_studio',
  matches: ['https://studio.youtube.com/*'],
  composerSelector:
    'ytcp-social-suggestions-textbox div#textbox[contenteditable="true"], ytcp-social-suggestions-textbox div#textbox[contenteditable="plaintext-only"], ' +
    'ytcp-commentbox textarea',
  // "Publish"/"Save" at the end of the upload dialog (#done-button) and "Save" on the details
  // page (#save); "Reply" in a comment's reply box. "Next" only moves between the dialog's
  // steps and is left alone.
  submitSelector: 'ytcp-uploads-dialog #done-button, ytcp-button#save, ytcp-commentbox #submit-button',
  // Enter adds a line in the description and does nothing in the title; in the reply
  // textarea it is the textarea's own new line (no public source shows Enter posting a
  // reply; were it to, the per-box Enter learning in enterKey.ts would catch it).
  isSubmitKey: () => false,
};
