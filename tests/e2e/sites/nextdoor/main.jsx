// Replica of Nextdoor's feed built with React (as nextdoor.com is): a "What's on your mind,
// neighbor?" prompt that opens the post composer dialog, and an "Add a comment…" box under
// each post. Both are CONTROLLED React textareas (the value lives in React state, updated on
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
    <div role="dialog" aria-label="Create post" data-testid="post-composer-dialog">
      <textarea
        data-testid="composer-text-field"
        aria-label="What's on your mind, neighbor?"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus
      />
      <div className="bar">
        <button type="button" className="secondary" onClick={onClose}>
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
      <button type="button" className="prompt" onClick={() => setOpen(true)}>
        What's on your mind, neighbor?
      </button>
      {open ? <Composer onPost={publish} onClose={() => setOpen(false)} /> : null}
      {posts.map((post, i) => (
        <Post key={posts.length - i} post={post} onComment={(t) => comment(i, t)} />
      ))}
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
