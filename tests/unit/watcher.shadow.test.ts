import { afterEach, describe, expect, it } from 'vitest';
import { composersFor, containsComposed, postButtonFor } from '../../entrypoints/compose.content/submitGuard';
import type { ComposerSession } from '../../entrypoints/compose.content/composerSession';
import { buildMailto } from '../../entrypoints/compose.content/mailto';
import { watchComposers } from '../../entrypoints/compose.content/watcher';
import { createTranslate } from '../../components/i18n';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A web component with an open shadow root holding a textarea, like Reddit's faceplate-textarea-input. */
function titleInput(): HTMLElement {
  const host = document.createElement('faceplate-textarea-input');
  host.attachShadow({ mode: 'open' }).innerHTML = '<label>Title<textarea name="title"></textarea></label>';
  return host;
}

afterEach(() => document.body.replaceChildren());

describe('watchComposers inside open shadow roots', () => {
  it('finds a box in a shadow root added after start, and one nested in another root, and lets them go', async () => {
    const seen: string[] = [];
    const gone: string[] = [];
    const abort = new AbortController();
    watchComposers({
      root: document,
      selector: '.light',
      shadow: { hosts: 'faceplate-textarea-input, outer-card', composer: 'textarea' },
      signal: abort.signal,
      onAdded(el) {
        const name = (el as HTMLTextAreaElement).name;
        seen.push(name);
        return () => gone.push(name);
      },
    });
    const first = titleInput();
    document.body.append(first);
    await tick();
    expect(seen).toEqual(['title']);

    // A root inside a root: the outer host's shadow root holds the inner component.
    const outer = document.createElement('outer-card');
    const inner = titleInput();
    inner.shadowRoot!.querySelector('textarea')!.name = 'nested';
    outer.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    await tick();
    expect(seen).toEqual(['title', 'nested']);

    // A box rendered later inside an already watched root is seen through that root's own observer.
    const later = document.createElement('textarea');
    later.name = 'later';
    first.shadowRoot!.append(later);
    await tick();
    expect(seen).toEqual(['title', 'nested', 'later']);

    first.remove();
    await tick();
    expect(gone.sort()).toEqual(['later', 'title']);
    abort.abort();
    expect(gone.sort()).toEqual(['later', 'nested', 'title']);
  });
});

describe('composed-tree helpers of the submit guard', () => {
  it('relate a post button and a composer across shadow boundaries', () => {
    const form = document.createElement('form');
    const title = titleInput();
    const postHost = document.createElement('r-post-form-submit-button');
    postHost.attachShadow({ mode: 'open' }).innerHTML = '<button id="inner-post-submit-button">Post</button>';
    form.append(title, postHost);
    document.body.append(form);
    const textarea = title.shadowRoot!.querySelector('textarea')!;
    const inner = postHost.shadowRoot!.querySelector('button')!;
    expect(form.contains(textarea)).toBe(false); // what the DOM says…
    expect(containsComposed(form, textarea)).toBe(true); // …and what the guard needs
    const session = { composer: textarea } as unknown as ComposerSession;
    expect(composersFor(inner, [session])).toEqual([session]);
    expect(postButtonFor(textarea, 'r-post-form-submit-button')).toBe(postHost);
  });
});

describe('mailto for a site IT listed', () => {
  it('names the site by its host (built-in sites keep their name)', () => {
    const t = createTranslate('en');
    const subject = (site: string) => new URL(buildMailto('hr@city.example', { site, text: 'x', findings: [], t })).searchParams.get('subject');
    expect(subject('forum.city.example')).toContain('forum.city.example');
    expect(subject('reddit')).toContain('Reddit');
  });
});
