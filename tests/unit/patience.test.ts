import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askPatiently, patienceFor, type Patience } from '../../entrypoints/compose.content/patience';
import { chunkCount, CHUNK_OVERLAP } from '../../entrypoints/compose.content/composerSession';
import { MAX_TEXT_LENGTH } from '../../rules/messages';

const P: Patience = { retryAfterMs: 100, giveUpAfterMs: 1_000 };
const isNumber = (v: number | undefined): v is number => typeof v === 'number';
const never = () => new Promise<number>(() => {});
const later = (ms: number, value: number | undefined) => new Promise<number | undefined>((r) => setTimeout(() => r(value), ms));

describe('askPatiently: a worker stopped mid-request never leaves a question hanging', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a request that never settles is asked again after retryAfterMs, and the second answer is taken', async () => {
    const asks = [never, () => later(10, 7)];
    const ask = vi.fn(() => asks.shift()!());
    const result = askPatiently(ask, isNumber, P);
    await vi.advanceTimersByTimeAsync(99);
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(ask).toHaveBeenCalledTimes(2);
    await expect(result).resolves.toBe(7);
  });

  it('an empty answer (the port closed) or a rejection is asked again at once', async () => {
    for (const first of [() => Promise.resolve(undefined), () => Promise.reject(new Error('port closed'))]) {
      const asks: Array<() => Promise<number | undefined>> = [first, () => Promise.resolve(3)];
      const ask = vi.fn(() => asks.shift()!());
      const result = askPatiently(ask, isNumber, P);
      await vi.advanceTimersByTimeAsync(1);
      expect(ask).toHaveBeenCalledTimes(2);
      await expect(result).resolves.toBe(3);
    }
  });

  it('a slow first answer still counts after the second ask was sent (a busy worker is not a dead one)', async () => {
    const asks = [() => later(300, 1), never];
    const ask = vi.fn(() => asks.shift()!());
    const result = askPatiently(ask, isNumber, P);
    await vi.advanceTimersByTimeAsync(400);
    await expect(result).resolves.toBe(1);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('asks at most twice; rejects when both fail, or when nothing answered by giveUpAfterMs', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('no worker')));
    const a = askPatiently(failing, isNumber, P);
    const aFailed = expect(a).rejects.toThrow('no worker');
    await vi.advanceTimersByTimeAsync(2_000);
    await aFailed;
    expect(failing).toHaveBeenCalledTimes(2);

    const hanging = vi.fn(never);
    const b = askPatiently(hanging, isNumber, P);
    const bFailed = expect(b).rejects.toThrow('did not answer in time');
    await vi.advanceTimersByTimeAsync(999);
    expect(hanging).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2);
    await bFailed;
  });

  it('a text sent in several chunks gets patience for each chunk; chunkCount matches the chunks asked', () => {
    expect(patienceFor(1)).toEqual(patienceFor(0));
    expect(patienceFor(3).giveUpAfterMs).toBe(3 * patienceFor(1).giveUpAfterMs);
    expect(chunkCount(10)).toBe(1);
    expect(chunkCount(MAX_TEXT_LENGTH)).toBe(1);
    expect(chunkCount(MAX_TEXT_LENGTH + 1)).toBe(2);
    const step = MAX_TEXT_LENGTH - CHUNK_OVERLAP;
    expect(chunkCount(CHUNK_OVERLAP + 3 * step)).toBe(3);
    expect(chunkCount(CHUNK_OVERLAP + 3 * step + 1)).toBe(4);
  });
});
