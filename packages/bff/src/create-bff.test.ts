import { createPromoClient, errorBodySchema, isPromoError, validateResponseSchema } from '@promokit/core';
import { afterAll, describe, expect, it } from 'vitest';

import { demoBff, startDemoBff } from './testing.js';

const bff = demoBff();
afterAll(() => bff.close());

const sixty = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};
const thirty = { lines: [{ productId: 'cap', quantity: 1 }] };

function post(body: unknown, init: RequestInit = {}) {
  return bff.app.request('/validate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

async function validate(body: unknown) {
  const response = await post(body);
  expect(response.status).toBe(200);
  return validateResponseSchema.parse(await response.json());
}

describe('POST /validate', () => {
  it('applies WELCOME10, typed in lower case and answered as typed, to a $60.00 cart priced from the catalog, shipping included', async () => {
    const result = await validate({ cart: sixty, codes: ['welcome10'] });
    expect(result.applied).toEqual([
      {
        code: 'welcome10',
        kind: 'coupon',
        label: 'Welcome 10%',
        effect: { type: 'percent_off', percentOff: 10 },
        // 10 % of the order: 60.00 of goods and the 6.95 flat shipping rate, as Voucherify takes it.
        discount: 670,
      },
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.totals).toEqual({
      currency: 'USD',
      subtotal: 6000,
      shipping: 695,
      discount: 670,
      shippingDiscount: 0,
      total: 6025,
      paid: [],
      due: 6025,
    });
  });

  it('explains an unknown code', async () => {
    const result = await validate({ cart: sixty, codes: ['NOPE'] });
    expect(result.rejected).toEqual([{ reason: 'not_found', code: 'NOPE' }]);
    expect(result.totals.total).toBe(6695);
  });

  it('says how much more a cart below the minimum needs, computed by the server', async () => {
    const result = await validate({ cart: thirty, codes: ['WELCOME10'] });
    expect(result.rejected).toEqual([
      { reason: 'cart_below_minimum', code: 'WELCOME10', missingAmount: 5000 - 3000 - 695 },
    ]);
  });

  it('ignores prices sent by the browser', async () => {
    const tampered = { lines: sixty.lines.map((line) => ({ ...line, price: 1 })), total: 2 };
    const result = await validate({ cart: tampered, codes: ['WELCOME10'] });
    expect(result.totals).toMatchObject({ subtotal: 6000, shipping: 695, total: 6025 });
  });

  it('prices a cart with no code', async () => {
    const result = await validate({ cart: thirty, codes: [] });
    expect(result).toEqual({
      applied: [],
      promotions: [],
      rejected: [],
      totals: {
        currency: 'USD',
        subtotal: 3000,
        shipping: 695,
        discount: 0,
        shippingDiscount: 0,
        total: 3695,
        paid: [],
        due: 3695,
      },
    });
  });
});

describe('bad input', () => {
  it.each([
    ['malformed JSON', '{"cart":', 400, 'bad_request', undefined],
    ['a missing cart', { codes: [] }, 400, 'bad_request', 'cart'],
    [
      'a zero quantity',
      { cart: { lines: [{ productId: 'mug', quantity: 0 }] }, codes: [] },
      400,
      'bad_request',
      'cart.lines[0].quantity',
    ],
    [
      'an unknown product',
      { cart: { lines: [{ productId: 'ghost', quantity: 1 }] }, codes: [] },
      400,
      'bad_request',
      'cart.lines[0].productId',
    ],
    ['an empty code', { cart: sixty, codes: ['  '] }, 400, 'bad_request', 'codes[0]'],
    [
      'a 1 MB body',
      { cart: sixty, codes: [], padding: 'x'.repeat(1024 * 1024) },
      413,
      'payload_too_large',
      undefined,
    ],
  ])('answers %s with a typed error', async (_, body, status, code, path) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const { error } = errorBodySchema.parse(await response.json());
    expect(error.code).toBe(code);
    expect(error.path).toBe(path);
  });

  it('answers an unknown route with 404', async () => {
    const response = await bff.app.request('/nope', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('not_found');
  });
});

describe('the core client against the BFF', () => {
  const client = createPromoClient({ baseUrl: 'http://shop.test/api/promotions/', fetch: bff.fetch });

  it('gets a contract-checked answer', async () => {
    const result = await client.validate({ cart: sixty, codes: ['WELCOME10'] });
    expect(result.totals.total).toBe(6025);
  });

  it('turns an error body into a PromoError with its path', async () => {
    const error = await client
      .validate({ cart: { lines: [{ productId: 'ghost', quantity: 1 }] }, codes: [] })
      .catch((e: unknown) => e);
    expect(isPromoError(error, 'bad_request')).toBe(true);
    expect(error).toMatchObject({ status: 400, path: 'cart.lines[0].productId' });
  });
});

describe('served by the Node server', () => {
  it('answers the core client over real HTTP, mounted at its base path', async () => {
    const running = await startDemoBff();
    const client = createPromoClient({ baseUrl: running.url });
    const result = await client.validate({ cart: sixty, codes: ['WELCOME10'] });
    await running.close();
    expect(result.totals.total).toBe(6025);
  });

  it.each([
    ['POST', '/nope'],
    ['GET', '/validate'],
    ['POST', ''],
    ['DELETE', '/session/x'],
  ])('answers %s %s under its mount point with the JSON not_found body naming it', async (method, path) => {
    const running = await startDemoBff();
    const response = await fetch(`${running.url}${path}`, { method });
    const body: unknown = await response.json();
    await running.close();
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(body).error).toEqual({
      code: 'not_found',
      message: `No PromoKit route ${method} /api/promotions${path}`,
    });
  });

  it('tells a client whose baseUrl misses the mount point which URL answered 404', async () => {
    const running = await startDemoBff();
    const typo = running.url.replace('/api/promotions', '/api/promotion');
    const error = await createPromoClient({ baseUrl: typo })
      .validate({ cart: sixty, codes: [] })
      .catch((e: unknown) => e);
    await running.close();
    expect(isPromoError(error, 'not_found')).toBe(true);
    expect((error as Error).message).toContain(`POST ${typo}/validate`);
  });
});
