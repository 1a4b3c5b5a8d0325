// Replica of an intranet forum (Discourse/phpBB style): a reply form with a plain textarea
// (its <button> has no type, so it submits the form) and a "new topic" form whose body is
// a contenteditable rich-text box. Posting sends the textarea's value / the box's innerText.
window.postedTexts = [];
const posts = document.getElementById('posts');

function publish(text) {
  if (!text.trim()) return;
  window.postedTexts.push(text);
  const article = document.createElement('article');
  article.textContent = text;
  posts.prepend(article);
}

const reply = document.getElementById('reply');
const textarea = reply.querySelector('textarea');
reply.addEventListener('submit', (e) => {
  e.preventDefault();
  publish(textarea.value);
  textarea.value = '';
});
textarea.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    reply.requestSubmit();
  }
});

const topic = document.getElementById('topic');
const editor = topic.querySelector('.editor');
topic.addEventListener('submit', (e) => {
  e.preventDefault();
  publish(editor.innerText.replace(/\n$/, ''));
  editor.innerHTML = '<p><br></p>';
});
