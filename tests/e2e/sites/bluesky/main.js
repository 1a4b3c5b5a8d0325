// Replica of Bluesky's composer built with the real ProseMirror engine (bsky.app uses TipTap,
// which is ProseMirror): paragraphs, Ctrl/Cmd+Enter or "Post" publishes. Posting reads the
// ProseMirror document (paragraphs joined by newlines), never the DOM.
import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

window.postedTexts = [];
const feed = document.getElementById('feed');

const empty = () => EditorState.create({ schema, plugins: [keymap({ 'Mod-Enter': () => (publish(), true) }), keymap(baseKeymap)] });
const view = new EditorView(document.getElementById('editor'), {
  state: empty(),
  attributes: { role: 'textbox', 'aria-label': 'Rich-Text Editor', 'aria-multiline': 'true' },
});

function publish() {
  const { doc } = view.state;
  const text = doc.textBetween(0, doc.content.size, '\n', '\n');
  if (!text.trim()) return;
  window.postedTexts.push(text);
  const article = document.createElement('article');
  article.textContent = text;
  feed.prepend(article);
  view.updateState(empty());
}
// Held by position, not test id: the fallback test strips the test id as the page loads.
document.querySelector('.bar button').addEventListener('click', publish);

// Direct messages (/messages/…): a plain textarea ("Write a message") where Enter sends and
// Shift+Enter is a new line, and a role=button "Send message" beside it, as social-app's
// MessageInput.web.tsx renders them (TextareaAutosize + Pressable).
if (location.pathname.startsWith('/messages')) {
  const row = document.createElement('div');
  row.className = 'dm-input';
  const box = document.createElement('textarea');
  box.placeholder = 'Write a message';
  box.rows = 1;
  const send = document.createElement('div');
  send.setAttribute('role', 'button');
  send.setAttribute('aria-label', 'Send message');
  send.tabIndex = 0;
  send.textContent = '➤';
  const sendMessage = () => {
    const text = box.value;
    if (!text.trim()) return;
    window.postedTexts.push(text);
    const article = document.createElement('article');
    article.textContent = text;
    feed.prepend(article);
    box.value = '';
  };
  box.addEventListener('keydown', (e) => {
    if (e.isComposing || e.key !== 'Enter' || e.shiftKey) return;
    e.preventDefault();
    sendMessage();
  });
  send.addEventListener('click', sendMessage);
  row.append(box, send);
  document.body.append(row);
}
