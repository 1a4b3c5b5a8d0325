// Replica of Instagram's comment form: a textarea; Enter or the text-only "Post" button
// (div role=button) posts its value; the emoji icon beside it does not post. Also the
// caption of a new post (/create/) and direct messages (/direct/), below.
import { registerPlainText } from '@lexical/plain-text';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';
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

// The caption of a new post (/create/…) and direct messages (/direct/…): Lexical editors, as
// on Meta's other sites (plain text). The caption sits in the create dialog with a text-only
// "Share" (div role=button); Enter is a new line there. In a DM, Enter sends (Shift+Enter is
// a new line) and so does the text-only "Send". The caption box is a
// div[contenteditable="true"][aria-label="Write a caption..."] in the create modal, as public
// tools that fill it select it (Golgrax/Kawayan, extension/content_instagram.js; see
// sites/instagram.ts); none shows a role on it, so the replica gives it none.

function lexicalBox(label, onEnter, { role = 'textbox' } = {}) {
  const el = document.createElement('div');
  if (role) el.setAttribute('role', role);
  el.setAttribute('aria-label', label);
  el.className = 'lexical';
  el.contentEditable = 'true';
  const editor = createEditor({ namespace: label, onError: (e) => { throw e; } });
  editor.setRootElement(el);
  registerPlainText(editor);
  const read = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  const clear = () => editor.update(() => { $getRoot().clear().append($createParagraphNode()); });
  if (onEnter) editor.registerCommand(KEY_ENTER_COMMAND, (event) => (event ? onEnter(event) : false), COMMAND_PRIORITY_HIGH);
  return { el, read, clear };
}

function textButton(label, onClick) {
  const b = document.createElement('div');
  b.setAttribute('role', 'button');
  b.tabIndex = 0;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function record(text) {
  window.postedTexts.push(text);
  const p = document.createElement('p');
  p.textContent = text;
  document.getElementById('comments').append(p);
}

if (location.pathname.startsWith('/create')) {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Create new post');
  const caption = lexicalBox('Write a caption...', undefined, { role: null });
  const header = document.createElement('div');
  header.className = 'create-header';
  header.append(textButton('Share', () => {
    const text = caption.read();
    if (!text.trim()) return;
    record(text);
    dialog.remove();
  }));
  dialog.append(header, caption.el);
  document.body.append(dialog);
}

if (location.pathname.startsWith('/direct')) {
  const section = document.createElement('section');
  section.className = 'dm';
  const send = () => {
    const text = box.read();
    if (!text.trim()) return;
    record(text);
    box.clear();
  };
  const box = lexicalBox('Message', (event) => {
    if (event.shiftKey) return false;
    event.preventDefault();
    send();
    return true;
  });
  section.append(box.el, textButton('Send', send));
  document.body.append(section);
}
