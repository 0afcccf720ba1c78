import { VoucherifyApiError, VoucherifyNetworkError, VoucherifyTimeoutError } from '@promokit/voucherify';
import { describe, expect, it } from 'vitest';

import { circuitBreaker } from './circuit-breaker.js';
import { UpstreamUnavailableError } from './upstream-unavailable-error.js';

// The breaker's own clock, moved by hand; the failures are the Voucherify client's own errors.
function breakerAt(options: Parameters<typeof circuitBreaker>[0] = {}) {
  const clock = { now: 0 };
  const breaker = circuitBreaker({
    failureThreshold: 2,
    cooldownMs: 10_000,
    now: () => clock.now,
    ...options,
  });
  return { clock, breaker };
}

/** A call that settles when told to. */
function pending<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { call: () => promise, ...settle };
}

const refused = () => Promise.reject(new VoucherifyNetworkError(new Error('ECONNREFUSED')));
const clientTimeout = () => new VoucherifyTimeoutError(10_000);
const budgetSpent = () => new DOMException('The operation timed out', 'TimeoutError');
const answer = () => Promise.resolve('ok');

async function open(breaker: ReturnType<typeof circuitBreaker>) {
  await expect(breaker.run(refused)).rejects.toThrow(VoucherifyNetworkError);
  await expect(breaker.run(refused)).rejects.toThrow(VoucherifyNetworkError);
  await expect(breaker.run(answer)).rejects.toThrow(UpstreamUnavailableError);
}

describe('circuitBreaker', () => {
  it('opens after consecutive refusals, for the cooldown', async () => {
    const { clock, breaker } = breakerAt();
    await open(breaker);
    clock.now = 9_999;
    await expect(breaker.run(answer)).rejects.toThrow(UpstreamUnavailableError);
    clock.now = 10_000;
    await expect(breaker.run(answer)).resolves.toBe('ok');
  });

  it('does not count a call that ran out of time while other calls were answered', async () => {
    const { clock, breaker } = breakerAt();
    for (const timeout of [clientTimeout, budgetSpent, clientTimeout]) {
      const slow = pending<string>();
      const running = breaker.run(slow.call);
      clock.now += 100;
      await breaker.run(answer);
      clock.now += 100;
      slow.reject(timeout());
      await expect(running).rejects.toThrow(/timed out|did not respond/);
    }
    await expect(breaker.run(answer)).resolves.toBe('ok');
  });

  it('counts calls that ran out of time while nothing at all was answered: the upstream hangs', async () => {
    const { clock, breaker } = breakerAt();
    await breaker.run(answer);
    for (const timeout of [clientTimeout, budgetSpent]) {
      clock.now += 100;
      await expect(breaker.run(() => Promise.reject(timeout()))).rejects.toThrow(/timed out|did not respond/);
    }
    await expect(breaker.run(answer)).rejects.toThrow(UpstreamUnavailableError);
  });

  it('neither calls nor counts once the request budget is spent', async () => {
    const { breaker } = breakerAt();
    const budget = AbortSignal.abort(new DOMException('The operation timed out', 'TimeoutError'));
    let calls = 0;
    for (let attempt = 0; attempt < 3; attempt++)
      await expect(breaker.run(() => Promise.resolve(++calls), budget)).rejects.toThrow(
        /timed out|did not respond/,
      );
    expect(calls).toBe(0);
    await expect(breaker.run(answer)).resolves.toBe('ok');
  });

  it('closes at once when any call is answered, even one sent before it opened', async () => {
    const { breaker } = breakerAt();
    const slow = pending<string>();
    const running = breaker.run(slow.call);
    await open(breaker);
    slow.resolve('late');
    await expect(running).resolves.toBe('late');
    await expect(breaker.run(answer)).resolves.toBe('ok');
  });

  it('takes a request fault (4xx) for an answer, and a 5xx for a failure', async () => {
    const { breaker } = breakerAt();
    const status = (code: number) => () =>
      Promise.reject(new VoucherifyApiError({ status: code, body: undefined, retryAfter: undefined }));
    await expect(breaker.run(status(500))).rejects.toThrow('500');
    await expect(breaker.run(status(404))).rejects.toThrow('404');
    await expect(breaker.run(status(503))).rejects.toThrow('503');
    await expect(breaker.run(answer)).resolves.toBe('ok');
    await expect(breaker.run(status(502))).rejects.toThrow('502');
    await expect(breaker.run(status(500))).rejects.toThrow('500');
    await expect(breaker.run(answer)).rejects.toThrow(UpstreamUnavailableError);
  });

  it('stops for as long as a 429 asks, whatever answers meanwhile', async () => {
    const { clock, breaker } = breakerAt();
    const slow = pending<string>();
    const running = breaker.run(slow.call);
    const throttled = new VoucherifyApiError({ status: 429, body: undefined, retryAfter: 30 });
    await expect(breaker.run(() => Promise.reject(throttled))).rejects.toBe(throttled);
    slow.resolve('late');
    await running;
    clock.now = 29_999;
    await expect(breaker.run(answer)).rejects.toThrow(UpstreamUnavailableError);
    clock.now = 30_000;
    await expect(breaker.run(answer)).resolves.toBe('ok');
  });

  it('lets one probe through after the cooldown, and another once it has been out for the probe window', async () => {
    const { clock, breaker } = breakerAt({ probeWindowMs: 1000 });
    await open(breaker);
    clock.now = 10_000;
    const first = pending<string>();
    const probe = breaker.run(first.call);
    clock.now = 10_999;
    await expect(breaker.run(answer)).rejects.toThrow(UpstreamUnavailableError);
    clock.now = 11_000;
    const second = pending<string>();
    const next = breaker.run(second.call);
    // A failed probe opens the circuit again for the cooldown.
    second.reject(new VoucherifyNetworkError(new Error('ECONNRESET')));
    await expect(next).rejects.toThrow(VoucherifyNetworkError);
    clock.now = 20_999;
    await expect(breaker.run(answer)).rejects.toThrow(UpstreamUnavailableError);
    // The slow first probe's answer closes it.
    first.resolve('slow');
    await expect(probe).resolves.toBe('slow');
    await expect(breaker.run(answer)).resolves.toBe('ok');
  });

  it.each([
    ['failureThreshold', 0],
    ['cooldownMs', -1],
    ['probeWindowMs', 1.5],
    ['cooldownMs', Number.NaN],
  ])('refuses a %s of %s', (name, value) => {
    expect(() => circuitBreaker({ [name]: value })).toThrow(
      new RangeError(`circuitBreaker's ${name} must be a positive integer, got ${value}`),
    );
  });
});
