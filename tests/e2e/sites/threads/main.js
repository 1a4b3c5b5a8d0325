// Replica of Threads' new-thread dialog built with the real Lexical engine (0.52.0): opened
// from "What's new?", removed on close. Its buttons are all div[role=button] told apart only
// by their text ("Add to thread", "Post"), as on threads.com. Ctrl/Cmd+Enter or "Post" posts
// the text read from Lexical's state (paragraphs joined by newlines).
//
// Replies: each feed post has a "Reply" button that opens a reply dialog with the quoted
// post and a SECOND Lexical editor of its own (a new editor instance per dialog, as on
// threads.com), posted by its own "Post" button or Ctrl/Cmd+Enter.
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';

window.postedTexts = [];
window.addToThreadClicks = 0;
let dialog = null;

function button(label) {
  const el = document.createElement('div');
  el.setAttribute('role', 'button');
  el.tabIndex = 0;
  el.textContent = label;
  return el;
}

function open(replyTo) {
  if (dialog) return;
  const node = document.createElement('div');
  node.setAttribute('role', 'dialog');
  node.setAttribute('aria-label', replyTo ? 'Reply' : 'New thread');
  if (replyTo) {
    const quoted = document.createElement('blockquote');
    quoted.textContent = replyTo.textContent;
    node.append(quoted);
  }
  const root = document.createElement('div');
  root.contentEditable = 'true'; // vanilla Lexical leaves this to the host page
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-label', replyTo ? 'Reply to cityofelpaso…' : 'Empty text field. Type to compose a new post.');
  const editor = createEditor({ namespace: 'threads', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
  editor.setRootElement(root);
  const unregister = registerRichText(editor);
  const read = () => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()).join('\n'));
  const publish = () => {
    const text = read();
    if (!text.trim()) return;
    window.postedTexts.push(text);
    if (replyTo) {
      const reply = document.createElement('p');
      reply.className = 'reply';
      reply.textContent = text;
      replyTo.after(reply);
    } else addPost(text);
    close();
  };
  const unEnter = editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (!event || !(event.ctrlKey || event.metaKey)) return false;
      event.preventDefault();
      publish();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
  const add = button('Add to thread');
  add.addEventListener('click', () => window.addToThreadClicks++);
  const post = button('Post');
  post.addEventListener('click', publish);
  const cancel = button('Cancel');
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.append(add, post);
  node.append(cancel, root, bar);
  document.body.append(node);
  const close = () => {
    unEnter();
    unregister();
    editor.setRootElement(null);
    node.remove();
    dialog = null;
  };
  cancel.addEventListener('click', close);
  dialog = node;
  root.focus();
}
function addPost(text) {
  const article = document.createElement('article');
  const body = document.createElement('p');
  body.textContent = text;
  const reply = button('Reply');
  reply.setAttribute('aria-label', 'Reply');
  reply.addEventListener('click', () => open(body));
  article.append(body, reply);
  document.getElementById('feed').prepend(article);
}
addPost('The new Ascarate Park trail opens Saturday. What would you like to see next?');
document.getElementById('open-composer').addEventListener('click', () => open(null));
