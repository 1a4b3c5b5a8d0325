// Replica of Reddit's comment composer: a `shreddit-composer` web component whose Lexical
// editor (0.52.0) and "Comment" button are slotted in from the light DOM, as on reddit.com.
// Posting reads Lexical's state (paragraphs joined by newlines).
//
// Built from joelacus/RedditEnhancer (src-webpack/src/common/content/tweaks/productivity/
// better_comment_box.js, read 2026-12-05 at 8b2dcf3, 2026-08-14), which works on the live
// composers: the rich editor is the light-DOM `div[contenteditable="true"]`, the composer's
// shadow root holds `reddit-rte` (its own shadow root: the toolbar); the submit is the light-DOM
// `button[type="submit"]`; in Markdown mode the composer's shadow root holds
// `shreddit-markdown-composer`, whose own shadow root holds `div.textarea-container textarea`;
// `shreddit-simple-composer` keeps its `div[contenteditable]` in its shadow root and its
// `button[type="submit"]` in the light DOM. The post title is `#innerTextArea` inside
// faceplate-textarea-input's root (same repository, tweaks/font/resize_font.js).
//
// "Create post" navigates in-page (history.pushState, no reload) to the submit form: the
// title is a <textarea> inside the OPEN shadow root of `faceplate-textarea-input` (Lit-style:
// the root is made in connectedCallback), the body another slotted Lexical editor, and
// "Post" a <button id="inner-post-submit-button"> inside `r-post-form-submit-button`'s root.
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, createEditor } from 'lexical';

window.postedTexts = [];

/** The rich-text frame inside shreddit-composer's root: a toolbar in its own root, the editor slotted through. */
class RedditRte extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<rte-toolbar class="toolbar-top-responsive hidden" aria-label="Formatting"></rte-toolbar><slot></slot>';
  }
}
customElements.define('reddit-rte', RedditRte);

/** Markdown mode's editor: a plain textarea in its own open shadow root. */
class ShredditMarkdownComposer extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>textarea{box-sizing:border-box;width:100%;min-height:80px;font:14px/1.4 monospace}</style>' +
      '<div class="flex"><span>Markdown</span></div>' +
      '<div class="textarea-container"><textarea aria-label="Comment in Markdown" rows="4"></textarea></div>';
  }
  get textarea() {
    return this.shadowRoot.querySelector('textarea');
  }
}
customElements.define('shreddit-markdown-composer', ShredditMarkdownComposer);

/**
 * shreddit-composer: its root holds reddit-rte (the light-DOM editor slotted through it) or,
 * with mode="markdown", shreddit-markdown-composer; the submit button is slotted from the light DOM.
 */
class ShredditComposer extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const editor = this.getAttribute('mode') === 'markdown' ? '<shreddit-markdown-composer></shreddit-markdown-composer>' : '<reddit-rte><slot name="rte"></slot></reddit-rte>';
    shadow.innerHTML = `<div part="frame">${editor}<div style="display:flex;justify-content:flex-end;margin-top:8px"><slot name="submit-button"></slot></div></div>`;
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
      `<label><span>${this.getAttribute('label') ?? ''}</span><textarea id="innerTextArea" name="${this.getAttribute('name') ?? ''}" maxlength="300"></textarea></label>`;
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
 * lives in its own OPEN shadow root (public extensions read it as
 * host.shadowRoot.querySelector('[role="textbox"]') / 'div[contenteditable]') while its
 * "Comment" button[type="submit"] is a light-DOM child, slotted in. Its editor is a Lexical root.
 */
class ShredditSimpleComposer extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<style>.border{border:1px solid #999;border-radius:16px;padding:8px 12px}[role=textbox]{min-height:40px;outline:none;white-space:pre-wrap}p{margin:0}</style>' +
      '<div class="border"><div role="textbox" contenteditable="true" aria-label="Add a reply"></div></div><slot name="submit-button"></slot>';
    const root = shadow.querySelector('[role=textbox]');
    const editor = createEditor({ namespace: 'reddit-simple', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
    editor.setRootElement(root);
    registerRichText(editor);
    const submit = document.createElement('button');
    submit.type = 'submit';
    submit.slot = 'submit-button';
    submit.textContent = 'Comment';
    submit.style.cssText = 'margin-top:8px;background:#0a449b;color:#fff;border:0;border-radius:999px;padding:8px 16px;font:inherit';
    this.append(submit);
    submit.addEventListener('click', () => {
      const text = editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()).join('\n'));
      if (!text.trim()) return;
      window.postedTexts.push(text);
      editor.update(() => $getRoot().clear().append($createParagraphNode()));
    });
  }
}
customElements.define('shreddit-simple-composer', ShredditSimpleComposer);

/** Markdown mode: the composer's root holds shreddit-markdown-composer (a textarea in its own root). */
function markdownComposer() {
  const composer = document.createElement('shreddit-composer');
  composer.setAttribute('mode', 'markdown');
  const submit = document.createElement('button');
  submit.slot = 'submit-button';
  submit.type = 'submit';
  submit.textContent = 'Comment';
  composer.append(submit);
  submit.addEventListener('click', () => {
    const textarea = composer.shadowRoot.querySelector('shreddit-markdown-composer').textarea;
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
