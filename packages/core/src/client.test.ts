import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createPromoClient } from './client.js';
import { PromoError } from './promo-error.js';
import type { ValidateResponse } from './validation.js';

const validResponse: ValidateResponse = {
  applied: [],
  promotions: [],
  rejected: [],
  totals: {
    currency: 'USD',
    subtotal: 3000,
    shipping: 0,
    discount: 0,
    shippingDiscount: 0,
    total: 3000,
    paid: [],
    due: 3000,
  },
};

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A real HTTP server standing in for the BFF, one behaviour per path prefix. */
const received: Received[] = [];
const hanging = new Set<ServerResponse>();
const server = createServer((request, response) => {
  let text = '';
  request.on('data', (chunk: Buffer) => (text += chunk.toString()));
  request.on('end', () => {
    received.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      response
        .writeHead(status, { 'content-type': 'application/json', ...headers })
        .end(JSON.stringify(body));
    const prefix = request.url?.split('/')[1];
    if (prefix === 'ok') json(200, validResponse);
    else if (prefix === 'hang') hanging.add(response);
    else if (prefix === 'limited')
      json(429, { error: { code: 'rate_limited', message: 'Slow down' } }, { 'retry-after': '7' });
    else if (prefix === 'invalid')
      json(400, { error: { code: 'bad_request', message: 'cart.lines: too many', path: 'cart.lines' } });
    else if (prefix === 'unavailable') json(503, { nope: true });
    else if (prefix === 'signed-out')
      json(401, { error: { code: 'unauthorized', message: 'The sign-in token expired' } });
    else if (prefix === 'auth-proxy') response.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
    else if (prefix === 'crash') response.writeHead(500).end('<html>oops</html>');
    else if (prefix === 'drifted') json(200, { applied: 'everything' });
    // What a dev proxy or a gateway answers when the BFF behind it is down, and what a web server
    // answers for a path where no BFF is mounted.
    else if (prefix === 'bad-gateway')
      response.writeHead(502, { 'content-type': 'text/plain' }).end('Bad Gateway');
    else if (prefix === 'proxy-down') response.writeHead(503).end('<html>Service Unavailable</html>');
    else if (prefix === 'gateway-timeout')
      response.writeHead(504, { 'content-type': 'text/html' }).end('<h1>504</h1>');
    else if (prefix === 'elsewhere')
      response.writeHead(404, { 'content-type': 'text/html' }).end('Cannot POST');
    else json(404, { error: { code: 'not_found', message: 'No such PromoKit route' } });
  });
});

let origin = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const response of hanging) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const request = { cart: { lines: [{ productId: 'cap', quantity: 1 }] }, codes: ['WELCOME10'] };

/** The error a call rejects with; fails the test when it resolves. */
async function failure(call: Promise<unknown>): Promise<PromoError> {
  const outcome = await call.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(PromoError);
  return outcome as PromoError;
}

describe('createPromoClient', () => {
  it('posts JSON to the route under the base URL with the configured headers', async () => {
    const client = createPromoClient({ baseUrl: `${origin}/ok///`, headers: { 'x-store': 'eu' } });
    await expect(client.validate(request)).resolves.toEqual(validResponse);
    expect(received.at(-1)).toMatchObject({
      method: 'POST',
      url: '/ok/validate',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-store': 'eu' },
      body: request,
    });
  });

  it('posts an empty body for the wallet', async () => {
    const client = createPromoClient({ baseUrl: `${origin}/hang` });
    const controller = new AbortController();
    const call = client.wallet({ signal: controller.signal });
    await expect.poll(() => received.at(-1)?.url).toBe('/hang/wallet');
    controller.abort();
    await failure(call);
    expect(received.at(-1)?.body).toEqual({});
  });

  it('rejects with `aborted` when the signal aborts an outstanding request', async () => {
    const client = createPromoClient({ baseUrl: `${origin}/hang` });
    const controller = new AbortController();
    const call = client.validate(request, { signal: controller.signal });
    await expect.poll(() => received.at(-1)?.url).toBe('/hang/validate');
    controller.abort();
    const error = await failure(call);
    expect(error.code).toBe('aborted');
  });

  it('does not send a request whose signal is already aborted', async () => {
    const client = createPromoClient({ baseUrl: `${origin}/ok` });
    const count = received.length;
    const error = await failure(client.validate(request, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('aborted');
    expect(received).toHaveLength(count);
  });

  it('rejects with `network` when the BFF cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(createPromoClient({ baseUrl: `http://127.0.0.1:${port}` }).validate(request));
    expect(error.code).toBe('network');
  });

  it.each([
    ['limited', { code: 'rate_limited', status: 429, retryAfter: 7, message: 'Slow down' }],
    ['invalid', { code: 'bad_request', status: 400, path: 'cart.lines', message: 'cart.lines: too many' }],
    ['unavailable', { code: 'unavailable', status: 503, retryAfter: undefined }],
    ['signed-out', { code: 'unauthorized', status: 401, message: 'The sign-in token expired' }],
    ['auth-proxy', { code: 'unauthorized', status: 401 }],
    [
      'crash',
      {
        code: 'server',
        status: 500,
        message: expect.stringMatching(/^The promotions service answered 500 at http:\S+\/crash\/validate$/),
      },
    ],
    ['missing', { code: 'not_found', status: 404, message: 'No such PromoKit route' }],
    ['bad-gateway', { code: 'unavailable', status: 502 }],
    ['proxy-down', { code: 'unavailable', status: 503 }],
    ['gateway-timeout', { code: 'unavailable', status: 504 }],
  ])('maps a `%s` answer to a PromoError', async (prefix, expected) => {
    const error = await failure(createPromoClient({ baseUrl: `${origin}/${prefix}` }).validate(request));
    expect(error).toMatchObject(expected);
  });

  it('names the URL when a baseUrl that misses the BFF gets a 404 from whatever is there', async () => {
    const error = await failure(createPromoClient({ baseUrl: `${origin}/elsewhere/` }).validate(request));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error.message).toContain(`POST ${origin}/elsewhere/validate`);
    expect(error.message).toContain('baseUrl');
  });

  it("writes a 404 that is not the BFF's to the console once per client, and a BFF 404 not at all", async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const client = createPromoClient({ baseUrl: `${origin}/elsewhere` });
      await failure(client.validate(request));
      await failure(client.qualifications({ stage: 'cart', cart: { lines: [] } }));
      expect(logged.mock.calls).toEqual([
        [
          expect.stringMatching(
            /^PromoKit: No PromoKit BFF answers POST http:\S+\/elsewhere\/validate \(404\): check baseUrl/,
          ),
        ],
      ]);
      await failure(createPromoClient({ baseUrl: `${origin}/missing` }).validate(request));
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
    }
  });

  it('names the URL it could not reach', async () => {
    const error = await failure(createPromoClient({ baseUrl: 'http://127.0.0.1:1/api' }).validate(request));
    expect(error).toMatchObject({ code: 'network' });
    expect(error.message).toContain('http://127.0.0.1:1/api/validate');
  });

  it.each(['/api/promotions', 'api/promotions'])(
    'throws a configuration TypeError, not an outage, for the relative baseUrl %j on a server',
    async (baseUrl) => {
      expect(globalThis.location).toBeUndefined();
      const outcome = await createPromoClient({ baseUrl })
        .validate(request)
        .then(
          () => new Error('expected the call to fail'),
          (error: unknown) => error,
        );
      expect(outcome).toBeInstanceOf(TypeError);
      expect(outcome).not.toBeInstanceOf(PromoError);
      expect((outcome as TypeError).message).toMatch(
        /baseUrl ".*api\/promotions" is relative; a server needs an absolute one/,
      );
    },
  );

  it('rejects a response that does not match the contract outside production', async () => {
    const error = await failure(createPromoClient({ baseUrl: `${origin}/drifted` }).validate(request));
    expect(error).toMatchObject({ code: 'contract', status: 200 });
  });

  it('passes responses through unchecked when validation is turned off', async () => {
    const client = createPromoClient({ baseUrl: `${origin}/drifted`, validateResponses: false });
    await expect(client.validate(request)).resolves.toEqual({ applied: 'everything' });
  });

  it('uses the fetch it is given', async () => {
    const urls: string[] = [];
    const client = createPromoClient({
      baseUrl: `${origin}/ok`,
      fetch: (input, init) => {
        urls.push(String(input));
        return fetch(input, init);
      },
    });
    await client.validate(request);
    expect(urls).toEqual([`${origin}/ok/validate`]);
  });
});
