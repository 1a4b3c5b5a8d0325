// Replica of Mastodon's compose form: a plain textarea (as the web client renders it), posted
// by the form's submit button or Ctrl/Cmd+Enter. Posting sends the textarea's value.
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
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    publish();
  }
});
