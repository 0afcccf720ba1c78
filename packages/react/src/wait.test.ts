import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { wait } from './wait.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('wait', () => {
  it('resolves once the time has passed', async () => {
    let done = false;
    void wait(300, new AbortController().signal).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const waiting = wait(300, controller.signal);
    controller.abort(new Error('cart changed'));
    await expect(waiting).rejects.toThrow('cart changed');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once for a signal already aborted, and resolves at once for no delay', async () => {
    await expect(wait(300, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    await expect(wait(0, AbortSignal.abort())).resolves.toBeUndefined();
  });
});
