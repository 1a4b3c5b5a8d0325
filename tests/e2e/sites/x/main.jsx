// Replica of X's composer built with the real Draft.js engine (as x.com uses), for
// end-to-end tests. The Post button records exactly what Draft.js would submit.
import { Editor, EditorState } from 'draft-js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

window.postedTexts = [];

function Composer({ index, onPost }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const post = () => {
    onPost(state.getCurrentContent().getPlainText());
    setState(EditorState.createEmpty());
  };
  return (
    <div className="composer">
      <Editor
        editorState={state}
        onChange={setState}
        placeholder="What is happening?!"
        ariaLabel="Post text"
        webDriverTestID={`tweetTextarea_${index}`}
      />
      <div className="toolbar">
        <button type="button" data-testid="tweetButtonInline" onClick={post}>
          Post
        </button>
      </div>
    </div>
  );
}

function App() {
  const [posts, setPosts] = useState([]);
  const onPost = (text) => {
    window.postedTexts.push(text);
    setPosts((p) => [text, ...p]);
  };
  return (
    <>
      <Composer index={0} onPost={onPost} />
      <section id="timeline" aria-label="Timeline">
        {posts.map((p, i) => (
          <article key={posts.length - i}>{p}</article>
        ))}
      </section>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
