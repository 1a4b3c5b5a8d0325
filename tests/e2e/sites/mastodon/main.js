// Replica of Mastodon's compose form as of 4.3 (mastodon/mastodon, app/javascript/mastodon/
// features/compose/components/compose_form.jsx): a plain textarea, posted by the submit button
// in div.compose-form__submit or by Ctrl/Cmd+Enter, which Mastodon recognises by
// `e.keyCode === 13` (not `key`); so does this replica. Posting sends the textarea's value.
window.postedTexts = [];
const form = document.querySelector('.compose-form');
const textarea = form.querySelector('textarea');
const feed = document.getElementById('feed');

function publish() {
  const text = textarea.value;
  if (!text.trim()) return;
  window.postedTexts.push(text);
  const article = document.createElement('article');
  article.textContent = text;
  feed.prepend(article);
  textarea.value = '';
}
form.addEventListener('submit', (e) => {
  e.preventDefault();
  publish();
});
textarea.addEventListener('keydown', (e) => {
  if (e.keyCode === 13 && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    publish();
  }
});
