import { Writable } from 'node:stream';

import { errorBodySchema, rejectionSchema, validateResponseSchema } from '@promokit/core';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { demoBff } from './testing.js';

const cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

function post(bff: ReturnType<typeof demoBff>, body: unknown, headers: Record<string, string> = {}) {
  return bff.app.request('http://shop.test/validate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('origin allow-list', () => {
  const bff = demoBff({ allowedOrigins: ['https://partner.example'] });
  afterAll(() => bff.close());

  it.each([
    ['its own origin', { origin: 'http://shop.test' }],
    ['an allowed origin', { origin: 'https://partner.example' }],
    ['a server-to-server call (no Origin)', {}],
    ['a same-site browser call without Origin', { 'sec-fetch-site': 'same-origin' }],
  ])('accepts %s', async (_, headers) => {
    expect((await post(bff, { cart, codes: [] }, headers)).status).toBe(200);
  });

  it.each([
    [
      'a foreign origin with the session cookie',
      { origin: 'https://evil.example', cookie: 'promokit_session=x' },
    ],
    ['a foreign origin', { origin: 'https://evil.example' }],
    ['a look-alike of an allowed origin', { origin: 'https://partner.example.evil.example' }],
    ['a cross-site browser call without Origin', { 'sec-fetch-site': 'cross-site', cookie: 'a=b' }],
  ])('refuses %s with a typed 403', async (_, headers) => {
    const response = await post(bff, { cart, codes: ['WELCOME10'] }, headers);
    expect(response.status).toBe(403);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe('forbidden');
  });
});

describe('code guessing', () => {
  const bff = demoBff({
    attempts: { perSession: 3, perIp: 5 },
    sessionOf: (r) => r.headers.get('x-test-session'),
  });
  afterAll(() => bff.close());
  const rateLimitedBody = z.object({ rejected: z.array(rejectionSchema) });

  it('answers 429 with Retry-After and too_many_attempts once a session fails too often', async () => {
    const session = { 'x-test-session': 'guesser' };
    for (const guess of ['GIFT-0001', 'GIFT-0002', 'GIFT-0003']) {
      const result = validateResponseSchema.parse(
        await (await post(bff, { cart, codes: [guess] }, session)).json(),
      );
      expect(result.rejected).toEqual([{ reason: 'not_found', code: guess }]);
    }
    const response = await post(bff, { cart, codes: ['GIFT-0004'] }, session);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    const json: unknown = await response.json();
    expect(errorBodySchema.parse(json).error).toMatchObject({ code: 'rate_limited', retryAfter });
    expect(rateLimitedBody.parse(json).rejected).toEqual([
      { reason: 'too_many_attempts', code: 'GIFT-0004' },
    ]);
    // Valid codes are refused too: a guesser must not learn which codes exist.
    expect((await post(bff, { cart, codes: ['WELCOME10'] }, session)).status).toBe(429);
    // Pricing without codes still works, so checkout goes on.
    expect((await post(bff, { cart, codes: [] }, session)).status).toBe(200);
    // Another session is not affected.
    expect((await post(bff, { cart, codes: ['WELCOME10'] }, { 'x-test-session': 'other' })).status).toBe(200);
  });

  it('limits per IP address across sessions', async () => {
    const guesses = ['A1', 'A2', 'A3', 'A4'].map((code, i) =>
      post(bff, { cart, codes: [`NOPE-${code}`] }, { 'x-test-session': `rotating-${i}` }),
    );
    await Promise.all(guesses);
    // The first test's three failures and these four come from the same (unknown) address.
    const response = await post(bff, { cart, codes: ['NOPE-B1'] }, { 'x-test-session': 'fresh' });
    expect(response.status).toBe(429);
  });

  it('does not count codes that exist but do not apply', async () => {
    const own = demoBff({ attempts: { perSession: 1 }, sessionOf: () => 'shopper' });
    const small = { lines: [{ productId: 'cap', quantity: 1 }] };
    for (let i = 0; i < 3; i++)
      expect((await post(own, { cart: small, codes: ['WELCOME10'] })).status).toBe(200);
    own.close();
  });
});

describe('logs', () => {
  it('writes one JSON line per request with its id, and masks gift card codes', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const bff = demoBff({ logger: pino(sink) });
    const response = await post(bff, { cart, codes: ['GIFT-SECRET-1234'] }, { 'x-request-id': 'req-42' });
    bff.close();
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(lines.every((line) => line.requestId === 'req-42')).toBe(true);
    expect(lines.map((line) => line.msg)).toEqual(['validated', 'request']);
    expect(JSON.stringify(lines)).not.toContain('GIFT-SECRET-1234');
    expect(lines[0]?.rejected).toEqual([{ code: '************1234', reason: 'not_found' }]);
    expect(lines[1]).toMatchObject({ method: 'POST', path: '/validate', status: 200 });
  });

  it('gives a request without a usable id a fresh one', async () => {
    const bff = demoBff();
    const response = await post(bff, { cart, codes: [] }, { 'x-request-id': 'bad id with spaces' });
    bff.close();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
