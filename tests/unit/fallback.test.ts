import { afterEach, describe, expect, it } from 'vitest';
import { learnEnter, learnedEnterBreaksLine, learnedEnterSubmits } from '../../entrypoints/compose.content/sites/enterKey';
import { linkedin } from '../../entrypoints/compose.content/sites/linkedin';
import { fallbackSubmitFor, isAdapterComposer, isFallbackSubmit, isPostingName, withFallback } from '../../entrypoints/compose.content/sites/fallback';
import { siteForHost } from '../../entrypoints/compose.content/sites';
import { facebook } from '../../entrypoints/compose.content/sites/facebook';
import { x } from '../../entrypoints/compose.content/sites/x';
import { watchComposers } from '../../entrypoints/compose.content/watcher';

const tick = () => new Promise((r) => setTimeout(r, 0));
const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

afterEach(() => document.body.replaceChildren());

describe('posting verbs', () => {
  it('knows the posting buttons in English and Spanish, whatever the case, spacing or trailing dots', () => {
    for (const name of ['Post', ' reply ', 'Comment', 'Send', 'PUBLISH', 'Share', 'Tweet', 'Post all', 'Publish post', 'Send message', 'Publicar', 'Responder', 'Comentar', 'Enviar', 'Compartir', 'Enviar mensaje', 'Post…'])
      expect(isPostingName(name), name).toBe(true);
  });

  it('does not take other buttons for posting ones', () => {
    for (const name of ['', 'Cancel', 'Like', 'Share to Story', 'Post settings', 'Reply all 3 replies', 'Add photo', 'Comentarios', 'Follow'])
      expect(isPostingName(name), name).toBe(false);
  });
});

describe('the fallback post button', () => {
  it("is the composer's nearest posting-verb button, not a post action farther out", () => {
    document.body.innerHTML = `
      <article>
        <div class="actions"><div role="button" id="share">Share</div></div>
        <div class="comment"><textarea id="box"></textarea><div role="button" aria-label="Comment" id="send">➤</div></div>
      </article>`;
    const box = document.getElementById('box')!;
    expect(fallbackSubmitFor(box)?.id).toBe('send');
    expect(isFallbackSubmit(document.getElementById('send')!)).toBe(true);
    expect(isFallbackSubmit(document.getElementById('share')!)).toBe(false);
  });

  it('skips disabled buttons and buttons with other names', () => {
    document.body.innerHTML = `<form><textarea id="t"></textarea><button type="button">Cancel</button><button disabled>Post</button><button id="ok">Reply</button></form>`;
    expect(fallbackSubmitFor(document.getElementById('t')!)?.id).toBe('ok');
  });

  it('finds nothing when no text box is near', () => {
    document.body.innerHTML = `<div><button id="b">Post</button></div>`;
    expect(isFallbackSubmit(document.getElementById('b')!)).toBe(false);
  });
});

describe('isAdapterComposer (the popup\'s "checked by the fallback")', () => {
  it('is true for a box the adapter names, in the document or in a listed shadow root, false for any other box', async () => {
    const { reddit } = await import('../../entrypoints/compose.content/sites/reddit');
    document.body.innerHTML = '<div data-testid="tweetTextarea_0" contenteditable="true"></div><div id="renamed" contenteditable="true"></div><shreddit-simple-composer></shreddit-simple-composer><other-host></other-host>';
    expect(isAdapterComposer(x, document.querySelector('[data-testid="tweetTextarea_0"]')!)).toBe(true);
    expect(isAdapterComposer(x, document.getElementById('renamed')!)).toBe(false);
    const inShadow = (host: string) => {
      const root = document.querySelector(host)!.attachShadow({ mode: 'open' });
      root.innerHTML = '<div role="textbox" contenteditable="true"></div>';
      return root.firstElementChild!;
    };
    expect(isAdapterComposer(reddit, inShadow('shreddit-simple-composer'))).toBe(true);
    expect(isAdapterComposer(reddit, inShadow('other-host'))).toBe(false);
    document.body.innerHTML = '';
  });
});

describe('withFallback', () => {
  it("keeps the adapter's own buttons and adds the fallback ones", () => {
    document.body.innerHTML = `
      <div><div data-testid="tweetTextarea_0" contenteditable="true"></div><button data-testid="tweetButtonInline" id="own">Post</button></div>
      <div><textarea id="t"></textarea><button id="renamed">Post</button><button id="other">Cancel</button></div>`;
    const site = withFallback(x);
    const own = document.getElementById('own')!;
    const renamed = document.getElementById('renamed')!;
    const other = document.getElementById('other')!;
    for (const el of [own, renamed, other]) expect(el.matches(site.submitSelector)).toBe(true);
    expect(site.isSubmitButton!(own)).toBe(true);
    expect(site.isSubmitButton!(renamed)).toBe(true);
    expect(site.isSubmitButton!(other)).toBe(false);
  });

  it('asks the adapter about keys first; an unknown box posts on Ctrl/Cmd+Enter, and on Enter only when it says it is one line', () => {
    document.body.innerHTML = `<div role="textbox" contenteditable="true" aria-multiline="false" id="one"></div><textarea id="many"></textarea>`;
    const site = withFallback(facebook);
    const one = document.getElementById('one')!;
    const many = document.getElementById('many')!;
    expect(site.isSubmitKey(key({ ctrlKey: true }), many)).toBe(true);
    expect(site.isSubmitKey(key({ shiftKey: true }), one)).toBe(false);
    // Facebook's own rule: outside the new-post dialog Enter posts, for any box.
    expect(site.isSubmitKey(key({}), many)).toBe(true);
    const xSite = withFallback(x);
    expect(xSite.isSubmitKey(key({}), one)).toBe(true);
    expect(xSite.isSubmitKey(key({}), many)).toBe(false);
  });

  it('is what the content script gets for a supported host, and nothing for other hosts', () => {
    expect(siteForHost('x.com')?.fallbackComposers).toBeTruthy();
    expect(siteForHost('old.reddit.com')?.id).toBe('reddit');
    expect(siteForHost('m.youtube.com')?.id).toBe('youtube');
    expect(siteForHost('example.com')).toBeUndefined();
  });
});

describe('the watcher attaches boxes no selector matches once the person focuses or types into them', () => {
  it('attaches on focus, keeps the box while it is a text box, lets it go when removed; null turns it off', async () => {
    const seen: string[] = [];
    const gone: string[] = [];
    const abort = new AbortController();
    // (Textareas: happy-dom does not match ANY_TEXT_BOX's `:not(… *)` parts for contenteditable roots.)
    document.body.innerHTML = `<textarea id="renamed"></textarea><textarea id="quiet"></textarea>`;
    watchComposers({
      root: document,
      selector: '.known',
      signal: abort.signal,
      onAdded(el) {
        seen.push(el.id);
        return () => gone.push(el.id);
      },
    });
    await tick();
    expect(seen).toEqual([]); // nothing until the person uses a box
    document.getElementById('renamed')!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tick();
    expect(seen).toEqual(['renamed']);
    document.getElementById('renamed')!.remove();
    document.body.append(document.createElement('p')); // any mutation: a scan
    await tick();
    expect(gone).toEqual(['renamed']);
    abort.abort();

    const off = new AbortController();
    const none: string[] = [];
    watchComposers({ root: document, selector: '.known', fallback: null, signal: off.signal, onAdded: (el) => (none.push(el.id), () => undefined) });
    document.getElementById('quiet')!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tick();
    expect(none).toEqual([]);
    off.abort();
  });
});

describe('Enter learned per box', () => {
  it('a box whose Enter left no new line (the page took it) submits on Enter; one where Enter made a line does not', async () => {
    document.body.innerHTML = `<textarea id="chat"></textarea><textarea id="notes"></textarea>`;
    const chat = document.getElementById('chat') as HTMLTextAreaElement;
    const notes = document.getElementById('notes') as HTMLTextAreaElement;
    const abort = new AbortController();
    learnEnter(document, () => true, abort.signal);
    // The page sends the chat message on Enter and empties the box.
    chat.addEventListener('keydown', (e) => {
      e.preventDefault();
      chat.value = '';
    });
    // The notes box gets its new line (what the browser does for a textarea).
    notes.addEventListener('keydown', () => (notes.value += '\n'));
    chat.value = 'hello';
    notes.value = 'line one';
    // happy-dom's dispatched events are untrusted; the learner reads trusted ones only.
    const trusted = (target: HTMLElement) => {
      const e = key({ bubbles: true, cancelable: true, composed: true });
      Object.defineProperty(e, 'isTrusted', { value: true });
      target.dispatchEvent(e);
    };
    trusted(chat);
    trusted(notes);
    await new Promise((r) => setTimeout(r, 5));
    expect(learnedEnterSubmits(chat)).toBe(true);
    expect(learnedEnterSubmits(notes)).toBe(false);
    expect(learnedEnterBreaksLine(chat)).toBe(false);
    expect(learnedEnterBreaksLine(notes)).toBe(true);
    abort.abort();
  });

  it('LinkedIn messaging judges every plain Enter like Send until the box is seen making a new line', async () => {
    document.body.innerHTML = `<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true">Lunch?</div></form><div class="ql-editor" contenteditable="true"></div>`;
    const box = document.querySelector<HTMLElement>('.msg-form__contenteditable')!;
    const comment = document.querySelector<HTMLElement>('.ql-editor')!;
    const enter = key({ bubbles: true, cancelable: true, composed: true });
    // Nothing learned yet: the first Enter of a message is a submit ("Press Enter to Send" may be on).
    expect(linkedin.isSubmitKey(enter, box)).toBe(true);
    expect(linkedin.isSubmitKey(key({ shiftKey: true }), box)).toBe(false);
    expect(linkedin.isSubmitKey(enter, comment)).toBe(false); // comments: Enter is a new line
    const abort = new AbortController();
    learnEnter(document, () => true, abort.signal);
    box.addEventListener('keydown', () => box.append(document.createElement('br'), 'x'));
    const trusted = key({ bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    box.dispatchEvent(trusted);
    await new Promise((r) => setTimeout(r, 5));
    expect(linkedin.isSubmitKey(enter, box)).toBe(false); // this person's Enter makes lines
    abort.abort();
    document.body.innerHTML = '';
  });
});
