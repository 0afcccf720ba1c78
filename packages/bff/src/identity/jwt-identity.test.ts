import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { serve } from '@hono/node-server';
import {
  errorBodySchema,
  redeemResponseSchema,
  validateResponseSchema,
  walletResponseSchema,
} from '@promokit/core';
import {
  type CryptoKey,
  type JWTPayload,
  SignJWT,
  UnsecuredJWT,
  exportJWK,
  exportSPKI,
  generateKeyPair,
} from 'jose';
import { type SeedInput, parseSeed } from '@promokit/engine';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { BffOptions } from '../create-bff.js';
import { recordingEngine } from '../test-support/recording-engine.js';
import { demoBff } from '../testing.js';
import type { Identify } from './identity.js';
import { MAX_TOKEN_CHARS, jwtIdentity } from './jwt-identity.js';

const ISSUER = 'https://auth.shop.example';
const AUDIENCE = 'promokit-bff';
const SECRET = 'a-sign-in-secret-shared-by-the-shop-and-the-bff';
const cart = { lines: [{ productId: 'mug', quantity: 1 }] };
const now = () => Math.floor(Date.now() / 1000);

/** A token as the shop's sign-in server signs it: `claims` over sensible defaults, `null` drops one. */
function claimsOf(claims: Record<string, unknown>): JWTPayload {
  const all: Record<string, unknown> = {
    iss: ISSUER,
    aud: AUDIENCE,
    iat: now(),
    exp: now() + 600,
    ...claims,
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== null)) as JWTPayload;
}

function sign(
  claims: Record<string, unknown>,
  key: CryptoKey | Uint8Array | string = SECRET,
  header: { alg: string; kid?: string } = { alg: 'HS256' },
): Promise<string> {
  const secret = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  return new SignJWT(claimsOf(claims)).setProtectedHeader(header).sign(secret);
}

/** The demo BFF over the embedded engine, identifying shoppers with `identify`, served over HTTP. */
async function shop(identify: Identify, options: Partial<BffOptions> = {}, seed?: SeedInput) {
  const engine = recordingEngine(seed);
  const lines: string[] = [];
  const bff = demoBff({
    upstream: engine.upstream,
    identify,
    session: undefined,
    logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }),
    ...options,
  });
  const { server, url } = await new Promise<{ server: Server; url: string }>((resolve) => {
    const started = serve({ fetch: bff.site.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ server: started as Server, url: `http://127.0.0.1:${info.port}/api/promotions` }),
    );
  });
  const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    engine,
    lines,
    post,
    bearer,
    /** Whether the BFF takes the request with `headers` as a signed-in shopper's. */
    async signedIn(headers: Record<string, string>): Promise<boolean> {
      const response = await post('wallet', {}, headers);
      expect(response.status).toBe(200);
      return walletResponseSchema.parse(await response.json()).signedIn;
    },
    /** The refusal `headers` get at `/validate`: its status, error body and the log line saying why. */
    async refusal(headers: Record<string, string>) {
      const requestId = globalThis.crypto.randomUUID();
      const response = await post('validate', { cart, codes: [] }, { ...headers, 'x-request-id': requestId });
      const body = errorBodySchema.parse(await response.json());
      const logged = lines.filter((line) => line.includes(requestId));
      return {
        status: response.status,
        error: body.error,
        why: logged
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .find((entry) => entry.msg === 'unauthorized'),
        logged: logged.join('\n'),
      };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      bff.close();
      engine.close();
    },
  };
}

describe('jwtIdentity with a shared secret (HS256), over HTTP', () => {
  let store: Awaited<ReturnType<typeof shop>>;
  let rsaPem = '';
  beforeAll(async () => {
    store = await shop(
      jwtIdentity({
        secret: SECRET,
        issuer: ISSUER,
        audience: AUDIENCE,
        cookieName: 'shop_token',
        metadataClaims: { email: 'email', tier: 'https://shop.example/tier', name: 'name' },
      }),
      { attempts: { perSession: 3, perIp: 1000 } },
    );
    rsaPem = await exportSPKI((await generateKeyPair('RS256', { extractable: true })).publicKey);
  });
  afterAll(() => store.close());

  it('takes the customer from the token: sub is the source_id, mapped claims its metadata', async () => {
    const token = await sign({
      sub: 'cust-loyal',
      email: 'sam@shop.example',
      'https://shop.example/tier': 'gold',
      name: { first: 'Sam' },
    });
    expect(await store.signedIn(store.bearer(token))).toBe(true);
    const response = await store.post('validate', { cart, codes: ['SAVE5'] }, store.bearer(token));
    expect(response.status).toBe(200);
    const validation = store.engine.calls.filter((call) => call.path === '/v1/validations').at(-1);
    expect(validation?.body.customer).toEqual({
      source_id: 'cust-loyal',
      metadata: { email: 'sam@shop.example', tier: 'gold' },
    });
    const synced = store.engine.calls.find(
      (call) => call.path === '/v1/customers' && call.body.source_id === 'cust-loyal',
    );
    expect(synced?.body).toEqual({
      source_id: 'cust-loyal',
      metadata: { email: 'sam@shop.example', tier: 'gold' },
    });
  });

  it('sends the customer upstream again when the claims mapped to metadata change', async () => {
    const upserts = () =>
      store.engine.calls.filter(
        (call) => call.path === '/v1/customers' && call.body.source_id === 'cust-tiered',
      );
    for (const tier of ['silver', 'silver', 'gold'])
      await store.signedIn(
        store.bearer(await sign({ sub: 'cust-tiered', 'https://shop.example/tier': tier })),
      );
    expect(upserts().map((call) => call.body.metadata)).toEqual([{ tier: 'silver' }, { tier: 'gold' }]);
  });

  it('reads the token from the named cookie too; one in both places must be the same', async () => {
    const token = await sign({ sub: 'cust-new' });
    expect(await store.signedIn({ cookie: `other=1; shop_token=${token}` })).toBe(true);
    expect(await store.signedIn({ cookie: `shop_token=${token}`, ...store.bearer(token) })).toBe(true);

    const another = await sign({ sub: 'cust-loyal' });
    const refused = await store.refusal({ cookie: `shop_token=${another}`, ...store.bearer(token) });
    expect(refused).toMatchObject({ status: 401, error: { code: 'unauthorized' } });
    expect(refused.why).toMatchObject({ reason: 'The request carries different sign-in tokens' });
    // Two cookies of that name (one set by another subdomain) that disagree, likewise.
    const twice = await store.refusal({ cookie: `shop_token=${token}; shop_token=${another}` });
    expect(twice.status).toBe(401);
  });

  it('makes a request without a token a guest, as an emptied cookie and another scheme are', async () => {
    expect(await store.signedIn({})).toBe(false);
    expect(await store.signedIn({ cookie: 'shop_token=' })).toBe(false);
    expect(await store.signedIn({ authorization: 'Basic dXNlcjpwYXNz' })).toBe(false);
    const guest = await store.post('validate', { cart, codes: ['SAVE5'] });
    expect(validateResponseSchema.parse(await guest.json()).applied.map((item) => item.code)).toEqual([
      'SAVE5',
    ]);
    expect(store.engine.calls.at(-1)?.body.customer).toBeUndefined();
  });

  it.each<[string, () => Promise<string>, string, RegExp]>([
    [
      'unsigned (alg: none)',
      () => Promise.resolve(new UnsecuredJWT(claimsOf({ sub: 'cust-loyal' })).encode()),
      'The sign-in token is not valid',
      /ERR_JOSE_ALG_NOT_ALLOWED/,
    ],
    [
      'signed with another secret',
      () => sign({ sub: 'cust-loyal' }, 'another-secret-of-at-least-32-characters'),
      'The sign-in token is not valid',
      /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/,
    ],
    [
      'signed HS512 with the secret',
      () => sign({ sub: 'cust-loyal' }, SECRET, { alg: 'HS512' }),
      'The sign-in token is not valid',
      /ERR_JOSE_ALG_NOT_ALLOWED/,
    ],
    [
      'expired',
      () => sign({ sub: 'cust-loyal', exp: now() - 120 }),
      'The sign-in token expired',
      /ERR_JWT_EXPIRED/,
    ],
    [
      'without exp',
      () => sign({ sub: 'cust-loyal', exp: null }),
      'The sign-in token is not valid',
      /ERR_JWT_CLAIM_VALIDATION_FAILED.*exp/,
    ],
    [
      'not valid yet (nbf)',
      () => sign({ sub: 'cust-loyal', nbf: now() + 120 }),
      'The sign-in token is not valid',
      /nbf/,
    ],
    [
      'from another issuer',
      () => sign({ sub: 'cust-loyal', iss: 'https://evil.example' }),
      'The sign-in token is not valid',
      /"iss"/,
    ],
    [
      'for another audience',
      () => sign({ sub: 'cust-loyal', aud: 'another-app' }),
      'The sign-in token is not valid',
      /"aud"/,
    ],
    ['without a customer', () => sign({ sub: null }), 'The sign-in token names no customer (sub)', /^$/],
    ['with an empty customer', () => sign({ sub: '  ' }), 'The sign-in token names no customer (sub)', /^$/],
    [
      'malformed',
      () => Promise.resolve('not.a.token'),
      'The sign-in token is not valid',
      /ERR_JWS_INVALID|ERR_JWT_INVALID/,
    ],
  ])(
    'answers 401 unauthorized to a token %s, and logs why without the token',
    async (_, token, message, check) => {
      const jwt = await token();
      const refused = await store.refusal(store.bearer(jwt));
      expect(refused).toMatchObject({ status: 401, error: { code: 'unauthorized', message } });
      expect(refused.why).toMatchObject({ level: 40, reason: message });
      expect(String(refused.why?.check ?? '')).toMatch(check);
      expect(refused.logged).not.toContain(jwt);
      for (const part of jwt.split('.').filter((segment) => segment.length > 16))
        expect(refused.logged).not.toContain(part);
    },
  );

  it('refuses a token signed with the RSA public key as an HS256 secret (algorithm confusion)', async () => {
    const jwt = await sign({ sub: 'cust-loyal' }, rsaPem);
    expect((await store.refusal(store.bearer(jwt))).status).toBe(401);
  });

  it('accepts a token expired within the clock tolerance (30 s), not beyond', async () => {
    expect(await store.signedIn(store.bearer(await sign({ sub: 'cust-new', exp: now() - 10 })))).toBe(true);
    expect((await store.refusal(store.bearer(await sign({ sub: 'cust-new', exp: now() - 40 })))).status).toBe(
      401,
    );
  });

  it('refuses a huge token before decoding it, and an empty Bearer', async () => {
    const padding = 'x'.repeat(MAX_TOKEN_CHARS);
    const huge = await sign({ sub: 'cust-loyal', padding });
    const refused = await store.refusal(store.bearer(huge));
    expect(refused).toMatchObject({
      status: 401,
      error: { message: `The sign-in token is longer than ${MAX_TOKEN_CHARS} characters` },
    });
    expect(refused.logged).not.toContain(padding);
    expect((await store.refusal({ authorization: 'Bearer ' })).error.message).toBe(
      'The Authorization header carries no token',
    );
  });

  it("keeps an order its owner's: another customer's token can neither redeem under its id nor roll it back", async () => {
    const alice = store.bearer(await sign({ sub: 'cust-new' }));
    const bob = store.bearer(await sign({ sub: 'cust-returning' }));
    const redeemed = await store.post('redeem', { orderId: 'jwt-order-a', cart, codes: ['SAVE5'] }, alice);
    expect(redeemResponseSchema.parse(await redeemed.json())).toMatchObject({ status: 'redeemed' });

    const taken = await store.post('redeem', { orderId: 'jwt-order-a', cart, codes: ['SAVE5'] }, bob);
    expect(taken.status).toBe(403);
    expect(errorBodySchema.parse(await taken.json()).error.code).toBe('forbidden');
    const undone = await store.post('rollback', { orderId: 'jwt-order-a' }, bob);
    expect(undone.status).toBe(403);
    // A guest neither.
    expect((await store.post('rollback', { orderId: 'jwt-order-a' })).status).toBe(403);
    // Alice, with a fresh token (another device), may.
    const again = store.bearer(await sign({ sub: 'cust-new', jti: 'laptop' }));
    expect((await store.post('rollback', { orderId: 'jwt-order-a' }, again)).status).toBe(200);
  });

  it("counts failed attempts per customer, across all their tokens; another customer's are theirs", async () => {
    const phone = store.bearer(await sign({ sub: 'cust-guesser', jti: 'phone' }));
    const laptop = { cookie: `shop_token=${await sign({ sub: 'cust-guesser', jti: 'laptop' })}` };
    for (const [headers, guess] of [
      [phone, 'NOPE-1'],
      [laptop, 'NOPE-2'],
      [phone, 'NOPE-3'],
    ] as const) {
      const answer = validateResponseSchema.parse(
        await (await store.post('validate', { cart, codes: [guess] }, headers)).json(),
      );
      expect(answer.rejected).toEqual([{ reason: 'not_found', code: guess }]);
    }
    expect((await store.post('validate', { cart, codes: ['NOPE-4'] }, laptop)).status).toBe(429);
    const other = store.bearer(await sign({ sub: 'cust-other-guesser' }));
    expect((await store.post('validate', { cart, codes: ['NOPE-5'] }, other)).status).toBe(200);
  });
});

describe('jwtIdentity and the validation lock', () => {
  // A seed of its own: the demo's single-use codes are used up or held by one customer.
  const seed = parseSeed({
    version: 1,
    campaigns: [
      {
        id: 'camp_OnlyOnce',
        name: 'Only once',
        type: 'DISCOUNT_COUPONS',
        vouchers: [
          { id: 'v_OnlyOnce', code: 'ONLYONE', quantity: 1, discount: { type: 'AMOUNT', amount_off: 500 } },
        ],
      },
    ],
  });
  let store: Awaited<ReturnType<typeof shop>>;
  beforeAll(async () => {
    store = await shop(jwtIdentity({ secret: SECRET, cookieName: 'shop_token' }), {}, seed);
  });
  afterAll(() => store.close());

  it("holds one validation lock per customer: their single-use code is theirs on every token, nobody else's", async () => {
    const applied = async (headers: Record<string, string>, codes: string[]) =>
      validateResponseSchema
        .parse(await (await store.post('validate', { cart, codes }, headers)).json())
        .applied.map((item) => item.code);
    const phone = store.bearer(await sign({ sub: 'cust-referred', jti: 'phone' }));
    const laptop = { cookie: `shop_token=${await sign({ sub: 'cust-referred', jti: 'laptop' })}` };
    const other = store.bearer(await sign({ sub: 'cust-returning' }));
    expect(await applied(phone, ['ONLYONE'])).toEqual(['ONLYONE']);
    expect(await applied(laptop, ['ONLYONE'])).toEqual(['ONLYONE']);
    expect(await applied(other, ['ONLYONE'])).toEqual([]);
    // Removed by its customer, it is free for the other at once.
    expect(await applied(laptop, [])).toEqual([]);
    expect(await applied(other, ['ONLYONE'])).toEqual(['ONLYONE']);
    await applied(other, []);
  });
});

describe('jwtIdentity with a public key (RS256, ES256), over HTTP', () => {
  const stores: Awaited<ReturnType<typeof shop>>[] = [];
  afterAll(() => Promise.all(stores.map((store) => store.close())));

  it.each(['RS256', 'ES256'] as const)(
    'admits %s tokens signed with its private key, and nothing else',
    async (alg) => {
      const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
      const pem = await exportSPKI(publicKey);
      const identify = jwtIdentity({ publicKey: pem, audience: AUDIENCE });
      expect(await identify.ready()).toEqual([alg]);
      const store = await shop(identify);
      stores.push(store);

      expect(await store.signedIn(store.bearer(await sign({ sub: 'cust-loyal' }, privateKey, { alg })))).toBe(
        true,
      );
      // The public key as an HMAC secret: the key decides the algorithm, never the token.
      const confused = await store.refusal(store.bearer(await sign({ sub: 'cust-loyal' }, pem)));
      expect(confused).toMatchObject({ status: 401, error: { code: 'unauthorized' } });
      expect(confused.why?.check).toMatch(/ERR_JOSE_ALG_NOT_ALLOWED/);
      const other = await generateKeyPair(alg);
      const forged = await store.refusal(
        store.bearer(await sign({ sub: 'cust-loyal' }, other.privateKey, { alg })),
      );
      expect(forged.why?.check).toMatch(/ERR_JWS_SIGNATURE_VERIFICATION_FAILED/);
      const unsigned = new UnsecuredJWT(claimsOf({ sub: 'cust-loyal' })).encode();
      expect((await store.refusal(store.bearer(unsigned))).status).toBe(401);
    },
  );

  it('refuses a PEM that is no RSA or P-256 key, from ready()', async () => {
    const { publicKey } = await generateKeyPair('EdDSA', { extractable: true });
    const identify = jwtIdentity({ publicKey: await exportSPKI(publicKey) });
    await expect(identify.ready()).rejects.toThrow(/neither an RSA nor an EC P-256 public key/);
  });
});

describe('jwtIdentity with a JWKS URL, over HTTP', () => {
  let jwks: Server;
  let jwksUrl = '';
  let fetches = 0;
  const keys: { kid: string; alg: 'RS256' | 'ES256'; privateKey: CryptoKey; jwk: object }[] = [];
  let store: Awaited<ReturnType<typeof shop>>;

  beforeAll(async () => {
    for (const [kid, alg] of [
      ['rsa-1', 'RS256'],
      ['ec-1', 'ES256'],
    ] as const) {
      const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
      keys.push({ kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } });
    }
    jwks = createServer((_, response) => {
      fetches += 1;
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ keys: keys.map((key) => key.jwk) }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    store = await shop(jwtIdentity({ jwksUrl, issuer: ISSUER }));
  });
  afterAll(async () => {
    await store.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('verifies RS256 and ES256 tokens by their kid, fetching the set once', async () => {
    for (const { kid, alg, privateKey } of keys) {
      const token = await sign({ sub: 'cust-loyal' }, privateKey, { alg, kid });
      expect(await store.signedIn(store.bearer(token))).toBe(true);
    }
    expect(fetches).toBe(1);
  });

  it('refuses HS256 (whatever the secret), an unknown kid, and a token of another issuer', async () => {
    const [rsa] = keys;
    if (!rsa) throw new Error('no key');
    const hs = await store.refusal(
      store.bearer(await sign({ sub: 'cust-loyal' }, SECRET, { alg: 'HS256', kid: rsa.kid })),
    );
    expect(hs.why?.check).toMatch(/ERR_JOSE_ALG_NOT_ALLOWED/);
    const unknown = await store.refusal(
      store.bearer(await sign({ sub: 'cust-loyal' }, rsa.privateKey, { alg: 'RS256', kid: 'rsa-9' })),
    );
    expect(unknown).toMatchObject({ status: 401, error: { code: 'unauthorized' } });
    expect(unknown.why?.check).toMatch(/ERR_JWKS_NO_MATCHING_KEY/);
    const foreign = await store.refusal(
      store.bearer(
        await sign({ sub: 'cust-loyal', iss: 'https://other-tenant.example' }, rsa.privateKey, {
          alg: 'RS256',
          kid: rsa.kid,
        }),
      ),
    );
    expect(foreign.why?.check).toMatch(/"iss"/);
  });

  it('answers 503 unavailable, not 401, while the key set cannot be fetched', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const down = await shop(jwtIdentity({ jwksUrl: `http://127.0.0.1:${port}/jwks.json` }));
    try {
      const [rsa] = keys;
      if (!rsa) throw new Error('no key');
      const token = await sign({ sub: 'cust-loyal' }, rsa.privateKey, { alg: 'RS256', kid: rsa.kid });
      const response = await down.post('validate', { cart, codes: [] }, down.bearer(token));
      expect(response.status).toBe(503);
      expect(errorBodySchema.parse(await response.json()).error).toMatchObject({ code: 'unavailable' });
      // A guest still shops.
      expect(await down.signedIn({})).toBe(false);
    } finally {
      await down.close();
    }
  });
});

describe('jwtIdentity options', () => {
  it.each<[string, Parameters<typeof jwtIdentity>[0], RegExp]>([
    ['no key', {}, /exactly one of secret, publicKey and jwksUrl/],
    ['two keys', { secret: SECRET, jwksUrl: 'https://auth.example/jwks' }, /not secret and jwksUrl/],
    ['a short secret', { secret: 'short' }, /at least 32 characters/],
    ['a public key that is not PEM', { publicKey: 'MIIBIjANBgkq' }, /PEM public key/],
    ['a plain-HTTP JWKS on the network', { jwksUrl: 'http://auth.example/jwks' }, /https:/],
    ['a negative clock tolerance', { secret: SECRET, clockToleranceSeconds: -1 }, /non-negative/],
    ['nowhere to read the token', { secret: SECRET, header: false }, /cookieName/],
  ])('throws a TypeError for %s', (_, options, message) => {
    expect(() => jwtIdentity(options)).toThrow(TypeError);
    expect(() => jwtIdentity(options)).toThrow(message);
  });
});
