import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import {
  errorBodySchema,
  redeemResponseSchema,
  rejectionSchema,
  validateResponseSchema,
} from '@promokit/core';
import { parseSeed } from '@promokit/engine';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { embeddedUpstream } from './embedded-upstream.js';
import { demoBff } from './testing.js';

const rateLimited = z.object({ rejected: z.array(rejectionSchema) });

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
    expect(rateLimited.parse(json).rejected).toEqual([{ reason: 'too_many_attempts', code: 'GIFT-0004' }]);
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

  it('keeps the codes that applied for a blocked session before: its cart and its order go on', async () => {
    const own = demoBff({
      attempts: { perSession: 2, perIp: 1000 },
      sessionOf: (r) => r.headers.get('x-test-session'),
    });
    try {
      const session = { 'x-test-session': 'typo-prone' };
      const validate = async (codes: string[]) => {
        const response = await post(own, { cart, codes }, session);
        return { status: response.status, body: (await response.json()) as unknown };
      };
      expect(validateResponseSchema.parse((await validate(['SAVE5'])).body).applied).toMatchObject([
        { code: 'SAVE5' },
      ]);
      await validate(['SAEV5']);
      await validate(['SVAE5']);
      expect((await validate(['WELCOME10'])).status).toBe(429);

      // The code it holds is no guess: validated as before, a new one beside it refused alone.
      const held = validateResponseSchema.parse((await validate(['SAVE5', 'WELCOME10'])).body);
      expect(held.applied).toMatchObject([{ code: 'SAVE5' }]);
      expect(held.rejected).toEqual([{ reason: 'too_many_attempts', code: 'WELCOME10' }]);
      const placed = redeemResponseSchema.parse(
        await (
          await own.app.request('http://shop.test/redeem', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...session },
            body: JSON.stringify({
              orderId: 'typo-order',
              cart,
              codes: ['SAVE5', 'WELCOME10'],
              expectedDue: held.totals.due,
            }),
          })
        ).json(),
      );
      expect(placed).toMatchObject({
        status: 'redeemed',
        applied: [{ code: 'SAVE5' }],
        rejected: [{ reason: 'too_many_attempts', code: 'WELCOME10' }],
        totals: held.totals,
      });
      // What applied in one session does not open another blocked one.
      const other = { 'x-test-session': 'other-guesser' };
      await post(own, { cart, codes: ['NOPE-1'] }, other);
      await post(own, { cart, codes: ['NOPE-2'] }, other);
      expect((await post(own, { cart, codes: ['SAVE5'] }, other)).status).toBe(429);
    } finally {
      own.close();
    }
  });

  it('does not count codes that exist but do not apply', async () => {
    const own = demoBff({ attempts: { perSession: 1 }, sessionOf: () => 'shopper' });
    const small = { lines: [{ productId: 'cap', quantity: 1 }] };
    for (let i = 0; i < 3; i++)
      expect((await post(own, { cart: small, codes: ['WELCOME10'] })).status).toBe(200);
    own.close();
  });
});

describe('balance probing', () => {
  // A gift card anyone with its code may use (published to no one, no holder rule), worth 50.00.
  const dir = mkdtempSync(join(tmpdir(), 'promokit-bff-probe-'));
  const seed = parseSeed({
    version: 1,
    campaigns: [
      {
        id: 'camp_B34r3r',
        name: 'Bearer cards',
        type: 'GIFT_VOUCHERS',
        vouchers: [{ id: 'v_B34r3r', code: 'BEARER-5000', gift: { amount: 5000 } }],
      },
    ],
  });
  const bff = demoBff({
    upstream: embeddedUpstream({ file: join(dir, 'engine.sqlite'), seed }),
    attempts: { perSession: 10, perIp: 1000 },
    sessionOf: (r) => r.headers.get('x-test-session'),
  });
  afterAll(() => {
    bff.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const shell = { lines: [{ productId: 'rain-shell', quantity: 1 }] };
  const ask = (amount: number, session: string, route = 'validate', orderId?: string) =>
    bff.app.request(`http://shop.test/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-session': session },
      body: JSON.stringify({
        ...(orderId ? { orderId } : {}),
        cart: shell,
        codes: [{ code: 'BEARER-5000', amount }],
      }),
    });

  it('counts each amount refused as more than the balance as a failed attempt, at /validate and /redeem', async () => {
    const session = 'prober';
    const refusedAt = async (amount: number, route: string, orderId?: string) => {
      const response = await ask(amount, session, route, orderId);
      expect(response.status).toBe(200);
      const { rejected } = (await response.json()) as { rejected: unknown[] };
      if (rejected.length)
        expect(rejected).toEqual([{ reason: 'insufficient_balance', code: 'BEARER-5000' }]);
      return rejected.length > 0;
    };
    // Bisecting the balance at /validate, as a prober would: each "more than the balance" counts.
    let [low, high, refused] = [0, 12_900, 0];
    while (refused < 6) {
      const amount = Math.ceil((low + high) / 2);
      if (await refusedAt(amount, 'validate')) [high, refused] = [amount - 1, refused + 1];
      else low = amount;
    }
    // And at /redeem, where the order goes on without the card.
    for (let i = 1; i <= 4; i++) expect(await refusedAt(5000 + i, 'redeem', `order-probe-${i}`)).toBe(true);
    for (const route of ['validate', 'redeem']) {
      const blocked = await ask(1, session, route, 'order-probe-blocked');
      expect(blocked.status).toBe(429);
      expect(rateLimited.parse(await blocked.json()).rejected).toEqual([
        { reason: 'too_many_attempts', code: 'BEARER-5000' },
      ]);
    }
    // Asked again for an amount it applied for (nothing to learn), the card still pays; no other.
    const again = validateResponseSchema.parse(await (await ask(low, session)).json());
    expect(again.applied).toMatchObject([{ code: 'BEARER-5000', paid: low }]);
    expect((await ask(low - 1, session)).status).toBe(429);
    // The card itself is untouched, for whoever has it in another session.
    const other = validateResponseSchema.parse(await (await ask(5000, 'card-owner')).json());
    expect(other.applied).toMatchObject([{ code: 'BEARER-5000', paid: 5000 }]);
  });

  it('does not count amounts the balance covers', async () => {
    for (let i = 0; i < 15; i++) expect((await ask(100 + i, 'spender')).status).toBe(200);
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
