import { describe, expect, it, vi } from 'vitest';
import { listen, sendMessage, VALIDATORS, type RuntimeLike, type SenderLike } from '../../rules/messages';

/**
 * A runtime that behaves like Chromium's for one extension: the sender is this
 * extension and a listener's promise is the answer. (fakeBrowser's sendMessage
 * passes an empty sender and drops promise answers.)
 */
function loopbackRuntime(id = 'ours'): RuntimeLike {
  const listeners = new Set<(m: unknown, s: SenderLike) => Promise<unknown> | undefined>();
  return {
    id,
    async sendMessage(message) {
      for (const l of listeners) {
        const answer = l(structuredClone(message), { id });
        if (answer) return answer;
      }
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
}

describe('message protocol', () => {
  it('routes a valid message to its typed handler and returns the answer', async () => {
    const runtime = loopbackRuntime();
    const evaluate = vi.fn(() => ({ findings: [], truncated: false }));
    listen(runtime, { evaluate });
    await expect(sendMessage(runtime, 'evaluate', { site: 'x', text: 'hi' })).resolves.toEqual({ findings: [], truncated: false });
    expect(evaluate).toHaveBeenCalledWith({ site: 'x', text: 'hi' }, expect.anything());
  });

  it('answers a malformed payload with an error, without calling the handler', async () => {
    const runtime = loopbackRuntime();
    const evaluate = vi.fn();
    listen(runtime, { evaluate });
    await expect(sendMessage(runtime, 'evaluate', { site: 'x', text: 7 } as never)).rejects.toThrow(/text must be a string/);
    expect(evaluate).not.toHaveBeenCalled();
  });

  // Regression: after an extension reload Chrome's sendMessage throws synchronously, so a
  // fire-and-forget `sendMessage(…).catch(…)` (the toolbar badge report) threw in the page.
  it('turns a synchronous throw (extension context invalidated) into a rejection', async () => {
    const runtime = { sendMessage: () => { throw new Error('Extension context invalidated.'); } };
    let sent: Promise<unknown> | undefined;
    expect(() => { sent = sendMessage(runtime, 'reportFindings', { findings: 0 }); }).not.toThrow();
    await expect(sent).rejects.toThrow(/context invalidated/);
  });

  it('stops listening when unsubscribed', async () => {
    const runtime = loopbackRuntime();
    const stop = listen(runtime, { evaluate: () => ({ findings: [], truncated: false }) });
    stop();
    await expect(sendMessage(runtime, 'evaluate', { site: 'x', text: 'a' })).rejects.toThrow(/Receiving end/);
  });

  it.each([
    [null, 'payload must be an object'],
    [{ site: '', text: 'a' }, 'bad site'],
    [{ site: 'x'.repeat(65), text: 'a' }, 'bad site'],
    [{ site: 'x', text: 42 }, 'text must be a string'],
    [{ site: 'x', text: 'a', locale: 'fr' }, 'bad locale'],
  ])('rejects a malformed evaluate payload %j', (payload, why) => {
    expect(VALIDATORS.evaluate(payload)).toContain(why);
  });

  it('a wake carries nothing: any payload but an empty object is refused', () => {
    expect(VALIDATORS.wake({})).toEqual({});
    for (const payload of [{ text: 'a draft' }, { site: 'x' }, null, 'x']) expect(VALIDATORS.wake(payload)).toContain('payload must be an empty object');
  });

  it('ignores messages from other extensions', () => {
    const evaluate = vi.fn();
    let captured: ((m: unknown, s: { id?: string }) => unknown) | undefined;
    const spy: RuntimeLike = {
      id: 'ours',
      sendMessage: async () => undefined,
      onMessage: { addListener: (cb) => (captured = cb), removeListener: () => {} },
    };
    const rejected: string[] = [];
    listen(spy, { evaluate }, (why) => rejected.push(why));
    const answer = captured!({ askFirst: 1, type: 'evaluate', data: { site: 'x', text: 'a' } }, { id: 'theirs' });
    expect(answer).toBeUndefined();
    expect(evaluate).not.toHaveBeenCalled();
    expect(rejected[0]).toMatch(/another extension/);
  });

  it('ignores foreign message shapes so other listeners can answer', () => {
    let captured: ((m: unknown, s: { id?: string }) => unknown) | undefined;
    const spy: RuntimeLike = {
      id: 'ours',
      sendMessage: async () => undefined,
      onMessage: { addListener: (cb) => (captured = cb), removeListener: () => {} },
    };
    listen(spy, { evaluate: vi.fn() });
    expect(captured!({ type: 'evaluate' }, { id: 'ours' })).toBeUndefined();
    expect(captured!({ askFirst: 1, type: 'nope', data: {} }, { id: 'ours' })).toBeUndefined();
  });
});
