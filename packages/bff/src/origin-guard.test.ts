import { errorBodySchema } from '@promokit/core';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { jsonCatalog } from './catalog.js';
import { createBff } from './create-bff.js';
import { type FrameworkServer, frameworkServer, rawRequest } from './test-support/framework-server.js';
import { recordingEngine } from './test-support/recording-engine.js';

const validation = JSON.stringify({ cart: { lines: [{ productId: 'mug', quantity: 1 }] }, codes: [] });
const validate = (server: FrameworkServer, headers: Record<string, string>) =>
  rawRequest(server.address, '/validate', { headers, body: validation });

async function refusal(server: FrameworkServer, headers: Record<string, string>): Promise<string> {
  const answer = await validate(server, headers);
  expect(answer.status).toBe(403);
  const { error } = errorBodySchema.parse(JSON.parse(answer.body));
  expect(error.code).toBe('forbidden');
  return error.message;
}

describe('the BFF behind a framework whose request URL says localhost', () => {
  let server: FrameworkServer;
  beforeAll(async () => {
    server = await frameworkServer({ allowedOrigins: ['https://partner.example'] });
  });
  afterAll(() => server.close());

  it.each([
    ['the origin its Host header names', { host: 'shop.example:8080', origin: 'http://shop.example:8080' }],
    [
      'the Host origin with the default port written out',
      { host: 'shop.example:80', origin: 'http://shop.example' },
    ],
    ['the request URL origin', { host: 'localhost:3000', origin: 'http://localhost:3000' }],
    ['an allowed origin', { host: 'api.example', origin: 'https://partner.example' }],
    ['a server-to-server call (no Origin, no Sec-Fetch-Site)', { host: 'shop.example' }],
    ['a same-origin browser call without Origin', { host: 'shop.example', 'sec-fetch-site': 'same-origin' }],
  ])('accepts %s', async (_, headers) => {
    expect((await validate(server, headers)).status).toBe(200);
  });

  it('refuses another origin, saying which origin it saw and which it expected, in the answer and the log', async () => {
    const message = await refusal(server, { host: 'shop.example', origin: 'https://evil.example' });
    expect(message).toContain('https://evil.example');
    expect(message).toContain('http://shop.example (from the Host header)');
    expect(message).toContain('http://localhost:3000 (from the request URL)');
    expect(message).toContain('https://partner.example');
    expect(server.logs.find((line) => line.msg === 'origin refused')).toMatchObject({
      level: 40,
      origin: 'https://evil.example',
      expected: [
        { origin: 'http://shop.example', from: 'the Host header' },
        { origin: 'http://localhost:3000', from: 'the request URL' },
      ],
      allowedOrigins: ['https://partner.example'],
    });
  });

  it('does not believe X-Forwarded-Host or -Proto without trustProxy: a forged one does not pass', async () => {
    const message = await refusal(server, {
      host: 'shop.example',
      origin: 'https://evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(message).not.toContain('https://evil.example (from');
    // Nor does the real public origin behind a TLS proxy: the answer says what to set.
    const behindProxy = await refusal(server, {
      host: 'internal:3000',
      origin: 'https://shop.example',
      'x-forwarded-host': 'shop.example',
      'x-forwarded-proto': 'https',
    });
    expect(behindProxy).toMatch(/set publicOrigin, or trustProxy/);
  });

  it.each([
    ['Origin: null (a sandboxed frame, a file)', { host: 'shop.example', origin: 'null' }],
    ['the Host origin over the other scheme', { host: 'shop.example', origin: 'https://shop.example' }],
    [
      'a look-alike of an allowed origin',
      { host: 'shop.example', origin: 'https://partner.example.evil.example' },
    ],
    ['an allowed origin with a path', { host: 'shop.example', origin: 'https://partner.example/' }],
    ['a cross-site browser call without Origin', { host: 'shop.example', 'sec-fetch-site': 'cross-site' }],
    ['a same-site browser call without Origin', { host: 'shop.example', 'sec-fetch-site': 'same-site' }],
  ])('refuses %s', async (_, headers) => {
    await refusal(server, headers);
  });

  it('lets any foreign origin read nothing and change nothing, whatever X-Forwarded-* it sends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.webUrl().map((url) => new URL(url).origin),
        fc.domain(),
        fc.constantFrom('http', 'https'),
        async (origin, forwardedHost, forwardedProto) => {
          fc.pre(origin !== 'http://shop.example' && origin !== 'https://partner.example');
          const answer = await validate(server, {
            host: 'shop.example',
            origin,
            'x-forwarded-host': forwardedHost,
            'x-forwarded-proto': forwardedProto,
          });
          expect(answer.status).toBe(403);
          expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual(
            [],
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('with trustProxy, behind a proxy that sets X-Forwarded-Host and -Proto', () => {
  let server: FrameworkServer;
  beforeAll(async () => {
    server = await frameworkServer({ trustProxy: true });
  });
  afterAll(() => server.close());

  it('takes the forwarded origin for its own', async () => {
    const answer = await validate(server, {
      host: 'internal:3000',
      origin: 'https://shop.example',
      'x-forwarded-host': 'shop.example, internal:3000',
      'x-forwarded-proto': 'https,http',
    });
    expect(answer.status).toBe(200);
  });

  it('still refuses another origin, naming the forwarded one it expected', async () => {
    const message = await refusal(server, {
      host: 'internal:3000',
      origin: 'https://evil.example',
      'x-forwarded-host': 'shop.example',
      'x-forwarded-proto': 'https',
    });
    expect(message).toContain('https://shop.example (from X-Forwarded-Host and X-Forwarded-Proto)');
  });
});

describe('with publicOrigin', () => {
  let server: FrameworkServer;
  beforeAll(async () => {
    server = await frameworkServer({ publicOrigin: 'https://shop.example/', trustProxy: true });
  });
  afterAll(() => server.close());

  it('accepts that origin whatever the request says of itself', async () => {
    expect((await validate(server, { host: 'localhost:3000', origin: 'https://shop.example' })).status).toBe(
      200,
    );
  });

  it('takes nothing else for its own, not even the Host or forwarded origin', async () => {
    const message = await refusal(server, {
      host: 'localhost:3000',
      origin: 'http://localhost:3000',
      'x-forwarded-host': 'localhost:3000',
      'x-forwarded-proto': 'http',
    });
    expect(message).toContain('expected https://shop.example (from publicOrigin)');
  });
});

describe('origin settings', () => {
  const engine = recordingEngine();
  afterAll(() => engine.close());
  const bff = (options: { allowedOrigins?: string[]; publicOrigin?: string }) =>
    createBff({
      upstream: engine.upstream,
      catalog: jsonCatalog('USD', []),
      currency: 'USD',
      logger: pino({ level: 'silent' }),
      ...options,
    });

  it.each([
    [{ allowedOrigins: ['*'] }, /allowedOrigins: "\*" is not an origin/],
    [{ allowedOrigins: ['null'] }, /allowedOrigins: "null" is not an origin/],
    [{ allowedOrigins: ['shop.example'] }, /allowedOrigins: "shop.example" is not an origin/],
    [{ allowedOrigins: ['https://shop.example/checkout'] }, /allowedOrigins: .* is not an origin/],
    [{ publicOrigin: 'https://shop.example/api/promotions' }, /publicOrigin: .* is not an origin/],
    [{ publicOrigin: 'file:///srv/shop' }, /publicOrigin: .* is not an origin/],
  ])('refuses %j with a TypeError naming the setting', (options, message) => {
    expect(() => bff(options)).toThrow(TypeError);
    expect(() => bff(options)).toThrow(message);
  });

  it('takes origins as browsers write them: case and default ports do not matter', () => {
    expect(() =>
      bff({ allowedOrigins: ['HTTPS://Partner.Example:443'], publicOrigin: 'https://shop.example' }),
    ).not.toThrow();
  });
});
