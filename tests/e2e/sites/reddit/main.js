// Replica of Reddit's comment composer: a `shreddit-composer` web component (shadow root
// with slots) whose Lexical editor (0.52.0) and "Comment" button are slotted in from the
// light DOM, as on reddit.com. Posting reads Lexical's state (paragraphs joined by newlines).
//
// "Create post" navigates in-page (history.pushState, no reload) to the submit form: the
// title is a <textarea> inside the OPEN shadow root of `faceplate-textarea-input` (Lit-style:
// the root is made in connectedCallback), the body another slotted Lexical editor, and
// "Post" a <button id="inner-post-submit-button"> inside `r-post-form-submit-button`'s root.
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, createEditor } from 'lexical';

window.postedTexts = [];

class ShredditComposer extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<div part="frame"><slot name="rte"></slot><div style="display:flex;justify-content:flex-end;margin-top:8px"><slot name="submit-button"></slot></div></div>';
  }
}
customElements.define('shreddit-composer', ShredditComposer);

class FaceplateTextareaInput extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<style>label{display:block}textarea{box-sizing:border-box;width:100%;min-height:52px;padding:10px 12px;border:1px solid #999;' +
      'border-radius:16px;font:16px/1.4 system-ui,sans-serif;resize:none}</style>' +
      `<label><span>${this.getAttribute('label') ?? ''}</span><textarea name="${this.getAttribute('name') ?? ''}" maxlength="300"></textarea></label>`;
  }
  get value() {
    return this.shadowRoot.querySelector('textarea').value;
  }
  set value(v) {
    this.shadowRoot.querySelector('textarea').value = v;
  }
}
customElements.define('faceplate-textarea-input', FaceplateTextareaInput);

class PostFormSubmitButton extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<button id="inner-post-submit-button" style="background:#0a449b;color:#fff;border:0;border-radius:999px;padding:8px 16px;font:inherit">Post</button>';
    shadow.querySelector('button').addEventListener('click', () => this.dispatchEvent(new CustomEvent('submit-post', { bubbles: true })));
  }
}
customElements.define('r-post-form-submit-button', PostFormSubmitButton);

/** A Lexical editor slotted into a new shreddit-composer; returns the composer and a reader/clearer. */
function lexicalComposer(label, buttonText) {
  const composer = document.createElement('shreddit-composer');
  const root = document.createElement('div');
  root.slot = 'rte';
  root.contentEditable = 'true'; // vanilla Lexical leaves this to the host page
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-label', label);
  composer.append(root);
  let submit = null;
  if (buttonText) {
    submit = document.createElement('button');
    submit.slot = 'submit-button';
    submit.type = 'submit';
    submit.textContent = buttonText;
    composer.append(submit);
  }
  const editor = createEditor({ namespace: 'reddit', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
  editor.setRootElement(root);
  registerRichText(editor);
  const read = () => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()).join('\n'));
  const clear = () => editor.update(() => $getRoot().clear().append($createParagraphNode()));
  return { composer, submit, read, clear };
}

/**
 * shreddit-simple-composer: the lighter comment box (replies, some surfaces), whose textbox
 * and "Comment" button live in its own OPEN shadow root (public extensions read it as
 * host.shadowRoot.querySelector('[role="textbox"]')). Its editor is a Lexical root there.
 */
class ShredditSimpleComposer extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<style>[role=textbox]{min-height:40px;border:1px solid #999;border-radius:16px;padding:8px 12px;outline:none;white-space:pre-wrap}p{margin:0}' +
      'button{margin-top:8px;background:#0a449b;color:#fff;border:0;border-radius:999px;padding:8px 16px;font:inherit}</style>' +
      '<form><div role="textbox" contenteditable="true" aria-label="Add a reply"></div><button type="submit">Comment</button></form>';
    const root = shadow.querySelector('[role=textbox]');
    const editor = createEditor({ namespace: 'reddit-simple', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
    editor.setRootElement(root);
    registerRichText(editor);
    shadow.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()).join('\n'));
      if (!text.trim()) return;
      window.postedTexts.push(text);
      editor.update(() => $getRoot().clear().append($createParagraphNode()));
    });
  }
}
customElements.define('shreddit-simple-composer', ShredditSimpleComposer);

/** Markdown mode: the composer holds a plain textarea (slot "rte") instead of the rich editor. */
function markdownComposer() {
  const composer = document.createElement('shreddit-composer');
  const textarea = document.createElement('textarea');
  textarea.slot = 'rte';
  textarea.setAttribute('aria-label', 'Comment in Markdown');
  textarea.rows = 4;
  const submit = document.createElement('button');
  submit.slot = 'submit-button';
  submit.type = 'submit';
  submit.textContent = 'Comment';
  composer.append(textarea, submit);
  submit.addEventListener('click', () => {
    if (!textarea.value.trim()) return;
    window.postedTexts.push(textarea.value);
    textarea.value = '';
  });
  return composer;
}

const main = document.querySelector('main');

function renderThread() {
  // ?simple=1: the simple composer (shadow root); ?markdown=1: Markdown mode (a textarea).
  const mode = new URLSearchParams(location.search);
  if (mode.get('simple') === '1') {
    document.getElementById('composer-slot').append(document.createElement('shreddit-simple-composer'));
    return;
  }
  if (mode.get('markdown') === '1') {
    document.getElementById('composer-slot').append(markdownComposer());
    return;
  }
  const { composer, submit, read, clear } = lexicalComposer('Add a comment', 'Comment');
  document.getElementById('composer-slot').append(composer);
  submit.addEventListener('click', () => {
    const text = read();
    if (!text.trim()) return;
    window.postedTexts.push(text);
    const item = document.createElement('div');
    item.textContent = text;
    document.getElementById('comments').append(item);
    clear();
  });
}

function renderSubmit() {
  main.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = 'Create post';
  const form = document.createElement('shreddit-post-composer');
  form.style.display = 'block';
  const title = document.createElement('faceplate-textarea-input');
  title.setAttribute('name', 'title');
  title.setAttribute('label', 'Title');
  const body = lexicalComposer('Body text (optional)', null);
  const post = document.createElement('r-post-form-submit-button');
  post.id = 'submit-post-button';
  form.append(title, body.composer, post);
  main.append(h1, form);
  form.addEventListener('submit-post', () => {
    if (!title.value.trim()) return;
    window.postedTexts.push(title.value, body.read());
    title.value = '';
    body.clear();
  });
}

if (location.pathname.endsWith('/submit')) renderSubmit();
else {
  renderThread();
  document.getElementById('create-post').addEventListener('click', (e) => {
    e.preventDefault();
    history.pushState({}, '', '/r/ElPaso/submit');
    renderSubmit();
  });
}
