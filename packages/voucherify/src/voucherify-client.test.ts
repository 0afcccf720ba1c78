import type { ServerResponse } from 'node:http';

import { afterEach, describe, expect, it } from 'vitest';

import {
  VoucherifyApiError,
  VoucherifyClientError,
  VoucherifyInvalidResponseError,
  VoucherifyNetworkError,
  VoucherifyTimeoutError,
} from './client-errors.js';
import { describeWithReference, readExample, referenceMissing } from './test-support/examples.js';
import { startTestServer, type TestServer } from './test-support/http-server.js';
import { operationExamples } from './test-support/spec-examples.js';
import type { ValidationsValidateRequestBody } from './validations-validate-request-body.js';
import { createVoucherifyClient } from './voucherify-client.js';

const VALID = '02-validations-valid-5-redeemables.json';
const ERRORS = '04-validations-400-errors.json';
const validResponse = () => readExample(VALID)['response'];
const invalidPayload = () => (readExample(ERRORS)['responses'] as Record<string, unknown>)['Invalid payload'];
const body: ValidationsValidateRequestBody = { redeemables: [{ object: 'voucher', id: 'WELCOME10' }] };

function json(response: ServerResponse, status: number, payload: unknown, headers = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(payload));
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function clientFor(url: string, extra: { timeoutMs?: number; apiVersion?: string } = {}) {
  return createVoucherifyClient({ baseUrl: `${url}/`, appId: 'app-id', appToken: 'app-token', ...extra });
}

describe('createVoucherifyClient().validations.validate', () => {
  it.skipIf(referenceMissing(`examples/${VALID}`))(
    'posts the body with credentials and returns the parsed response',
    async () => {
      server = await startTestServer((_, response) => json(response, 200, validResponse()));
      const result = await clientFor(server.url, { apiVersion: 'v2018-08-01' }).validations.validate(body);

      expect(result.valid).toBe(true);
      const [request] = server.received;
      expect(request?.method).toBe('POST');
      expect(request?.url).toBe('/v1/validations');
      expect(JSON.parse(request?.body ?? '')).toEqual(body);
      expect(request?.headers).toMatchObject({
        'x-app-id': 'app-id',
        'x-app-token': 'app-token',
        'content-type': 'application/json',
        'x-voucherify-api-version': 'v2018-08-01',
      });
    },
  );

  it.skipIf(referenceMissing(`examples/${VALID}`))(
    'sends no API version header unless configured',
    async () => {
      server = await startTestServer((_, response) => json(response, 200, validResponse()));
      await clientFor(server.url).validations.validate(body);
      expect(server.received[0]?.headers).not.toHaveProperty('x-voucherify-api-version');
    },
  );

  it.skipIf(referenceMissing(`examples/${ERRORS}`))(
    'throws VoucherifyApiError with the parsed error body on 400',
    async () => {
      server = await startTestServer((_, response) => json(response, 400, invalidPayload()));
      const error = await clientFor(server.url)
        .validations.validate(body)
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(VoucherifyApiError);
      expect(error).toBeInstanceOf(VoucherifyClientError);
      expect(error).toMatchObject({ status: 400, body: { key: 'invalid_payload' }, retryAfter: undefined });
    },
  );

  it('reads Retry-After and tolerates a body that is not an error body', async () => {
    server = await startTestServer((_, response) => {
      response.writeHead(429, { 'Retry-After': '7', 'Content-Type': 'text/plain' });
      response.end('slow down');
    });
    const error = await clientFor(server.url)
      .validations.validate(body)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'VoucherifyApiError', status: 429, body: undefined, retryAfter: 7 });
  });

  it('does not retry a failed POST', async () => {
    server = await startTestServer((_, response) => json(response, 503, { code: 503, message: 'down' }));
    await expect(clientFor(server.url).validations.validate(body)).rejects.toThrow(VoucherifyApiError);
    expect(server.received).toHaveLength(1);
  });

  it('throws VoucherifyTimeoutError when no response arrives in time', async () => {
    server = await startTestServer(() => undefined);
    const error = await clientFor(server.url, { timeoutMs: 50 })
      .validations.validate(body)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VoucherifyTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50 });
  });

  it('rethrows the caller abort reason', async () => {
    server = await startTestServer(() => undefined);
    const controller = new AbortController();
    const reason = new Error('user left the page');
    const pending = clientFor(server.url).validations.validate(body, { signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('throws VoucherifyNetworkError when nothing listens', async () => {
    server = await startTestServer(() => undefined);
    const { url } = server;
    await server.close();
    server = undefined;
    await expect(clientFor(url).validations.validate(body)).rejects.toThrow(VoucherifyNetworkError);
  });

  it.each([
    ['not JSON', 'hello'],
    ['off schema', JSON.stringify({ valid: 'yes' })],
  ])('throws VoucherifyInvalidResponseError for a 200 that is %s', async (_, payload) => {
    server = await startTestServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(payload);
    });
    const error = await clientFor(server.url)
      .validations.validate(body)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VoucherifyInvalidResponseError);
    expect(error).toMatchObject({ status: 200 });
  });
});

type Call = (client: ReturnType<typeof clientFor>) => Promise<unknown>;
/** A client method, the reply the server gives, the URL it must call and the body it must send. */
type MethodCase = [string, Call, unknown, string, unknown];

/** Each method posts to its path and returns the parsed reply, and rejects a reply off its schema. */
function postingMethods(cases: MethodCase[]): void {
  it.each(cases)(
    '%s posts to its path and returns the parsed response',
    async (_, call, reply, url, sent) => {
      server = await startTestServer((_, response) => json(response, 200, reply));
      const result = await call(clientFor(server.url));

      expect(result).toEqual(reply);
      const [request] = server.received;
      expect(request).toMatchObject({ method: 'POST', url });
      expect(JSON.parse(request?.body ?? '')).toEqual(sent);
      expect(request?.headers).toMatchObject({ 'x-app-id': 'app-id', 'x-app-token': 'app-token' });
    },
  );

  it.each(cases)('%s rejects a 200 off its schema', async (_, call) => {
    server = await startTestServer((_, response) =>
      json(response, 200, { redemptions: 'none', id: 7, customer: 1 }),
    );
    await expect(call(clientFor(server.url))).rejects.toThrow(VoucherifyInvalidResponseError);
  });
}

describe('createVoucherifyClient() customers and events', () => {
  const customer = { id: 'cust_1', source_id: 'ada', metadata: { vip: true }, object: 'customer' };
  const event = { object: 'event', type: 'signed_up', customer, referral: null, loyalty: null };
  postingMethods([
    [
      'customers.upsert',
      (client) => client.customers.upsert({ source_id: 'ada', metadata: { vip: true } }),
      customer,
      '/v1/customers',
      { source_id: 'ada', metadata: { vip: true } },
    ],
    [
      'events.track',
      (client) => client.events.track({ event: 'signed_up', customer: { source_id: 'ada' } }),
      event,
      '/v1/events',
      { event: 'signed_up', customer: { source_id: 'ada' } },
    ],
  ]);
});

const STACKABLE_EXAMPLES = [
  'examples/01-qualifications.json',
  'examples/05-redemptions-stackable.json',
  'examples/06-redemptions-rollback-single.json',
  'examples/07-redemptions-rollbacks-stackable.json',
] as const;

describeWithReference('createVoucherifyClient() stackable methods', [...STACKABLE_EXAMPLES], () => {
  const qualification = readExample('01-qualifications.json');
  const redemption = readExample('05-redemptions-stackable.json');
  const singleRollback = readExample('06-redemptions-rollback-single.json');
  const stackedRollback = readExample('07-redemptions-rollbacks-stackable.json');
  const rollbackResponses = singleRollback['responses'] as Record<string, unknown>;

  postingMethods([
    [
      'qualifications.checkEligibility',
      (client) => client.qualifications.checkEligibility({ scenario: 'ALL', options: { limit: 10 } }),
      qualification['response'],
      '/v1/qualifications',
      { scenario: 'ALL', options: { limit: 10 } },
    ],
    [
      'qualifications.customerWallet',
      (client) => client.qualifications.customerWallet({ customer: { source_id: 'ada' } }),
      qualification['response'],
      '/v1/qualifications',
      { customer: { source_id: 'ada' }, scenario: 'CUSTOMER_WALLET' },
    ],
    [
      'redemptions.redeem',
      (client) => client.redemptions.redeem(redemption['request'] as never),
      redemption['response'],
      '/v1/redemptions',
      redemption['request'],
    ],
    [
      'redemptions.rollback',
      (client) => client.redemptions.rollback('r_0ca286d222d2f7dc1f', { reason: 'payment failed' }),
      rollbackResponses['Promotion Tier'],
      '/v1/redemptions/r_0ca286d222d2f7dc1f/rollback?reason=payment+failed',
      { reason: 'payment failed' },
    ],
    [
      'redemptions.rollbackStackable',
      (client) =>
        client.redemptions.rollbackStackable('r_5J38i6KjSnkHYw3bwLB4v72j', { tracking_id: 'track_1' }),
      stackedRollback['response'],
      '/v1/redemptions/r_5J38i6KjSnkHYw3bwLB4v72j/rollbacks?tracking_id=track_1',
      { tracking_id: 'track_1' },
    ],
    [
      'redemptions.rollbackStackable without body',
      (client) => client.redemptions.rollbackStackable('r/odd id'),
      stackedRollback['response'],
      '/v1/redemptions/r%2Fodd%20id/rollbacks',
      {},
    ],
  ]);

  it('surfaces already_rolled_back as a VoucherifyApiError', async () => {
    const errors = stackedRollback['error_responses_400'] as Record<string, unknown>;
    server = await startTestServer((_, response) => json(response, 400, errors['Already rolled back']));
    const error = await clientFor(server.url)
      .redemptions.rollbackStackable('r_1')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, body: { key: 'already_rolled_back' } });
  });
});

describeWithReference(
  'createVoucherifyClient() reads of the spec’s orders and redemptions',
  ['readOnly-openAPI.json'],
  () => {
    const redemptions = operationExamples('get', '/v1/redemptions/{redemptionId}').responses;
    const listedOrders = (operationExamples('get', '/v1/orders').responses[0]?.[1] as { orders: unknown[] })
      .orders;

    it.each(redemptions)(
      'redemptions.get sends a GET without body and parses the spec example %s',
      async (_, reply) => {
        server = await startTestServer((_, response) => json(response, 200, reply));
        const result = await clientFor(server.url).redemptions.get('r_0bade27c428db5873e');

        expect(result).toEqual(reply);
        const [request] = server.received;
        expect(request).toMatchObject({
          method: 'GET',
          url: '/v1/redemptions/r_0bade27c428db5873e',
          body: '',
        });
        expect(request?.headers).toMatchObject({ 'x-app-id': 'app-id', 'x-app-token': 'app-token' });
        expect(request?.headers).not.toHaveProperty('content-type');
      },
    );

    it('orders.get finds an order by the store’s source id and reads the redemptions made for it', async () => {
      expect(listedOrders.length).toBeGreaterThan(0);
      for (const order of listedOrders) {
        server = await startTestServer((_, response) => json(response, 200, order));
        const result = await clientFor(server.url).orders.get('order 7/B');
        expect(result).toEqual(order);
        expect(server.received[0]).toMatchObject({
          method: 'GET',
          url: '/v1/orders/order%207%2FB',
          body: '',
        });
        await server.close();
        server = undefined;
      }
      const withRedemptions = listedOrders.find(
        (order) => Object.keys((order as { redemptions?: object }).redemptions ?? {}).length > 0,
      ) as { redemptions: Record<string, unknown> };
      server = await startTestServer((_, response) => json(response, 200, withRedemptions));
      const { redemptions: made } = await clientFor(server.url).orders.get('ord_1');
      expect(Object.keys(made ?? {})).toEqual(Object.keys(withRedemptions.redemptions));
    });
  },
);

describe('createVoucherifyClient() reads of an order and a redemption', () => {
  it('orders.get surfaces an order nobody redeemed for as a 404 VoucherifyApiError', async () => {
    const notFound = {
      code: 404,
      key: 'not_found',
      message: 'Resource not found',
      details: 'Cannot find order with id o-1',
      request_id: 'v-0a1b2c3d4e5f6a7b8c',
      resource_id: 'o-1',
      resource_type: 'order',
    };
    server = await startTestServer((_, response) => json(response, 404, notFound));
    const error = await clientFor(server.url)
      .orders.get('o-1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VoucherifyApiError);
    expect(error).toMatchObject({ status: 404, body: notFound });
  });

  it.each<[string, (client: ReturnType<typeof clientFor>) => Promise<unknown>]>([
    ['orders.get', (client) => client.orders.get('o-1')],
    ['redemptions.get', (client) => client.redemptions.get('r_1')],
  ])('%s rejects a 200 off its schema', async (_, call) => {
    server = await startTestServer((_, response) => json(response, 200, { id: 7, status: 'LOST' }));
    await expect(call(clientFor(server.url))).rejects.toThrow(VoucherifyInvalidResponseError);
  });
});

describe('createVoucherifyClient().vouchers.releaseSession', () => {
  it('sends a DELETE without body to the session of the voucher and resolves on 204', async () => {
    server = await startTestServer((_, response) => response.writeHead(204).end());
    const result = await clientFor(server.url, { apiVersion: 'v2018-08-01' }).vouchers.releaseSession(
      'GIFT 50/A',
      'ssn_yQGMTeKBSw8OOuFPwlBEjzGy8d8VA9Ts',
    );

    expect(result).toBeUndefined();
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request).toMatchObject({
      method: 'DELETE',
      url: '/v1/vouchers/GIFT%2050%2FA/sessions/ssn_yQGMTeKBSw8OOuFPwlBEjzGy8d8VA9Ts',
      body: '',
    });
    expect(request?.headers).toMatchObject({
      'x-app-id': 'app-id',
      'x-app-token': 'app-token',
      'x-voucherify-api-version': 'v2018-08-01',
    });
    expect(request?.headers).not.toHaveProperty('content-type');
  });

  it('throws VoucherifyApiError with the error body on 404, once, without retrying', async () => {
    const notFound = {
      code: 404,
      key: 'not_found',
      message: 'Resource not found',
      details: 'Cannot find session with key ssn_1 for voucher SAVE5',
      request_id: 'v-0a1b2c3d4e5f6a7b8c',
      resource_id: 'ssn_1',
      resource_type: 'session',
    };
    server = await startTestServer((_, response) => json(response, 404, notFound));
    const error = await clientFor(server.url)
      .vouchers.releaseSession('SAVE5', 'ssn_1')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VoucherifyApiError);
    expect(error).toMatchObject({ status: 404, body: notFound });
    expect(server.received).toHaveLength(1);
  });

  it('rethrows the caller abort reason', async () => {
    server = await startTestServer(() => undefined);
    const controller = new AbortController();
    const reason = new Error('request over');
    const pending = clientFor(server.url).vouchers.releaseSession('SAVE5', 'ssn_1', {
      signal: controller.signal,
    });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
