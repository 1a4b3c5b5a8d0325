// Replica of old.reddit.com's comment form: a plain textarea in form.usertext, posted by the
// form's "save" submit button (Enter is a new line). Posting sends the textarea's value.
window.postedTexts = [];
const form = document.querySelector('form.usertext');
const textarea = form.querySelector('textarea[name="text"]');
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = textarea.value;
  if (!text.trim()) return;
  window.postedTexts.push(text);
  const div = document.createElement('div');
  div.className = 'comment';
  div.textContent = text;
  document.getElementById('comments').append(div);
  textarea.value = '';
});
