/** The smaller parts of the submit guard: chunked checks, copied key events, held submits before start (re-attaching on update: reattach.test.ts). */
import { describe, expect, it } from 'vitest';
import { CHUNK_OVERLAP, evaluateInChunks } from '../../entrypoints/compose.content/composerSession';
import { copyKeyEvent, installSubmitGuard } from '../../entrypoints/compose.content/submitGuard';
import type { ComposerSession } from '../../entrypoints/compose.content/composerSession';
import { MAX_TEXT_LENGTH, type EvaluateResponse } from '../../rules/messages';
import type { Finding } from '../../rules/schema';

const WORD = 'bullshit';
/** A fake engine: one finding per occurrence of WORD, over at most MAX_TEXT_LENGTH characters. */
async function engine(text: string): Promise<EvaluateResponse> {
  const findings: Finding[] = [];
  const checked = text.slice(0, MAX_TEXT_LENGTH);
  for (let at = checked.indexOf(WORD); at >= 0; at = checked.indexOf(WORD, at + 1)) {
    findings.push({ ruleId: 'p', category: 'profanity', severity: 'violation', start: at, end: at + WORD.length, excerpt: WORD } as Finding);
  }
  return { findings, truncated: text.length > MAX_TEXT_LENGTH };
}

describe('evaluateInChunks', () => {
  it('checks a 1 MB draft in full: findings anywhere, at their place in the whole text, each once', async () => {
    const filler = 'a polite report about the library. '.repeat(30_000).slice(0, 1_000_000);
    // One inside the overlap of the first two chunks (seen by both), one across the first
    // chunk's end (seen whole only by the second), one at the very end.
    const overlap = MAX_TEXT_LENGTH - CHUNK_OVERLAP / 2;
    const edge = MAX_TEXT_LENGTH - 3;
    const text = `${filler.slice(0, overlap)}${WORD}${filler.slice(overlap + WORD.length, edge)}${WORD}${filler.slice(edge + WORD.length)}${WORD}`;
    const sent: number[] = [];
    const answer = await evaluateInChunks(text, (chunk) => {
      sent.push(chunk.length);
      return engine(chunk);
    });
    expect(Math.max(...sent)).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(answer.truncated).toBe(false);
    const starts = answer.findings.map((f) => f.start);
    expect(starts).toEqual([overlap, edge, text.length - WORD.length]);
    for (const f of answer.findings) expect(text.slice(f.start, f.end)).toBe(WORD);
  });

  it('sends a short draft as one request', async () => {
    let calls = 0;
    const answer = await evaluateInChunks(`so ${WORD}`, (c) => (calls++, engine(c)));
    expect(calls).toBe(1);
    expect(answer.findings.map((f) => f.start)).toEqual([3]);
  });
});

describe('copyKeyEvent', () => {
  it('carries key, code, modifiers and the legacy keyCode/which', () => {
    const original = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, keyCode: 13, which: 13 } as KeyboardEventInit);
    const copy = copyKeyEvent(original);
    expect([copy.key, copy.code, copy.ctrlKey, copy.keyCode, copy.which, copy.isTrusted === true]).toEqual(['Enter', 'Enter', true, original.keyCode, original.which, false]);
    expect(copy.keyCode).toBe(13);
  });
});

describe('a submit before composers are watched', () => {
  it('is held while the page starts, then checked and replayed when clean', async () => {
    document.body.innerHTML = '<div><div class="box" contenteditable="true">see you Saturday</div><button class="post">Post</button></div>';
    const box = document.querySelector<HTMLElement>('.box')!;
    const button = document.querySelector<HTMLButtonElement>('.post')!;
    const clicks: boolean[] = [];
    button.addEventListener('click', (e) => clicks.push(e.isTrusted === true));
    let start!: () => void;
    const ready = new Promise<void>((r) => (start = r));
    const sessions: ComposerSession[] = [];
    const abort = new AbortController();
    installSubmitGuard({
      site: { composerSelector: '.box', submitSelector: '.post', isSubmitKey: () => false },
      sessions: () => sessions,
      signal: abort.signal,
      ready,
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true); // held: the page has not started watching
    expect(clicks).toEqual([]);
    let decided = 0;
    sessions.push({
      composer: box,
      verdict: () => 'unchecked',
      decide: async () => (decided++, { verdict: 'pass', text: box.textContent ?? '' }),
      text: () => box.textContent ?? '',
      posting() {},
      stopped() {},
      unanswered() {},
      replayFailed() {},
    } as unknown as ComposerSession);
    start();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(decided).toBe(1);
    expect(clicks).toEqual([false]); // our replay, once
    abort.abort();
  });
});
