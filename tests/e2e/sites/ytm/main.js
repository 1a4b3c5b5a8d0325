// Replica of m.youtube.com's comment box, after the public evidence cited in sites/youtube.ts:
// ytm-comment-simplebox-renderer shows a button (button.YtmCommentSimpleboxRendererReply,
// "Add a comment..."); tapping it creates a plain <textarea> of the same class (placeholder
// only, no aria-label) inside the simplebox, with "Cancel" and "Comment" as
// c3-material-button > button after it. "Comment" posts the textarea's value (Enter is a new line).
window.postedTexts = [];
const frame = document.querySelector('ytm-comment-simplebox-renderer > div');
const opener = frame.querySelector('button');

opener.addEventListener('click', () => {
  const open = document.createElement('div');
  open.className = 'comment-simplebox-open';
  open.innerHTML =
    '<textarea class="YtmCommentSimpleboxRendererReply" placeholder="Add a comment..."></textarea>' +
    '<div class="buttons"><c3-material-button><button type="button" class="cancel">Cancel</button></c3-material-button>' +
    '<c3-material-button><button type="button" class="submit" aria-label="Comment">Comment</button></c3-material-button></div>';
  opener.replaceWith(open);
  const textarea = open.querySelector('textarea');
  open.querySelector('.submit').addEventListener('click', () => {
    if (!textarea.value.trim()) return;
    window.postedTexts.push(textarea.value);
    const div = document.createElement('div');
    div.textContent = textarea.value;
    document.getElementById('comments').append(div);
    textarea.value = '';
  });
  open.querySelector('.cancel').addEventListener('click', () => open.replaceWith(opener));
  textarea.focus();
});
