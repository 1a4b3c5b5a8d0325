// Replica of Reddit's comment composer: a `shreddit-composer` web component (shadow root
// with slots) whose Lexical editor (0.52.0) and "Comment" button are slotted in from the
// light DOM, as on reddit.com. Posting reads Lexical's state (paragraphs joined by newlines).
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

const composer = document.createElement('shreddit-composer');
const root = document.createElement('div');
root.slot = 'rte';
root.contentEditable = 'true'; // vanilla Lexical leaves this to the host page
root.setAttribute('role', 'textbox');
root.setAttribute('aria-label', 'Add a comment');
const submit = document.createElement('button');
submit.slot = 'submit-button';
submit.type = 'submit';
submit.textContent = 'Comment';
composer.append(root, submit);
document.getElementById('composer-slot').append(composer);

const editor = createEditor({ namespace: 'reddit', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
editor.setRootElement(root);
registerRichText(editor);
submit.addEventListener('click', () => {
  const text = editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()).join('\n'));
  if (!text.trim()) return;
  window.postedTexts.push(text);
  const item = document.createElement('div');
  item.textContent = text;
  document.getElementById('comments').append(item);
  editor.update(() => {
    $getRoot().clear().append($createParagraphNode());
  });
});
