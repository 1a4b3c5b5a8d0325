// Replica of X's composers built with the real Draft.js engine (as x.com uses), for
// end-to-end tests: the home composer with thread items (tweetTextarea_0, _1…), posted by
// its button or Ctrl/Cmd+Enter, and a reply dialog opened from a post (tweetButton).
// Posting records exactly what Draft.js would submit: getPlainText() of each item.
import { Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

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

function Item({ index, state, onChange, onSubmit, placeholder }) {
  return (
    <Editor
      editorState={state}
      onChange={onChange}
      placeholder={placeholder}
      ariaLabel="Post text"
      webDriverTestID={`tweetTextarea_${index}`}
      handlePastedFiles={(files) => {
        void receive(files);
        return 'handled';
      }}
      keyBindingFn={(e) => (e.key === 'Enter' && (e.ctrlKey || e.metaKey) ? 'ask-first-replica-post' : getDefaultKeyBinding(e))}
      handleKeyCommand={(command) => {
        if (command !== 'ask-first-replica-post') return 'not-handled';
        onSubmit();
        return 'handled';
      }}
    />
  );
}

/** A composer with one or more thread items; posts every non-empty item in order. */
function Composer({ onPost, buttonTestId, buttonLabel, placeholder, threads }) {
  const [items, setItems] = useState(() => [EditorState.createEmpty()]);
  const post = () => {
    const texts = items.map((s) => s.getCurrentContent().getPlainText()).filter((t) => t.length > 0);
    if (!texts.length) return;
    onPost(texts);
    setItems([EditorState.createEmpty()]);
  };
  return (
    <div className="composer">
      {items.map((state, i) => (
        <div className="item" key={i}>
          <Item
            index={i}
            state={state}
            placeholder={i === 0 ? placeholder : 'Add another post'}
            onChange={(next) => setItems((all) => all.map((s, j) => (j === i ? next : s)))}
            onSubmit={post}
          />
        </div>
      ))}
      <div className="toolbar">
        {/* x.com's media button: a hidden file input (data-testid="fileInput") behind an icon. */}
        <label aria-label="Add photos or video">
          🖼
          <input type="file" data-testid="fileInput" accept="image/jpeg,image/png,image/webp,image/gif,video/mp4" multiple hidden onChange={(e) => void receive([...e.target.files])} />
        </label>
        {threads && (
          <button type="button" data-testid="addButton" aria-label="Add thread item" onClick={() => setItems((all) => [...all, EditorState.createEmpty()])}>
            +
          </button>
        )}
        <button type="button" data-testid={buttonTestId} onClick={post}>
          {buttonLabel}
        </button>
      </div>
    </div>
  );
}

/**
 * x.com at phone width (and in narrow windows): the composer is a plain React-controlled
 * <textarea> inside the tweetTextarea_0 label wrapper; Ctrl/Cmd+Enter or the button posts.
 */
function PhoneComposer({ onPost }) {
  const [text, setText] = useState('');
  const post = () => {
    if (!text.trim()) return;
    onPost([text]);
    setText('');
  };
  return (
    <div className="composer">
      <label data-testid="tweetTextarea_0_label">
        <textarea
          data-testid="tweetTextarea_0"
          aria-label="Post text"
          placeholder="What is happening?!"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              post();
            }
          }}
        />
      </label>
      <div className="toolbar">
        <button type="button" data-testid="tweetButtonInline" onClick={post}>
          Post
        </button>
      </div>
    </div>
  );
}

/**
 * X Chat (/i/chat): form[data-testid="dm-composer-form"] with a React-controlled
 * textarea[data-testid="dm-composer-textarea"]; Enter sends (Shift+Enter is a new line), and
 * the send button [data-testid="dm-composer-send-button"] (aria-label "Send") appears once
 * there is text.
 */
function Chat({ onPost }) {
  const [text, setText] = useState('');
  const send = () => {
    if (!text.trim()) return;
    onPost([text]);
    setText('');
  };
  return (
    <form
      data-testid="dm-composer-form"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <textarea
        data-testid="dm-composer-textarea"
        placeholder="Message"
        aria-label="Message"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            send();
          }
        }}
      />
      {text ? (
        <button type="submit" data-testid="dm-composer-send-button" aria-label="Send">
          ➤
        </button>
      ) : null}
    </form>
  );
}

function App() {
  const [posts, setPosts] = useState([]);
  const [replying, setReplying] = useState(false);
  const onPost = (texts) => {
    window.postedTexts.push(...texts);
    setPosts((p) => [...texts.reverse(), ...p]);
  };
  if (location.pathname.startsWith('/i/chat')) {
    return (
      <>
        <Chat onPost={onPost} />
        <section id="timeline" aria-label="Conversation">
          {posts.map((p, i) => (
            <article key={posts.length - i}>{p}</article>
          ))}
        </section>
      </>
    );
  }
  const phone = window.innerWidth < 700;
  return (
    <>
      {phone ? (
        <PhoneComposer onPost={onPost} />
      ) : (
        <Composer onPost={onPost} buttonTestId="tweetButtonInline" buttonLabel="Post" placeholder="What is happening?!" threads />
      )}
      <article className="original" data-testid="tweet">
        City Hall: the summer reading fair starts Saturday.
        <button type="button" data-testid="reply" onClick={() => setReplying(true)}>
          Reply
        </button>
      </article>
      {replying && (
        <div role="dialog" aria-label="Reply" className="dialog">
          <button type="button" data-testid="app-bar-close" onClick={() => setReplying(false)}>
            Close
          </button>
          <Composer
            onPost={(texts) => {
              onPost(texts);
              setReplying(false);
            }}
            buttonTestId="tweetButton"
            buttonLabel="Reply"
            placeholder="Post your reply"
          />
        </div>
      )}
      <section id="timeline" aria-label="Timeline">
        {posts.map((p, i) => (
          <article key={posts.length - i}>{p}</article>
        ))}
      </section>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
