import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as rules from '../../rules';
import * as tables from '../../rules/engine/tables';
import { evaluateHandlers, WARM_IDLE_MS } from '../../entrypoints/background/evaluate';
import { createSettingsStore, USER_SETTINGS_KEY, type StorageLike } from '../../entrypoints/background/settings';

// Counts the background's compiles and warm-ups without changing what they do.
vi.mock('../../rules', async (original) => {
  const real = await original<typeof import('../../rules')>();
  return { ...real, compilePolicy: vi.fn(real.compilePolicy), warmUp: vi.fn(real.warmUp) };
});
vi.mock('../../rules/engine/tables', async (original) => {
  const real = await original<typeof import('../../rules/engine/tables')>();
  return { ...real, sharedOf: vi.fn(real.sharedOf) };
});
const compilePolicy = vi.mocked(rules.compilePolicy);
const sharedOf = vi.mocked(tables.sharedOf);
const warmUp = vi.mocked(rules.warmUp);
const storage = fakeBrowser.storage as unknown as StorageLike;

describe('the draft check at worker start-up (issue 18: no slow first check)', { timeout: 30_000 }, () => {
  beforeEach(() => {
    fakeBrowser.reset();
    compilePolicy.mockClear();
    warmUp.mockClear();
    vi.useFakeTimers(); // also keeps one test's warm-up timer from firing in the next
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('compiles the policy once, from the stored settings, not first from the defaults', async () => {
    await storage.local.set({ [USER_SETTINGS_KEY]: { packs: ['harlingen'] } });
    const settings = createSettingsStore(storage);
    const h = evaluateHandlers(settings);
    const answer = h.evaluate({ site: 'x', text: 'this is bullshit' }, {});
    await vi.advanceTimersByTimeAsync(0);
    expect((await answer).findings.length).toBeGreaterThan(0);
    expect(compilePolicy).toHaveBeenCalledTimes(1);
    expect(compilePolicy.mock.calls[0]![0].packs).toEqual(['harlingen']);
  });

  it('reads the engine tables while the settings are still being read (the thread would wait idle)', async () => {
    sharedOf.mockClear();
    const never = new Promise<Record<string, unknown>>(() => {});
    const slow: StorageLike = { ...storage, local: { get: () => never, set: storage.local.set }, managed: { get: () => never } };
    const settings = createSettingsStore(slow, { managedWaitMs: 60_000 });
    evaluateHandlers(settings);
    expect(sharedOf).toHaveBeenCalledTimes(1);
    expect(sharedOf.mock.calls[0]![0].tables).toBeDefined();
    await vi.advanceTimersByTimeAsync(10);
    expect(compilePolicy).not.toHaveBeenCalled(); // the settings-dependent part waits for the settings
  });

  it('answers a draft that woke the worker before warming up, and warms up once checks pause', async () => {
    const settings = createSettingsStore(storage);
    const h = evaluateHandlers(settings);
    await vi.advanceTimersByTimeAsync(0); // settings read, policy compiled
    const answer = await h.evaluate({ site: 'x', text: 'this is bullshit' }, {});
    expect(answer.findings.map((f) => f.category)).toContain('profanity');
    expect(warmUp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(WARM_IDLE_MS - 1);
    await h.evaluate({ site: 'x', text: 'still typing' }, {}); // a check pushes the warm-up back
    await vi.advanceTimersByTimeAsync(WARM_IDLE_MS - 1);
    expect(warmUp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(warmUp).toHaveBeenCalledTimes(1);
    await h.evaluate({ site: 'x', text: 'warm now' }, {});
    await vi.advanceTimersByTimeAsync(WARM_IDLE_MS * 4);
    expect(warmUp).toHaveBeenCalledTimes(1); // once per compiled policy
    expect(compilePolicy).toHaveBeenCalledTimes(1);
  });

  it('recompiles and warms again when the settings change', async () => {
    const settings = createSettingsStore(storage);
    const h = evaluateHandlers(settings);
    await vi.advanceTimersByTimeAsync(WARM_IDLE_MS);
    expect(warmUp).toHaveBeenCalledTimes(1);
    await settings.setUser({ allowTerms: ['bullshit'] });
    await vi.advanceTimersByTimeAsync(WARM_IDLE_MS);
    expect(compilePolicy).toHaveBeenCalledTimes(2);
    expect(warmUp).toHaveBeenCalledTimes(2);
    expect((await h.evaluate({ site: 'x', text: 'this is bullshit' }, {})).findings.filter((f) => f.category === 'profanity')).toEqual([]);
  });

  it('a wake (a compose box got the pointer or focus) answers once the policy is compiled, carrying and marking no draft', async () => {
    const settings = createSettingsStore(storage);
    const h = evaluateHandlers(settings);
    // Answered before the start-up task that compiles would run: the wake compiles itself.
    await expect(h.wake({}, {})).resolves.toBeNull();
    expect(compilePolicy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(0); // the start-up task finds it compiled
    await h.evaluate({ site: 'x', text: 'this is bullshit' }, {});
    expect(compilePolicy).toHaveBeenCalledTimes(1);
  });

  it('runs start-up chores (the history purge) only after the first answer and the warm-up', async () => {
    vi.resetModules(); // a fresh worker: startup.ts's marks are per life of the worker
    const { afterStartup } = await import('../../entrypoints/background/startup');
    const { evaluateHandlers: fresh } = await import('../../entrypoints/background/evaluate');
    const chore = vi.fn();
    afterStartup(chore);
    const settings = createSettingsStore(storage);
    const h = fresh(settings);
    await vi.advanceTimersByTimeAsync(0); // settings read, policy compiled
    await h.evaluate({ site: 'x', text: 'this is bullshit' }, {});
    expect(chore).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(WARM_IDLE_MS + 1);
    expect(chore).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    afterStartup(late); // once warm, at once (in a task of its own)
    await vi.advanceTimersByTimeAsync(0);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
