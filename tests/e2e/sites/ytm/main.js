// Replica of m.youtube.com's comment box: a plain <textarea> that appears in
// ytm-comment-simplebox-renderer (inside ytm-commentbox) once the placeholder is tapped,
// posted by its "Comment" button (Enter is a new line). Posting sends the textarea's value.
window.postedTexts = [];
const simplebox = document.querySelector('ytm-comment-simplebox-renderer');
const placeholder = simplebox.querySelector('button');

placeholder.addEventListener('click', () => {
  const box = document.createElement('ytm-commentbox');
  box.innerHTML =
    '<textarea aria-label="Add a comment..." placeholder="Add a comment..."></textarea>' +
    '<div class="buttons"><button type="button" class="cancel">Cancel</button><button type="button" class="submit" aria-label="Comment">Comment</button></div>';
  placeholder.replaceWith(box);
  const textarea = box.querySelector('textarea');
  box.querySelector('.submit').addEventListener('click', () => {
    if (!textarea.value.trim()) return;
    window.postedTexts.push(textarea.value);
    const div = document.createElement('div');
    div.textContent = textarea.value;
    document.getElementById('comments').append(div);
    textarea.value = '';
  });
  box.querySelector('.cancel').addEventListener('click', () => box.replaceWith(placeholder));
  textarea.focus();
});
