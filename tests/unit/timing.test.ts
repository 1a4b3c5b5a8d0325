import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDelay, createCheckPacer, DEBOUNCE_MS, LIVE_LENGTH } from '../../entrypoints/compose.content/timing';

/** A check whose answer the test releases by hand, to see what happens while it is in flight. */
function harness(initialLength: number) {
  let clock = 0;
  let length = initialLength;
  const started: number[] = [];
  const answers: Array<() => void> = [];
  const pacer = createCheckPacer({
    run: () => {
      started.push(clock);
      return new Promise<void>((resolve) => answers.push(resolve));
    },
    length: () => length,
    now: () => clock,
  });
  return {
    pacer,
    started,
    setLength: (n: number) => (length = n),
    /** Moves the fake clock and the fake timers together. */
    async advance(ms: number) {
      clock += ms;
      await vi.advanceTimersByTimeAsync(ms);
    },
    async answer() {
      answers.shift()!();
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

describe('check pacing (issue 18: highlights within a blink)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('picks no delay for a short draft, the debounce for a long one', () => {
    expect(checkDelay(30)).toBe(0);
    expect(checkDelay(LIVE_LENGTH)).toBe(0);
    expect(checkDelay(LIVE_LENGTH + 1)).toBe(DEBOUNCE_MS);
  });

  it('checks a short draft in the next task, not after the debounce', async () => {
    const h = harness(40);
    h.pacer.changed();
    expect(h.started).toEqual([]); // not inside the change's own task
    await h.advance(0);
    expect(h.started).toEqual([0]);
  });

  it('keeps one check in flight: changes made meanwhile are checked once, when it answers', async () => {
    const h = harness(40);
    h.pacer.changed();
    await h.advance(0);
    for (let i = 0; i < 5; i++) {
      await h.advance(10);
      h.pacer.changed();
    }
    await h.advance(100);
    expect(h.started).toHaveLength(1);
    await h.answer();
    expect(h.started).toHaveLength(2); // the five changes, checked together at once
    await h.answer();
    await h.advance(500);
    expect(h.started).toHaveLength(2); // nothing changed since: no more checks
  });

  it('debounces a long draft: checked once the person stops typing for DEBOUNCE_MS', async () => {
    const h = harness(LIVE_LENGTH * 6);
    for (let i = 0; i < 10; i++) {
      h.pacer.changed(); // typing: a key every 50 ms
      await h.advance(50);
    }
    expect(h.started).toHaveLength(0);
    await h.advance(DEBOUNCE_MS - 50 - 1);
    expect(h.started).toHaveLength(0);
    await h.advance(1);
    expect(h.started).toEqual([450 + DEBOUNCE_MS]);
  });

  it('a long draft changed during a check waits out the rest of its quiet time after the answer', async () => {
    const h = harness(LIVE_LENGTH * 6);
    h.pacer.changed();
    await h.advance(DEBOUNCE_MS);
    await h.advance(30);
    h.pacer.changed(); // while the first check is in flight
    await h.advance(20);
    await h.answer(); // answered 20 ms after that change
    expect(h.started).toHaveLength(1);
    await h.advance(DEBOUNCE_MS - 20 - 1);
    expect(h.started).toHaveLength(1);
    await h.advance(1);
    expect(h.started).toHaveLength(2);
  });

  it('a failed check does not stop later ones', async () => {
    const h = harness(40);
    let fail = true;
    const started: number[] = [];
    const pacer = createCheckPacer({
      run: () => {
        started.push(1);
        return fail ? Promise.reject(new Error('worker gone')) : Promise.resolve();
      },
      length: () => 40,
    });
    pacer.changed();
    await h.advance(0);
    fail = false;
    pacer.changed();
    await h.advance(0);
    expect(started).toHaveLength(2);
  });

  it('cancel drops a pending check and the one owed after the check in flight', async () => {
    const h = harness(LIVE_LENGTH * 6);
    h.pacer.changed();
    await h.advance(DEBOUNCE_MS);
    await h.advance(10);
    h.pacer.changed();
    h.pacer.cancel();
    await h.answer();
    await h.advance(1_000);
    expect(h.started).toHaveLength(1);
    h.setLength(10);
    h.pacer.changed();
    await h.advance(0);
    expect(h.started).toHaveLength(2);
  });
});
