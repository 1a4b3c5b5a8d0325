// Replica of Nextdoor's feed built with React (as nextdoor.com is): a "What's happening,
// neighbor?" prompt strip ([data-testid="prompt-container"], role=button) that opens the post
// composer dialog ([data-testid="content-composer-dialog"], aria-label "create post composer":
// textarea[data-testid="composer-text-field"], [data-testid="composer-submit-button"],
// [data-testid="composer-close-button"]), and an "Add a comment…" box under each post. Test ids
// as captured from the live site on 2026-04-23 (VoynichLabs/farm-guardian,
// tools/nextdoor/primitives.py; see sites/nextdoor.ts). Both are CONTROLLED React textareas (the value lives in React state, updated on
// every input event): posting sends React's state, so a desync would show. The comment box
// sits in form.comment-body-container and is submitted by
// [data-testid="inline-composer-reply-button"], a <button> without a type attribute (so it
// submits the form), labelled "Comment", aria-disabled until there is text (public scripts
// and saved markup, 2025–26; see sites/nextdoor.ts). Enter sends a one-line comment;
// Shift+Enter, or Enter in a comment that already has several lines, is a new line.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

window.postedTexts = [];

function Composer({ onPost, onClose }) {
  const [text, setText] = useState('');
  return (
    <div role="dialog" aria-label="create post composer" data-testid="content-composer-dialog">
      <textarea
        data-testid="composer-text-field"
        aria-label="What's on your mind, neighbor?"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus
      />
      <div className="bar">
        <button type="button" className="secondary" data-testid="composer-close-button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" data-testid="composer-submit-button" onClick={() => text.trim() && onPost(text)}>
          Post
        </button>
      </div>
    </div>
  );
}

function Post({ post, onComment }) {
  const [text, setText] = useState('');
  const send = (e) => {
    e.preventDefault();
    if (!text.trim()) return;
    onComment(text);
    setText('');
  };
  return (
    <article>
      <p>{post.text}</p>
      {post.comments.map((c, i) => (
        <div className="comment" key={i}>
          {c}
        </div>
      ))}
      <form onSubmit={send} className="comment-body-container">
        <textarea
          data-testid="comment-add-reply-input"
          aria-label="Add a comment…"
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !text.includes('\n')) send(e);
          }}
        />
        <div className="bar">
          <button className="comment-composer-submit" aria-disabled={text.trim() ? 'false' : 'true'} data-testid="inline-composer-reply-button">
            <span>Comment</span>
          </button>
        </div>
      </form>
    </article>
  );
}

function App() {
  const [open, setOpen] = useState(false);
  const [posts, setPosts] = useState([{ text: 'Lost dog near Memorial Park, brown terrier, answers to Chico.', comments: [] }]);
  const publish = (text) => {
    window.postedTexts.push(text);
    setPosts((p) => [{ text, comments: [] }, ...p]);
    setOpen(false);
  };
  const comment = (index, text) => {
    window.postedTexts.push(text);
    setPosts((p) => p.map((post, i) => (i === index ? { ...post, comments: [...post.comments, text] } : post)));
  };
  return (
    <>
      <div role="button" tabIndex={0} className="prompt" data-testid="prompt-container" onClick={() => setOpen(true)}>
        What's happening, neighbor?
      </div>
      {open ? <Composer onPost={publish} onClose={() => setOpen(false)} /> : null}
      {posts.map((post, i) => (
        <Post key={posts.length - i} post={post} onComment={(t) => comment(i, t)} />
      ))}
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
