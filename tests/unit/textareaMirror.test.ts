import { afterEach, describe, expect, it } from 'vitest';
import { createTextareaMirror } from '../../entrypoints/compose.content/textareaMirror';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('textarea mirror', () => {
  it('reads the value and gives ranges over the same characters, leaving the textarea alone', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'line one\nbullshit 😅\n';
    document.body.append(textarea);
    const mirror = createTextareaMirror(textarea);
    const model = mirror.read();
    expect(model.text).toBe('line one\nbullshit 😅\n');
    const start = model.text.indexOf('bullshit');
    expect(model.rangeFor(start, start + 8)?.toString()).toBe('bullshit');
    expect(model.rangeFor(start + 9, start + 11)?.toString()).toBe('😅');
    expect(model.rangeFor(3, 3)).toBeNull();
    expect(model.rangeFor(0, 999)).toBeNull();
    expect(textarea.value).toBe('line one\nbullshit 😅\n');
    expect(textarea.childNodes).toHaveLength(0);
  });

  it('lives in a closed shadow root outside the textarea and is removed on demand', () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    const mirror = createTextareaMirror(textarea);
    const host = document.querySelector('ask-first-mirror')!;
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    mirror.remove();
    expect(document.querySelector('ask-first-mirror')).toBeNull();
  });
});
