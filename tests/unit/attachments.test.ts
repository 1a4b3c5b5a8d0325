import { describe, expect, it, vi } from 'vitest';
import { sessionFor, watchAttachments } from '../../entrypoints/compose.content/attachments';

function page() {
  document.body.innerHTML = `
    <div id="post"><div id="composer" contenteditable="true"><p id="inside">hi</p></div><label><input id="media" type="file"></label></div>
    <div id="other"><input id="unrelated" type="file"></div>`;
  const composer = document.getElementById('composer')!;
  return { session: { composer }, el: (id: string) => document.getElementById(id)! };
}

describe('attachment watcher', () => {
  it('finds the composer an attachment belongs to: the one it was pasted in, or the nearest around its file input', () => {
    const { session, el } = page();
    expect(sessionFor(el('inside'), [session])).toBe(session);
    expect(sessionFor(el('media'), [session])).toBe(session);
    expect(sessionFor(el('unrelated'), [session])).toBeNull();
  });

  it("ignores the page's own synthetic events: a page cannot make the card speak", async () => {
    const { session, el } = page();
    const check = vi.fn(async () => ({ match: null }));
    const abort = new AbortController();
    watchAttachments({ sessions: () => [session], signal: abort.signal, isOfficial: () => false, check, onMatch: () => {} });
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'seal.png', { type: 'image/png' });
    const paste = new Event('paste', { bubbles: true }) as Event & { clipboardData: unknown };
    Object.defineProperty(paste, 'clipboardData', { value: { files: [file] } });
    el('inside').dispatchEvent(paste);
    el('media').dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    expect(check).not.toHaveBeenCalled();
    abort.abort();
  });
});
