import { PROMO_ERROR_CODES, PromoError } from '@promokit/core';
import { describe, expect, it } from 'vitest';

import { retryTransient } from './retry-transient.js';

const transient = ['network', 'unavailable'];

describe('retryTransient', () => {
  it.each(PROMO_ERROR_CODES)('retries `%s` only when the transport failed', (code) => {
    expect(retryTransient(0, new PromoError(code, code))).toBe(transient.includes(code));
  });

  it('gives up after two retries', () => {
    const offline = new PromoError('network', 'offline');
    expect([0, 1, 2].map((failures) => retryTransient(failures, offline))).toEqual([true, true, false]);
  });

  it('never retries an error that is not a PromoError', () => {
    expect(retryTransient(0, new TypeError('bug'))).toBe(false);
  });
});
