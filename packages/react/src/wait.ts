/**
 * Resolves after `ms` milliseconds, or rejects with the signal's reason as soon as it aborts, so
 * a debounced request that is no longer wanted is never sent.
 *
 * @internal
 */
export function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    // Left on the signal once resolved: aborting then clears a timer that ran and settles nothing.
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
