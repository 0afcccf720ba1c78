import { createServer } from 'node:net';

import { VoucherifyApiError } from '@promokit/voucherify';
import { afterEach, describe, expect, it } from 'vitest';

import { freePort } from './test-support/free-port.js';
import { type MisbehavingUpstream, misbehavingUpstream } from './test-support/misbehaving-upstream.js';
import { redeemFailure } from './redeem-failure.js';
import { voucherifyUpstream } from './upstream.js';
import { UpstreamUnavailableError } from './upstream-unavailable-error.js';

let server: MisbehavingUpstream | undefined;
afterEach(() => server?.close());

/** What a real redemption call to `baseUrl` fails with. */
async function redeemAt(baseUrl: string, timeoutMs = 2000): Promise<unknown> {
  const upstream = voucherifyUpstream({ baseUrl, appId: 'a', appToken: 't', timeoutMs });
  return upstream.redeem({ redeemables: [{ object: 'voucher', id: 'SAVE5' }] }).then(
    () => {
      throw new Error('the redemption was expected to fail');
    },
    (error: unknown) => error,
  );
}

describe('redeemFailure: what a failed redemption call says about the order', () => {
  it('nothing was sent when the connection is refused or the circuit is open', async () => {
    expect(redeemFailure(await redeemAt(`http://127.0.0.1:${await freePort()}`))).toBe('not_sent');
    expect(redeemFailure(new UpstreamUnavailableError(Date.now() + 1000))).toBe('not_sent');
  });

  it('nothing was booked when upstream refused or throttled it', async () => {
    server = await misbehavingUpstream((_, response) =>
      response.writeHead(400).end('{"code":400,"key":"quantity_exceeded","message":"quantity exceeded"}'),
    );
    expect(redeemFailure(await redeemAt(server.url))).toBe('refused');
    await server.close();
    server = await misbehavingUpstream((_, response) =>
      response.writeHead(429, { 'retry-after': '1' }).end('{"code":429,"message":"Too many requests"}'),
    );
    expect(redeemFailure(await redeemAt(server.url))).toBe('not_sent');
  });

  it('the outcome is unknown after a 5xx, a timeout, a dropped connection or an unreadable answer', async () => {
    server = await misbehavingUpstream((_, response) => response.writeHead(503).end());
    expect(redeemFailure(await redeemAt(server.url))).toBe('in_doubt');
    await server.close();
    server = await misbehavingUpstream(() => {});
    expect(redeemFailure(await redeemAt(server.url, 200))).toBe('in_doubt');
    await server.close();
    server = await misbehavingUpstream((request) => request.socket.destroy());
    expect(redeemFailure(await redeemAt(server.url))).toBe('in_doubt');
    await server.close();
    server = await misbehavingUpstream((_, response) => response.writeHead(200).end('{"booked":'));
    expect(redeemFailure(await redeemAt(server.url))).toBe('in_doubt');
    expect(redeemFailure(new DOMException('budget spent', 'TimeoutError'))).toBe('in_doubt');
    expect(
      redeemFailure(new VoucherifyApiError({ status: 500, body: undefined, retryAfter: undefined })),
    ).toBe('in_doubt');
  });

  it('a connection that takes the request then closes is not a refused one', async () => {
    // A server that accepts the connection and closes it at once: the request may have been read.
    const closing = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
    const { port } = closing.address() as { port: number };
    try {
      expect(redeemFailure(await redeemAt(`http://127.0.0.1:${port}`))).toBe('in_doubt');
    } finally {
      closing.close();
    }
  });
});
