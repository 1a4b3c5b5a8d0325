import { learnedEnterSubmits } from './enterKey';
import { isPlainEnter, type SiteAdapter } from './types';

/**
 * The comment/reply box under a post: textarea[data-testid="comment-add-reply-input"] in
 * form.comment-body-container, submitted by [data-testid="inline-composer-reply-button"], a
 * <button> with NO type attribute (so inside the form it submits it), labelled "Comment"
 * and aria-disabled until there is text. Evidence, 2025–26: a public Nextdoor comment bot
 * (Selenium) that types into `textarea[data-testid='comment-add-reply-input']` inside
 * `form.comment-body-container` and clicks `button[data-testid='inline-composer-reply-button']`;
 * a scraper's selector map listing POST_COMMENT_INPUT/POST_COMMENT_SUBMIT with the same two;
 * a saved copy of the markup showing `<button class="comment-composer-submit …"
 * aria-disabled="true" data-testid="inline-composer-reply-button"><span>Comment</span>`
 * (all three seen with the code search, which does not name their repositories; re-checked
 * 2026-12-05 with find_string "inline-composer-reply-button").
 */
const COMMENT_BOX = 'textarea[data-testid="comment-add-reply-input"]';

/**
 * Nextdoor: the post composer (a dialog opened from "What's on your mind, neighbor?") and the
 * comment/reply boxes under posts, plain React textareas highlighted on a mirror. Boxes whose
 * test ids differ are still checked by the fallback (sites/fallback.ts).
 */
export const nextdoor: SiteAdapter = {
  id: 'nextdoor',
  matches: ['https://nextdoor.com/*', 'https://www.nextdoor.com/*'],
  composerSelector: [
    COMMENT_BOX,
    // The post composer's test ids are NOT verified against the live site (no public source
    // found); the fallback carries this dialog if they differ.
    'textarea[data-testid="composer-text-field"]',
  ].join(', '),
  submitSelector: [
    '[data-testid="inline-composer-reply-button"]',
    'button[data-testid="composer-submit-button"]',
    'button[data-testid="comment-add-reply-submit-button"]',
    'form.comment-body-container button:not([type])',
    'form.comment-body-container button[type="submit"]',
  ].join(', '),
  // A one-line comment can be sent with Enter (Shift+Enter or a longer comment: a new line);
  // the post composer posts only from its button. Any box seen sending on Enter counts too.
  isSubmitKey: (event, composer) =>
    isPlainEnter(event) &&
    ((composer.matches(COMMENT_BOX) && !(composer as HTMLTextAreaElement).value.includes('\n')) || learnedEnterSubmits(composer)),
};
