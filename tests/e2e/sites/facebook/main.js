// Replica of Facebook's composers built with the real Lexical engine (0.52.0, rich text, as
// facebook.com uses): the new-post dialog (opened later, removed on close; Ctrl/Cmd+Enter or
// the "Post" button posts) and a comment box where Enter posts and Shift+Enter is a new line.
// What is posted is read from Lexical's own state, never from the DOM.
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
} from 'lexical';

window.postedTexts = [];
/** Pictures the site received (name, type, size, SHA-256): the tests check they arrive untouched. */
window.attachedFiles = [];
async function receive(files) {
  for (const f of files) {
    const digest = await crypto.subtle.digest('SHA-256', await f.arrayBuffer());
    const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    window.attachedFiles.push({ name: f.name, type: f.type, size: f.size, sha256 });
  }
}
const feed = document.getElementById('feed');

function post(text) {
  window.postedTexts.push(text);
  const article = document.createElement('article');
  article.textContent = text;
  feed.prepend(article);
}

/** A Lexical root as Facebook renders it; returns { editor, read(), clear(), destroy() }. */
function lexicalBox(label, onEnter) {
  const el = document.createElement('div');
  el.setAttribute('role', 'textbox');
  el.setAttribute('aria-label', label);
  el.setAttribute('spellcheck', 'true');
  el.contentEditable = 'true'; // vanilla Lexical leaves this to the host page
  const editor = createEditor({ namespace: label, nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
  editor.setRootElement(el);
  const unregister = registerRichText(editor);
  const read = () => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()).join('\n'));
  const clear = () => editor.update(() => { $getRoot().clear().append($createParagraphNode()); });
  const unEnter = editor.registerCommand(KEY_ENTER_COMMAND, (event) => (event ? onEnter(event) : false), COMMAND_PRIORITY_HIGH);
  return { el, editor, read, clear, destroy: () => { unEnter(); unregister(); editor.setRootElement(null); } };
}

// Comments: Enter posts, Shift+Enter adds a line (the rich-text default).
const comment = lexicalBox('Write a comment…', (event) => {
  if (event.shiftKey) return false;
  event.preventDefault();
  const text = comment.read();
  if (text.trim()) post(text);
  comment.clear();
  return true;
});
document.getElementById('comment-area').append(comment.el);

// A Messenger-style chat box docked on facebook.com: Enter sends, as in comments.
const chat = lexicalBox('Message', (event) => {
  if (event.shiftKey) return false;
  event.preventDefault();
  const text = chat.read();
  if (text.trim()) post(text);
  chat.clear();
  return true;
});
document.getElementById('chat-box').append(chat.el);

// The new-post dialog, created when opened and removed when closed (as on facebook.com).
let dialog = null;
function openDialog() {
  if (dialog) return;
  const node = document.createElement('div');
  node.setAttribute('role', 'dialog');
  node.setAttribute('aria-label', 'Create post');
  const close = document.createElement('div');
  close.setAttribute('role', 'button');
  close.setAttribute('aria-label', 'Close');
  close.tabIndex = 0;
  close.textContent = '✕';
  const box = lexicalBox("What's on your mind?", (event) => {
    if (!(event.ctrlKey || event.metaKey)) return false;
    event.preventDefault();
    submit();
    return true;
  });
  // "Post" by default; Pages and some rollouts say "Publish" or "Share" (?postLabel=…).
  const label = new URLSearchParams(location.search).get('postLabel') || 'Post';
  const button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.setAttribute('aria-label', label);
  button.tabIndex = 0;
  button.textContent = label;
  const submit = () => {
    const text = box.read();
    if (!text.trim()) return;
    post(text);
    closeDialog();
  };
  button.addEventListener('click', submit);
  close.addEventListener('click', () => closeDialog());
  // "Photo/video": a file input inside the dialog (facebook.com), and pictures pasted into the box.
  const media = document.createElement('input');
  media.type = 'file';
  media.accept = 'image/*,image/heif,image/heic,video/*';
  media.multiple = true;
  media.setAttribute('aria-label', 'Photo/video');
  media.addEventListener('change', () => void receive([...media.files]));
  box.el.addEventListener('paste', (event) => void receive([...(event.clipboardData?.files ?? [])]));
  node.append(close, box.el, media, button);
  document.body.append(node);
  dialog = { node, box };
  box.el.focus();
}
function closeDialog() {
  if (!dialog) return;
  dialog.box.destroy();
  dialog.node.remove();
  dialog = null;
}
document.getElementById('open-composer').addEventListener('click', openDialog);

// A post opened in a modal dialog (clicking "Comment" under a feed post, or a notification):
// div[role=dialog][aria-modal=true] holding the post, its actions (Like, Share) and a comment
// box where plain Enter posts; beside the box the send button, div[aria-label="Comment"][role=button].
let viewer = null;
function openPostViewer() {
  if (viewer) return;
  const node = document.createElement('div');
  node.setAttribute('role', 'dialog');
  node.setAttribute('aria-modal', 'true');
  node.setAttribute('aria-label', "Ana's post");
  node.className = 'viewer';
  const body = document.createElement('p');
  body.textContent = 'Park cleanup this Saturday at 9!';
  const actions = document.createElement('div');
  actions.className = 'actions';
  for (const name of ['Like', 'Share']) {
    const b = document.createElement('div');
    b.setAttribute('role', 'button');
    b.setAttribute('aria-label', name);
    b.tabIndex = 0;
    b.textContent = name;
    b.addEventListener('click', () => window.postActions.push(name));
    actions.append(b);
  }
  const box = lexicalBox('Write a comment…', (event) => {
    if (event.shiftKey) return false;
    event.preventDefault();
    send();
    return true;
  });
  const sendButton = document.createElement('div');
  sendButton.setAttribute('role', 'button');
  sendButton.setAttribute('aria-label', 'Comment');
  sendButton.tabIndex = 0;
  sendButton.textContent = '➤';
  const send = () => {
    const text = box.read();
    if (!text.trim()) return;
    post(text);
    box.clear();
  };
  sendButton.addEventListener('click', send);
  const form = document.createElement('div');
  form.className = 'comment-form';
  form.append(box.el, sendButton);
  node.append(body, actions, form);
  document.body.append(node);
  viewer = { node, box };
}
/** What the post's own actions received (Like, Share): never held by the guard. */
window.postActions = [];
document.getElementById('open-post').addEventListener('click', openPostViewer);
