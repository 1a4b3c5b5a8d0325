import { learnedEnterBreaksLine } from './enterKey';
import { isPlainEnter, type SiteAdapter } from './types';

/**
 * LinkedIn messaging's box: a contenteditable div in form.msg-form, sent by
 * button.msg-form__send-button (type=submit). Read 2026-12-05: Gembani/scrap-in,
 * lib/scrapin/css_selectors/linkedin/send_message.rb (message_field_css
 * '.msg-form__contenteditable', send_button_css '.msg-form__send-button'); jatin-eleven/selenium-task,
 * linked_in.py (types into class msg-form__contenteditable, clicks msg-form__send-button).
 */
const MESSAGE_BOX = '.msg-form__contenteditable[contenteditable="true"]';

/**
 * LinkedIn: Quill editors in the "Start a post" share box and the classic comment boxes;
 * TipTap (ProseMirror) editors in the new feed; the messaging box.
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  composerSelector: [
    // Quill's editable root, `.ql-editor` (linkedin.com 2025–26: share box and comment boxes;
    // public comment bots read 2026-12-05 type into the box inside
    // comments-comment-box-comment__text-editor and click comments-comment-box__submit-button,
    // e.g. a Selenium Topic.add_comment helper; the index names no repository for them).
    '.ql-editor[contenteditable="true"]',
    // The new feed (rolling out since late 2025; "DOM v2", React SSR): comments are TipTap
    // editors, div.tiptap.ProseMirror[contenteditable] inside
    // [data-testid="ui-core-tiptap-text-editor-wrapper"], with no <form> around them (EngageKit's
    // LinkedIn extension, "Submit Comment - DOM v2", 2025–26: "Uses TipTap/ProseMirror editor",
    // "No <form> element wrapping comment input"). find_string "ui-core-tiptap-text-editor-wrapper"
    // (2026-12-05) shows nine more public files pairing the wrapper with
    // div[contenteditable="true"][role="textbox"].ProseMirror under [componentkey^="commentBox-"],
    // one noting "LinkedIn migrated comments to TipTap in 2026"; the index names none of their
    // repositories.
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
    // button[data-view-name="comment-reply-post"] (same EngageKit source and a comment-verifier
    // extension listing both, 2025–26).
    'button[data-view-name="comment-post"]',
    'button[data-view-name="comment-reply-post"]',
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
