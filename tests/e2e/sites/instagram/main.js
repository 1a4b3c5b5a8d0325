// Replica of Instagram's comment form: a textarea; Enter or the text-only "Post" button
// (div role=button) posts its value; the emoji icon beside it does not post.
window.postedTexts = [];
window.emojiClicks = 0;
const form = document.querySelector('form');
const textarea = form.querySelector('textarea');
const [emoji, postButton] = form.querySelectorAll('div[role="button"]');

function publish() {
  const text = textarea.value;
  if (!text.trim()) return;
  window.postedTexts.push(text);
  const p = document.createElement('p');
  p.textContent = text;
  document.getElementById('comments').append(p);
  textarea.value = '';
}
form.addEventListener('submit', (e) => e.preventDefault());
textarea.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    publish();
  }
});
postButton.addEventListener('click', publish);
emoji.addEventListener('click', () => {
  window.emojiClicks++;
});
