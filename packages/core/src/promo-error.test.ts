import { describe, expect, it } from 'vitest';

import { errorBodySchema } from './error-body.js';
import { PROMO_ERROR_CODES, PromoError, isPromoError, promoErrorBody } from './promo-error.js';

describe('PromoError', () => {
  it('serialises to the error body the BFF sends, which the contract accepts', () => {
    const error = new PromoError('rate_limited', 'Slow down', { status: 429, retryAfter: 7 });
    const body = promoErrorBody(error);
    expect(body).toEqual({ error: { code: 'rate_limited', message: 'Slow down', retryAfter: 7 } });
    expect(errorBodySchema.parse(body)).toEqual(body);
  });

  it.each(PROMO_ERROR_CODES)('carries the code `%s` through its body', (code) => {
    expect(errorBodySchema.parse(promoErrorBody(new PromoError(code, code))).error.code).toBe(code);
  });

  it('is recognised, optionally by code', () => {
    const error = new PromoError('network', 'offline', { cause: new TypeError('fetch failed') });
    expect(isPromoError(error)).toBe(true);
    expect(isPromoError(error, 'network')).toBe(true);
    expect(isPromoError(error, 'server')).toBe(false);
    expect(isPromoError(new Error('offline'))).toBe(false);
    expect(error).toMatchObject({ name: 'PromoError', cause: new TypeError('fetch failed') });
  });
});
