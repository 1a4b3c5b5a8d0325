// Replica of YouTube Studio's upload dialog: "Upload videos" opens ytcp-uploads-dialog at the
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
