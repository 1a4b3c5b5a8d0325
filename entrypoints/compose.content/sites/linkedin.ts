import { learnedEnterBreaksLine } from './enterKey';
import { isPlainEnter, type SiteAdapter } from './types';

/**
 * LinkedIn messaging's box: a contenteditable div in form.msg-form, sent by
 * button.msg-form__send-button (type=submit), disabled until there is text. Read 2026-12-05:
 * itaiintezer/linkedin-conn, src/browser/linkedin-selectors.ts (at 1b90e6f; "live-verified
 * 2026-07-28": msgBox `div.msg-form__contenteditable[contenteditable="true"]`, msgSendButton
 * `button.msg-form__send-button`, "Disabled until text is typed; re-disabled after a successful
 * send"); Gembani/scrap-in, lib/scrapin/css_selectors/linkedin/send_message.rb (at 2f51d47:
 * '.msg-form__contenteditable', '.msg-form__send-button'); jatin-eleven/selenium-task,
 * linked_in.py (at 390a2df: the same two classes).
 */
const MESSAGE_BOX = '.msg-form__contenteditable[contenteditable="true"]';

/**
 * LinkedIn: Quill editors in the "Start a post" share box and the classic comment boxes;
 * TipTap (ProseMirror) editors in the new feed; the messaging box.
 *
 * Main evidence, read 2026-12-05: itaiintezer/linkedin-conn (at 1b90e6f, 2026-08-21), an
 * automation whose selector modules carry dated live captures and tests:
 * - src/browser/post-selectors.ts (classic Ember/artdeco surface, 2026-08-02): the comment
 *   form `form.comments-comment-box__form`, the editor `div.ql-editor[contenteditable="true"]
 *   [role="textbox"]` (Quill), the submit `button.comments-comment-box__submit-button--cr`,
 *   which does not exist until the editor has text (its label is padded with newlines);
 * - src/browser/post-selectors-react.ts (the hashed-class React surface, captures of
 *   2026-08-05, rolling out per account beside the classic one): the composer
 *   `div[data-testid="ui-core-tiptap-text-editor-wrapper"]` with the editable
 *   `div[contenteditable="true"][role="textbox"]` inside, outside the post; the submit is a
 *   button with no aria-label and only hashed classes, named "Comment", inside
 *   `div[id*="commentButtonSection"]`, and exists only once there is text.
 * Also xldeveloper/openclaw-skills, skills/red777777/inkedin-automation-that-really-works/
 * references/dom-patterns.md (at cb95419, "as of 2024/2025": `.comments-comment-texteditor .ql-editor`,
 * `button.comments-comment-box__submit-button`, `button.share-box-feed-entry__trigger`,
 * `button.share-actions__primary-action`).
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  composerSelector: [
    // Quill's editable root, `.ql-editor`: share box and classic comment boxes (linkedin-conn
    // post-selectors.ts and openclaw-skills dom-patterns.md, above).
    '.ql-editor[contenteditable="true"]',
    // The new feed (rolling out since late 2025, React): comments are TipTap editors,
    // div.tiptap.ProseMirror[contenteditable] inside [data-testid="ui-core-tiptap-text-editor-wrapper"],
    // with no <form> around them: linkedin-conn post-selectors-react.ts (above); also EngageKit's
    // extension ("Submit Comment - DOM v2": "Uses TipTap/ProseMirror editor", "No <form> element
    // wrapping comment input") and nine more files found with find_string
    // "ui-core-tiptap-text-editor-wrapper" (2026-12-05), whose repositories the index does not name.
    '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
    'div.tiptap.ProseMirror[contenteditable="true"]',
    MESSAGE_BOX,
  ].join(', '),
  submitSelector: [
    // Share box: `share-actions__primary-action` ("Post"); comments: `comments-comment-box__submit-button`
    // (class names are not translated; newer builds add `--cr` suffixes, matched by prefix).
    'button.share-actions__primary-action',
    'button[class*="comments-comment-box__submit-button"]',
    // New feed: "Comment" is button[data-view-name="comment-post"], "Reply"
    // button[data-view-name="comment-reply-post"] (EngageKit's "DOM v2" files and a
    // comment-verifier extension listing both, 2025–26; repositories not named by the index).
    'button[data-view-name="comment-post"]',
    'button[data-view-name="comment-reply-post"]',
    // The hashed-class surface (linkedin-conn, 2026-08-05): no data-view-name and no stable
    // class; the submit is the button in the comment button section, `…commentButtonSection<postKey>…`.
    'div[id*="commentButtonSection"] button',
    'button.msg-form__send-button',
  ].join(', '),
  // Enter is a new line in posts and comments; no posting shortcut is known, so only the
  // buttons are guarded there. Messaging sends on Enter when the person chose "Press Enter to
  // Send", a per-account setting the box does not show: so every plain Enter in a message is
  // judged like Send (a violating draft is stopped on its very first Enter) until the box is
  // seen making a new line on Enter (enterKey.ts); a clean draft's Enter goes through as it
  // was, and teaches the box. Where Enter makes new lines, a flagged draft's Enter is stopped
  // once like Send would be (Shift+Enter still makes the line). Known limit: in such a box an
  // Enter pressed while the draft's check is still under way (a few milliseconds) is held and
  // replayed when clean, and a replayed key makes no new line.
  isSubmitKey: (event, composer) => composer.matches(MESSAGE_BOX) && isPlainEnter(event) && !learnedEnterBreaksLine(composer),
};
