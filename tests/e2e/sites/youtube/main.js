// Replica of YouTube's comment box: `#placeholder-area` until clicked, then a plain
// contenteditable `#contenteditable-root` with Cancel and Comment (`#submit-button button`);
// Cancel or posting removes the editor again. Enter is a new line; only the button posts.
window.postedTexts = [];
const simplebox = document.getElementById('simplebox');
const contents = document.getElementById('contents');

function showPlaceholder() {
  simplebox.replaceChildren();
  const placeholder = document.createElement('div');
  placeholder.id = 'placeholder-area';
  placeholder.tabIndex = 0;
  placeholder.textContent = 'Add a comment…';
  placeholder.addEventListener('click', showEditor);
  simplebox.append(placeholder);
}

function showEditor() {
  const root = document.createElement('div');
  root.id = 'contenteditable-root';
  // Plain text only, so Enter is one newline and innerText is exactly what was typed.
  root.contentEditable = 'plaintext-only';
  root.setAttribute('aria-label', 'Add a comment…');
  const buttons = document.createElement('div');
  buttons.id = 'buttons';
  const cancel = document.createElement('ytd-button-renderer');
  cancel.id = 'cancel-button';
  cancel.innerHTML = '<button type="button" aria-label="Cancel">Cancel</button>';
  const submit = document.createElement('ytd-button-renderer');
  submit.id = 'submit-button';
  submit.innerHTML = '<button type="button" aria-label="Comment">Comment</button>';
  cancel.querySelector('button').addEventListener('click', showPlaceholder);
  submit.querySelector('button').addEventListener('click', () => {
    // YouTube sends the editor's visible text.
    const text = root.innerText;
    if (!text.trim()) return;
    window.postedTexts.push(text);
    const item = document.createElement('ytd-comment-thread-renderer');
    item.textContent = text;
    contents.prepend(item);
    showPlaceholder();
  });
  buttons.append(cancel, submit);
  simplebox.replaceChildren(root, buttons);
  root.focus();
}

document.getElementById('placeholder-area').addEventListener('click', showEditor);
