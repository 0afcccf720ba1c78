import { afterEach, describe, expect, it, vi } from 'vitest';

import { openEngine, type Engine } from '../engine.js';
import { DEMO_NOW, demoSeed } from '../test-support/demo.js';
import { expectConformant } from '../test-support/spec-conformance.js';
import { tempDirPerTest } from '../test-support/temp-dir.js';
import { createEngineApp } from './app.js';

const dir = tempDirPerTest();
const credentials = { appId: 'app-id', appToken: 'app-token' };
const authHeaders = { 'X-App-Id': 'app-id', 'X-App-Token': 'app-token', 'Content-Type': 'application/json' };
let engine: Engine | undefined;
afterEach(() => engine?.close());

function app() {
  engine = openEngine({ file: dir.path('engine.db'), seed: demoSeed, now: () => DEMO_NOW });
  return createEngineApp(engine, credentials);
}

function post(body: unknown, headers: Record<string, string> = authHeaders) {
  return app().request('/v1/validations', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const errorBody = (code: number, key: string) => ({
  code,
  key,
  message: expect.any(String),
  details: expect.any(String),
  request_id: expect.stringMatching(/^v-[0-9a-f]{18}$/),
});

describe('POST /v1/validations', () => {
  it('validates codes', async () => {
    const response = await post({
      redeemables: [
        { object: 'voucher', id: 'WELCOME10' },
        { object: 'voucher', id: 'NOPE' },
      ],
      order: { amount: 6000 },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = expectConformant(await response.json());
    expect(body).toMatchObject({
      valid: false,
      redeemables: [{ status: 'APPLICABLE' }, { status: 'INAPPLICABLE', result: { error: { code: 404 } } }],
    });
  });

  it.each([
    ['no credentials', { 'Content-Type': 'application/json' }],
    ['a wrong token', { ...authHeaders, 'X-App-Token': 'nope' }],
    ['a wrong id', { ...authHeaders, 'X-App-Id': 'nope' }],
  ])('answers 401 with %s', async (_, headers) => {
    const response = await post({ redeemables: [{ object: 'voucher', id: 'SAVE5' }] }, headers);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ...errorBody(401, 'unauthorized'), message: 'Unauthorized' });
  });

  it.each([
    ['malformed JSON', '{"redeemables": [', 'Body is not valid JSON'],
    [
      'a redeemable without id',
      { redeemables: [{ object: 'voucher', id: 'SAVE5' }, { object: 'voucher' }] },
      "Property .redeemables[1] should have required property 'id'",
    ],
    ['no redeemables property', { order: { amount: 1 } }, "Body should have required property 'redeemables'"],
    [
      'a fractional amount',
      { redeemables: [{ object: 'voucher', id: 'SAVE5' }], order: { amount: 1.5 } },
      /^Property \.order\.amount: /,
    ],
    ['an empty list', { redeemables: [] }, /^Property \.redeemables: /],
  ])('answers 400 invalid_payload for %s', async (_, body, details) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ...errorBody(400, 'invalid_payload'),
      message: 'Invalid payload',
      details: typeof details === 'string' ? details : expect.stringMatching(details),
    });
  });

  it('answers 400 duplicated_redeemables', async () => {
    const response = await post({
      redeemables: [
        { object: 'voucher', id: 'SAVE5' },
        { object: 'voucher', id: 'SAVE5' },
      ],
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ...errorBody(400, 'duplicated_redeemables'),
      message: 'Duplicated redeemables detected',
      details: 'Duplicated redeemables detected in one redemption',
    });
  });
});

describe('DELETE /v1/vouchers/{code}/sessions/{sessionKey}', () => {
  /** The app, with the session `ssn_a` of its holder holding the whole 50.00 of the demo gift card. */
  async function locked() {
    const served = app();
    const validated = await served.request('/v1/validations', {
      method: 'POST',
      headers: authHeaders,
      body: JSON.stringify({
        redeemables: [{ object: 'voucher', id: 'GIFT-5000-DEMO', gift: { credits: 5000 } }],
        customer: { source_id: 'cust-loyal' },
        order: { amount: 12900 },
        session: { type: 'LOCK', key: 'ssn_a' },
      }),
    });
    expect(((await validated.json()) as { valid: boolean }).valid).toBe(true);
    return served;
  }

  const release = (served: ReturnType<typeof app>, path: string, headers = authHeaders) =>
    served.request(path, { method: 'DELETE', headers });

  /** Whether the holder's validation without session can take the gift card's whole balance. */
  const giftFree = async (served: ReturnType<typeof app>) => {
    const response = await served.request('/v1/validations', {
      method: 'POST',
      headers: authHeaders,
      body: JSON.stringify({
        redeemables: [{ object: 'voucher', id: 'GIFT-5000-DEMO', gift: { credits: 5000 } }],
        customer: { source_id: 'cust-loyal' },
        order: { amount: 12900 },
      }),
    });
    return ((await response.json()) as { valid: boolean }).valid;
  };

  it("releases the session's lock on the voucher and answers 204 with no content", async () => {
    const served = await locked();
    expect(await giftFree(served)).toBe(false);

    const response = await release(served, '/v1/vouchers/GIFT-5000-DEMO/sessions/ssn_a');
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await giftFree(served)).toBe(true);
  });

  it.each([
    ['an unknown voucher', '/v1/vouchers/NOPE/sessions/ssn_a', 'NOPE', 'voucher'],
    ['an unknown session', '/v1/vouchers/GIFT-5000-DEMO/sessions/ssn_nope', 'ssn_nope', 'session'],
  ])('answers 404 not_found for %s', async (_, path, resourceId, resourceType) => {
    const served = await locked();
    const response = await release(served, path);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ...errorBody(404, 'not_found'),
      message: 'Resource not found',
      resource_id: resourceId,
      resource_type: resourceType,
    });
    expect(await giftFree(served)).toBe(false);
  });

  it('answers 404 when the session was released already', async () => {
    const served = await locked();
    await release(served, '/v1/vouchers/GIFT-5000-DEMO/sessions/ssn_a');
    expect((await release(served, '/v1/vouchers/GIFT-5000-DEMO/sessions/ssn_a')).status).toBe(404);
  });

  it('answers 401 without credentials and releases nothing', async () => {
    const served = await locked();
    const response = await release(served, '/v1/vouchers/GIFT-5000-DEMO/sessions/ssn_a', {
      ...authHeaders,
      'X-App-Token': 'nope',
    });
    expect(response.status).toBe(401);
    expect(await giftFree(served)).toBe(false);
  });
});

describe('failures', () => {
  it('answers 500 with an error body when the engine fails', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = app();
    engine?.close();
    engine = undefined;
    const response = await broken.request('/v1/validations', {
      method: 'POST',
      headers: authHeaders,
      body: JSON.stringify({ redeemables: [{ object: 'voucher', id: 'SAVE5' }] }),
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      code: 500,
      key: 'internal_error',
      message: 'Internal server error',
      request_id: expect.stringMatching(/^v-/),
    });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe('other routes', () => {
  it.each([
    ['GET', '/v1/validations'],
    ['POST', '/v1/nothing'],
    ['GET', '/'],
  ])('%s %s answers a 404 error body', async (method, path) => {
    const response = await app().request(path, { method, headers: authHeaders });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ...errorBody(404, 'not_found'),
      message: 'Resource not found',
      details: `Cannot ${method} ${path}`,
    });
  });
});
