// Replica of YouTube Studio's upload dialog and (on /comments) its comment replies, below.
// The upload dialog: "Upload videos" opens ytcp-uploads-dialog at the
// details step, with the title (prefilled with the file name, as Studio does) and the
// description, each a ytcp-social-suggestions-textbox around a plain contenteditable
// div#textbox (plaintext-only here, so that Enter is one newline and innerText is exactly
// what was typed, as Studio's own serializer gives). "Next" only changes steps; "Publish" (#done-button) publishes: the posted texts
// are the title and the description as typed (innerText), in that order.
window.postedTexts = [];

function textbox(id, label, value) {
  const box = document.createElement('ytcp-social-suggestions-textbox');
  box.id = id;
  box.innerHTML = `<label>${label}</label><div id="textbox" contenteditable="plaintext-only" role="textbox" aria-label="${label}"></div>`;
  box.querySelector('div#textbox').textContent = value;
  return box;
}

function ytcpButton(id, label) {
  const b = document.createElement('ytcp-button');
  b.id = id;
  b.innerHTML = `<button type="button">${label}</button>`;
  return b;
}

document.querySelector('#upload-icon button').addEventListener('click', () => {
  if (document.querySelector('ytcp-uploads-dialog')) return;
  const dialog = document.createElement('ytcp-uploads-dialog');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Upload videos');
  const title = textbox('title-textarea', 'Title (required)', 'council-meeting-nov');
  const description = textbox('description-textarea', 'Description', '');
  const steps = document.createElement('p');
  steps.textContent = 'Details';
  const footer = document.createElement('div');
  footer.className = 'footer';
  const next = ytcpButton('next-button', 'Next');
  const done = ytcpButton('done-button', 'Publish');
  footer.append(next, done);
  dialog.append(steps, title, description, footer);
  document.body.append(dialog);
  next.querySelector('button').addEventListener('click', () => {
    window.nextClicks = (window.nextClicks ?? 0) + 1;
  });
  done.querySelector('button').addEventListener('click', () => {
    const t = title.querySelector('div#textbox').innerText;
    const d = description.querySelector('div#textbox').innerText;
    window.postedTexts.push(t, d);
    const item = document.createElement('div');
    item.textContent = t;
    document.getElementById('uploaded').append(item);
    dialog.remove();
  });
});

// The channel's Comments page (/channel/<id>/comments): each ytcp-comment-thread holds a
// ytcp-comment whose "Reply" (ytcp-comment-button#reply-button) opens a ytcp-commentbox under
// it. The box's editor is a native <textarea id="textarea"> inside tp-yt-iron-autogrow-textarea
// (placeholder "Add a reply..."), so Enter is the textarea's own new line; "Reply"
// (ytcp-comment-button#submit-button), disabled while the box is empty, posts the textarea's
// value as typed; "Cancel" closes the box. Public evidence: see sites/youtubeStudio.ts.
function commentButton(id, label) {
  const b = document.createElement('ytcp-comment-button');
  if (id) b.id = id;
  b.innerHTML = `<ytcp-button><ytcp-button-shape><button type="button" aria-label="${label}">${label}</button></ytcp-button-shape></ytcp-button>`;
  return b;
}

// ?hl=es: Studio in Spanish as a channel owner captured it on 2026-09-21
// (abogadocripto/youtube-comentarios, TRASPASO.md): placeholder "Añade una respuesta...", and
// the send button inside ytcp-commentbox has NO id="submit-button", only its text/aria
// "Responder", after the field in document order.
const spanish = new URLSearchParams(location.search).get('hl') === 'es';
const T = spanish
  ? { placeholder: 'Añade una respuesta...', reply: 'Responder', cancel: 'Cancelar', submitId: null }
  : { placeholder: 'Add a reply...', reply: 'Reply', cancel: 'Cancel', submitId: 'submit-button' };

function openReplyBox(thread) {
  if (thread.querySelector('ytcp-commentbox')) return;
  const box = document.createElement('ytcp-commentbox');
  box.innerHTML =
    '<div id="body"><div id="main"><ytcp-form-input-container id="input-container"><div id="outer"><div id="child-input">' +
    '<tp-yt-iron-autogrow-textarea id="textarea"><div class="textarea-container">' +
    `<textarea id="textarea" rows="1" placeholder="${T.placeholder}" aria-label="${T.placeholder}"></textarea>` +
    '</div></tp-yt-iron-autogrow-textarea></div></div></ytcp-form-input-container>' +
    '<div id="footer"></div></div></div>';
  const textarea = box.querySelector('textarea');
  const cancel = commentButton('cancel-button', T.cancel);
  const submit = commentButton(T.submitId, T.reply);
  const submitButton = submit.querySelector('button');
  submitButton.disabled = true;
  box.querySelector('#footer').append(cancel, submit);
  textarea.addEventListener('input', () => {
    submitButton.disabled = !textarea.value.trim();
  });
  cancel.querySelector('button').addEventListener('click', () => box.remove());
  submitButton.addEventListener('click', () => {
    const text = textarea.value;
    if (!text.trim()) return;
    window.postedTexts.push(text);
    const reply = document.createElement('ytcp-comment');
    reply.className = 'reply';
    reply.innerHTML = '<span id="author-text">@CityOfElPaso</span> <yt-formatted-string id="content-text"></yt-formatted-string>';
    reply.querySelector('#content-text').textContent = text;
    thread.querySelector('#replies').append(reply);
    box.remove();
  });
  thread.querySelector('ytcp-comment').after(box);
  textarea.focus();
}

function renderComments() {
  const section = document.createElement('ytcp-comments-section');
  section.setAttribute('aria-label', 'Comments');
  const comments = [
    ['@resident915', 'When will the bike lanes on Mesa open?'],
    ['@eastsideneighbor', 'Great meeting, thanks for posting it.'],
  ];
  for (const [author, text] of comments) {
    const thread = document.createElement('ytcp-comment-thread');
    thread.innerHTML =
      '<ytcp-comment><span id="author-text"></span> <yt-formatted-string id="content-text"></yt-formatted-string>' +
      '<ytcp-comment-action-buttons></ytcp-comment-action-buttons></ytcp-comment><div id="replies"></div>';
    thread.querySelector('#author-text').textContent = author;
    thread.querySelector('#content-text').textContent = text;
    const reply = commentButton('reply-button', T.reply);
    reply.querySelector('button').addEventListener('click', () => openReplyBox(thread));
    thread.querySelector('ytcp-comment-action-buttons').append(reply);
    section.append(thread);
  }
  document.querySelector('main').append(section);
}

if (/\/comments(\/|$)/.test(location.pathname)) renderComments();
