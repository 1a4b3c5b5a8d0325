/**
 * The submit guard and a real composer session, under every interleaving fast-check finds of
 * typing, submits (click, keyboard on a role=button, Enter in the box), the worker's answers
 * in any order, failures and the debounce: no violating text ever reaches the site, and a
 * submit is never let through on an answer about some other text.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchComposer, type ComposerSession } from '../../entrypoints/compose.content/composerSession';
import { installSubmitGuard } from '../../entrypoints/compose.content/submitGuard';
import type { EvaluateRequest, EvaluateResponse } from '../../rules/messages';
import type { Finding } from '../../rules/schema';
import { createTranslate } from '../../components/i18n';

/** Events as a person makes them: the guard judges only trusted ones. */
function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const BAD = 'bullshit';
const violation = (text: string): Finding[] => {
  const at = text.indexOf(BAD);
  return at < 0
    ? []
    : [{ ruleId: 'profanity', category: 'profanity', severity: 'violation', start: at, end: at + BAD.length, excerpt: BAD, message: 'm', citation: { pack: 'p', section: 's' } } as unknown as Finding];
};

interface Pending {
  text: string;
  resolve(r: EvaluateResponse): void;
  reject(e: Error): void;
}

function setup() {
  document.body.innerHTML = '';
  const form = document.createElement('div');
  const composer = document.createElement('div');
  composer.contentEditable = 'true';
  composer.setAttribute('role', 'textbox');
  const button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.tabIndex = 0;
  button.textContent = 'Post';
  form.append(composer, button);
  document.body.append(form);

  // The site: posts on a click of its button, Enter/Space on it, and Enter in the box (keyCode only, like Mastodon 4.3).
  const posted: string[] = [];
  const post = () => {
    const text = composer.textContent ?? '';
    if (text.trim()) posted.push(text);
  };
  button.addEventListener('click', post);
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') post();
  });
  composer.addEventListener('keydown', (e) => {
    if (e.keyCode === 13) post();
  });

  const pending: Pending[] = [];
  const abort = new AbortController();
  const ctx = { isValid: true, onInvalidated: () => () => undefined, signal: abort.signal } as never;
  const session = watchComposer(composer, {
    ctx,
    site: 'test',
    t: createTranslate('en'),
    locale: 'en',
    highlighter: { set() {}, clear() {}, dispose() {} },
    evaluate: (request: EvaluateRequest) =>
      new Promise<EvaluateResponse>((resolve, reject) => pending.push({ text: request.text, resolve, reject })),
    record: async () => undefined,
    saveDraft: async () => undefined,
    config: async () => ({ enforcement: 'warn' }) as never,
    postButton: () => button,
  });
  const sessions = new Map<HTMLElement, ComposerSession>([[composer, session]]);
  installSubmitGuard({
    site: { composerSelector: '[role=textbox]', submitSelector: '[role=button]', isSubmitKey: (e) => e.key === 'Enter' && !e.shiftKey },
    sessions: () => sessions.values(),
    signal: abort.signal,
  });
  return { composer, button, posted, pending, session, dispose: () => (abort.abort(), session.dispose()) };
}

type Action =
  | { kind: 'type'; bad: boolean; word: number }
  | { kind: 'click' }
  | { kind: 'keyButton'; key: 'Enter' | ' ' }
  | { kind: 'enter' }
  | { kind: 'answer'; which: number }
  | { kind: 'fail'; which: number }
  | { kind: 'tick' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), bad: fc.boolean(), word: fc.nat(3) }),
  fc.constant({ kind: 'click' as const }),
  fc.record({ kind: fc.constant('keyButton' as const), key: fc.constantFrom('Enter' as const, ' ' as const) }),
  fc.constant({ kind: 'enter' as const }),
  fc.record({ kind: fc.constant('answer' as const), which: fc.nat(5) }),
  fc.record({ kind: fc.constant('fail' as const), which: fc.nat(5) }),
  fc.constant({ kind: 'tick' as const }),
);

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('submit guard: one decision per draft state', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never lets a violating draft reach the site, whatever the order of submits and answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        const lab = setup();
        const { composer, button, posted, pending } = lab;
        try {
          for (const a of actions) {
            switch (a.kind) {
              case 'type': {
                const words = ['hello', 'library', 'Saturday', 'council'];
                composer.textContent = `${composer.textContent ?? ''} ${a.bad ? BAD : words[a.word]}`.trim();
                break;
              }
              case 'click':
                button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
                break;
              case 'keyButton':
                button.focus();
                button.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: a.key, bubbles: true, cancelable: true, composed: true })));
                break;
              case 'enter':
                composer.dispatchEvent(
                  trusted(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit)),
                );
                break;
              case 'answer':
              case 'fail': {
                const p = pending.splice(a.which % Math.max(1, pending.length), 1)[0];
                if (!p) break;
                if (a.kind === 'answer') p.resolve({ findings: violation(p.text), truncated: false });
                else p.reject(new Error('worker stopped'));
                break;
              }
              case 'tick':
                vi.advanceTimersByTime(150);
                break;
            }
            await flush();
          }
          // Then every outstanding question is answered.
          while (pending.length) {
            const p = pending.shift()!;
            p.resolve({ findings: violation(p.text), truncated: false });
            await flush();
          }
          for (const text of posted) expect(text).not.toContain(BAD);
        } finally {
          lab.dispose();
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('a double click on an unchecked draft: one check, one answer, one post when clean, none when not', async () => {
    for (const [text, expected] of [
      ['see you at the library', ['see you at the library']],
      [`this is ${BAD}`, []],
    ] as const) {
      const lab = setup();
      lab.composer.textContent = text;
      const click = () => lab.button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
      click();
      click();
      await flush();
      expect(lab.pending.map((p) => p.text)).toEqual([text]); // one shared check
      lab.pending[0]!.resolve({ findings: violation(text), truncated: false });
      await flush();
      expect(lab.posted).toEqual(expected);
      lab.dispose();
    }
  });

  it('a held Enter is replayed with its keyCode, so a keyCode-only handler receives it', async () => {
    const lab = setup();
    lab.composer.textContent = 'a clean note';
    const seen: number[] = [];
    lab.composer.addEventListener('keydown', (e) => seen.push(e.keyCode));
    lab.composer.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true } as KeyboardEventInit)),
    );
    await flush();
    expect(lab.posted).toEqual([]); // held while checked
    lab.pending[0]!.resolve({ findings: [], truncated: false });
    await flush();
    expect(lab.posted).toEqual(['a clean note']);
    expect(seen).toEqual([13]);
    lab.dispose();
  });

  it('a worker that does not answer: nothing posts, and the next submit asks again', async () => {
    const lab = setup();
    lab.composer.textContent = 'a clean note';
    lab.button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await flush();
    lab.pending.shift()!.reject(new Error('Could not establish connection'));
    await flush();
    expect(lab.posted).toEqual([]);
    lab.button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await flush();
    expect(lab.pending.map((p) => p.text)).toEqual(['a clean note']);
    lab.pending.shift()!.resolve({ findings: [], truncated: false });
    await flush();
    expect(lab.posted).toEqual(['a clean note']);
    lab.dispose();
  });
});
