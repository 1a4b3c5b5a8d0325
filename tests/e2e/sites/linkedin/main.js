// Replica of LinkedIn's composers built with the real engines: Quill (2.x) for the classic
// comment box with its "Comment" button and the "Start a post" share box (a dialog created
// when opened, removed on close); TipTap itself (@tiptap/core + @tiptap/starter-kit 3.x, the
// engine the new feed ships) for the new feed's comment boxes: TipTap mounts its own
// div.tiptap.ProseMirror[contenteditable] inside [data-testid="ui-core-tiptap-text-editor-wrapper"],
// no <form>, posted by button[data-view-name="comment-post"] on one card and, on the
// hashed-class surface, by a nameless-class button that appears in div#commentButtonSection…
// once there is text; and the messaging box, a contenteditable in form.msg-form sent by
// button.msg-form__send-button, disabled until there is text (Enter sends only with
// ?enterToSend=1, the "Press Enter to Send" setting). Posting reads each engine's own text,
// never the DOM. Evidence for each shape: see sites/linkedin.ts and the comments in index.html.
import Quill from 'quill';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

window.postedTexts = [];
const feed = document.getElementById('feed');

function post(text) {
  window.postedTexts.push(text);
  const article = document.createElement('article');
  article.textContent = text;
  feed.prepend(article);
}

/** Quill's getText() always ends with the document's final newline, which LinkedIn does not post. */
const textOf = (quill) => quill.getText().replace(/\n$/, '');

const comment = new Quill('#comment-editor', { placeholder: 'Add a comment…' });
comment.root.setAttribute('role', 'textbox');
document.querySelector('form.comments-comment-box__form').addEventListener('submit', (event) => event.preventDefault());
// The submit button exists only while the box has text (as on linkedin.com): added on the
// first character, removed when the box is emptied or the comment is posted.
const commentButtons = document.querySelector('.comments-comment-box__button-group');
comment.on('text-change', () => {
  const hasText = textOf(comment).trim().length > 0;
  const button = commentButtons.querySelector('button');
  if (hasText && !button) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'comments-comment-box__submit-button--cr artdeco-button artdeco-button--primary';
    b.innerHTML = '<span class="artdeco-button__text">\n    Comment\n  </span>';
    b.addEventListener('click', () => {
      const text = textOf(comment);
      if (!text.trim()) return;
      post(text);
      comment.setText('');
    });
    commentButtons.append(b);
  } else if (!hasText && button) button.remove();
});

let dialog = null;
document.getElementById('start-post').addEventListener('click', () => {
  if (dialog) return;
  dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Create a post');
  dialog.innerHTML =
    '<button type="button" class="artdeco-modal__dismiss" aria-label="Dismiss">✕</button>' +
    '<div class="share-creation-state__editor"></div>' +
    '<div class="share-box_actions"><button type="button" class="share-actions__primary-action">Post</button></div>';
  document.body.append(dialog);
  const quill = new Quill(dialog.querySelector('.share-creation-state__editor'), { placeholder: 'What do you want to talk about?' });
  const close = () => {
    dialog.remove();
    dialog = null;
  };
  dialog.querySelector('.artdeco-modal__dismiss').addEventListener('click', close);
  dialog.querySelector('.share-actions__primary-action').addEventListener('click', () => {
    const text = textOf(quill);
    if (!text.trim()) return;
    post(text);
    close();
  });
  quill.focus();
});

// The new feed's TipTap comment box: StarterKit's Enter splits the paragraph; only the button
// posts. The posted text is TipTap's own getText(), one line per paragraph, never the DOM.
const v2 = new Editor({
  element: document.getElementById('v2-editor'),
  extensions: [StarterKit],
  editorProps: {
    attributes: { role: 'textbox', 'aria-label': 'Text editor for creating comment', 'aria-multiline': 'true' },
  },
});
document.querySelector('[data-view-name="comment-post"]').addEventListener('click', () => {
  const text = v2.getText({ blockSeparator: '\n' });
  if (!text.trim()) return;
  post(text);
  v2.commands.clearContent();
});

// The hashed-class surface: the same engine; the submit exists only while there is text, in
// the comment button section beside the editor; the action bar's "Comment" focuses the box.
const v3Section = document.querySelector('div[id^="commentButtonSection"]');
const v3 = new Editor({
  element: document.getElementById('v3-editor'),
  extensions: [StarterKit],
  editorProps: { attributes: { role: 'textbox', 'aria-label': 'Text editor for creating comment', 'aria-multiline': 'true' } },
  onUpdate: ({ editor }) => {
    const hasText = editor.getText().trim().length > 0;
    const button = v3Section.querySelector('button');
    if (hasText && !button) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'd2139735 _074d7d54';
      b.innerHTML = '<span>Comment</span>';
      b.addEventListener('click', () => {
        const text = v3.getText({ blockSeparator: '\n' });
        if (!text.trim()) return;
        post(text);
        v3.commands.clearContent(true);
      });
      v3Section.append(b);
    } else if (!hasText && button) button.remove();
  },
});
document.querySelector('button:has(svg#comment-small)').addEventListener('click', () => v3.commands.focus());

// Messaging: the form's submit sends the box's text (innerText, as typed).
const msgForm = document.querySelector('form.msg-form');
const msgBox = msgForm.querySelector('.msg-form__contenteditable');
const msgSend = msgForm.querySelector('button.msg-form__send-button');
// Send is disabled until there is text, and again after a message is sent (linkedin-conn,
// src/browser/linkedin-selectors.ts, live-verified 2026-07-28).
const syncSend = () => (msgSend.disabled = !msgBox.innerText.trim());
msgBox.addEventListener('input', syncSend);
const sendMessage = () => {
  const text = msgBox.innerText.replace(/\n$/, '');
  if (!text.trim()) return;
  post(text);
  msgBox.replaceChildren();
  syncSend();
};
msgForm.addEventListener('submit', (event) => {
  event.preventDefault();
  sendMessage();
});
if (new URLSearchParams(location.search).get('enterToSend') === '1') {
  msgBox.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    sendMessage();
  });
}
