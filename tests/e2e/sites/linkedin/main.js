// Replica of LinkedIn's composers built with the real Quill engine (2.x, as linkedin.com
// uses): a comment box with its "Comment" button, and the "Start a post" share box (a dialog
// created when opened, removed on close). Posting reads Quill's own text (getText), never the DOM.
import Quill from 'quill';

window.postedTexts = [];
const feed = document.getElementById('feed');

function post(text) {
  window.postedTexts.push(text);
  const article = document.createElement('article');
  article.textContent = text;
  feed.prepend(article);
}

/** Quill's getText() always ends with the document's final newline, which LinkedIn does not post. */
const textOf = (quill) => quill.getText().replace(/\n$/, '');

const comment = new Quill('#comment-editor', { placeholder: 'Add a comment…' });
// Held by position, not class: the fallback test strips the class as the page loads.
document.querySelector('.comments-comment-box button').addEventListener('click', () => {
  const text = textOf(comment);
  if (!text.trim()) return;
  post(text);
  comment.setText('');
});

let dialog = null;
document.getElementById('start-post').addEventListener('click', () => {
  if (dialog) return;
  dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Create a post');
  dialog.innerHTML =
    '<button type="button" class="artdeco-modal__dismiss" aria-label="Dismiss">✕</button>' +
    '<div class="share-creation-state__editor"></div>' +
    '<div class="share-box_actions"><button type="button" class="share-actions__primary-action">Post</button></div>';
  document.body.append(dialog);
  const quill = new Quill(dialog.querySelector('.share-creation-state__editor'), { placeholder: 'What do you want to talk about?' });
  const close = () => {
    dialog.remove();
    dialog = null;
  };
  dialog.querySelector('.artdeco-modal__dismiss').addEventListener('click', close);
  dialog.querySelector('.share-actions__primary-action').addEventListener('click', () => {
    const text = textOf(quill);
    if (!text.trim()) return;
    post(text);
    close();
  });
  quill.focus();
});
