import type { ServerResponse } from 'node:http';

import { afterEach, describe, expect, it } from 'vitest';

import {
  VoucherifyApiError,
  VoucherifyClientError,
  VoucherifyInvalidResponseError,
  VoucherifyNetworkError,
  VoucherifyTimeoutError,
} from './client-errors.js';
import { readExample } from './test-support/examples.js';
import { startTestServer, type TestServer } from './test-support/http-server.js';
import type { ValidationsValidateRequestBody } from './validations-validate-request-body.js';
import { createVoucherifyClient } from './voucherify-client.js';

const valid = readExample('02-validations-valid-5-redeemables.json');
const invalidPayload = (readExample('04-validations-400-errors.json').responses as Record<string, unknown>)[
  'Invalid payload'
];
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
  it('posts the body with credentials and returns the parsed response', async () => {
    server = await startTestServer((_, response) => json(response, 200, valid.response));
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
  });

  it('sends no API version header unless configured', async () => {
    server = await startTestServer((_, response) => json(response, 200, valid.response));
    await clientFor(server.url).validations.validate(body);
    expect(server.received[0]?.headers).not.toHaveProperty('x-voucherify-api-version');
  });

  it('throws VoucherifyApiError with the parsed error body on 400', async () => {
    server = await startTestServer((_, response) => json(response, 400, invalidPayload));
    const error = await clientFor(server.url)
      .validations.validate(body)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VoucherifyApiError);
    expect(error).toBeInstanceOf(VoucherifyClientError);
    expect(error).toMatchObject({ status: 400, body: { key: 'invalid_payload' }, retryAfter: undefined });
  });

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
