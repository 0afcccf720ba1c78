import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { PROMO_ERROR_CODES, PromoError, createPromoClient } from '@promokit/core';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { qualificationsOptions } from './qualifications-options.js';
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

describe('behind a dev proxy whose BFF is not up yet', () => {
  // A dev server's proxy: 502 Bad Gateway in plain text while its target is down, then the demo BFF.
  let down = 0;
  const seen: number[] = [];
  const proxy = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (down > 0) {
        down -= 1;
        seen.push(502);
        response.writeHead(502, { 'content-type': 'text/plain' }).end('Bad Gateway');
        return;
      }
      seen.push(200);
      void fetch(`${inject('promoBffUrl')}${request.url?.replace(/^\/api\/promotions/, '') ?? ''}`, {
        method: request.method ?? 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(async (answer) =>
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text()),
      );
    });
  });
  let baseUrl = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api/promotions`;
  });
  afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

  const offers = () =>
    new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } }).fetchQuery(
      qualificationsOptions(createPromoClient({ baseUrl }), {
        stage: 'cart',
        cart: { lines: [{ productId: 'mug', quantity: 1 }] },
      }),
    );

  it('takes its 502s for an outage and retries until the BFF answers', async () => {
    down = 2;
    seen.length = 0;
    await expect(offers()).resolves.toMatchObject({ offers: expect.any(Array) });
    expect(seen).toEqual([502, 502, 200]);
  });

  it('reports `unavailable` once the retries are spent, not a server error', async () => {
    down = 3;
    seen.length = 0;
    await expect(offers()).rejects.toMatchObject({ name: 'PromoError', code: 'unavailable', status: 502 });
    expect(seen).toEqual([502, 502, 502]);
  });
});
