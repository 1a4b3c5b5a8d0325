// Replica of YouTube's comment box: `#placeholder-area` until clicked, then a plain
// contenteditable `#contenteditable-root` with Cancel and Comment (`#submit-button button`);
// Cancel or posting removes the editor again. Enter is a new line; only the button posts.
//
// Live chat: /watch?v=live shows the chat in an iframe (#chatframe, src /live_chat?v=live, the
// same origin, as on youtube.com); /live_chat renders the chat page itself (also what the
// pop-out window shows). Its input is a plain `div#input` with contenteditable="" inside
// yt-live-chat-text-input-field-renderer; Enter or "Send" sends its text and clears it.
window.postedTexts = [];

function liveChat() {
  document.title = 'Live chat (Ask First test replica)';
  document.body.innerHTML =
    '<yt-live-chat-app><div id="items" aria-live="polite"></div>' +
    '<yt-live-chat-message-input-renderer id="input-panel">' +
    '<yt-live-chat-text-input-field-renderer id="input"><div id="input" contenteditable="" role="textbox" aria-label="Chat…"></div></yt-live-chat-text-input-field-renderer>' +
    '<div id="buttons"><yt-button-renderer id="send-button"><button type="button" aria-label="Send">Send</button></yt-button-renderer></div>' +
    '</yt-live-chat-message-input-renderer></yt-live-chat-app>';
  const input = document.querySelector('yt-live-chat-text-input-field-renderer div#input');
  const send = () => {
    const text = input.innerText;
    if (!text.trim()) return;
    window.postedTexts.push(text);
    const item = document.createElement('yt-live-chat-text-message-renderer');
    item.textContent = text;
    document.getElementById('items').append(item);
    input.replaceChildren();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    e.preventDefault(); // one line only, as in YouTube's chat
    send();
  });
  document.querySelector('#send-button button').addEventListener('click', send);
}

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

if (location.pathname.startsWith('/live_chat')) liveChat();
else {
  document.getElementById('placeholder-area').addEventListener('click', showEditor);
  if (new URLSearchParams(location.search).get('v') === 'live') {
    const frame = document.createElement('iframe');
    frame.id = 'chatframe';
    frame.title = 'Live chat';
    frame.src = '/live_chat?v=live';
    frame.style.cssText = 'width:400px;height:480px;border:1px solid #333;border-radius:12px;background:#fff';
    // Beside the video at the top of the page, as on youtube.com.
    document.querySelector('main').prepend(frame);
  }
}

// A channel's community post dialog: ytd-backstage-post-dialog-renderer with the same
// #contenteditable-root and #submit-button as comments; created when opened, removed after posting.
document.getElementById('create-post')?.addEventListener('click', () => {
  if (document.querySelector('ytd-backstage-post-dialog-renderer')) return;
  const dialog = document.createElement('ytd-backstage-post-dialog-renderer');
  dialog.innerHTML =
    '<ytd-commentbox><div id="contenteditable-root" contenteditable="plaintext-only" aria-label="Share a sneak peek"></div>' +
    '<div id="buttons"><ytd-button-renderer id="submit-button"><button type="button" aria-label="Post">Post</button></ytd-button-renderer></div></ytd-commentbox>';
  document.querySelector('main').prepend(dialog);
  const root = dialog.querySelector('#contenteditable-root');
  dialog.querySelector('#submit-button button').addEventListener('click', () => {
    const text = root.innerText;
    if (!text.trim()) return;
    window.postedTexts.push(text);
    dialog.remove();
  });
  root.focus();
});
