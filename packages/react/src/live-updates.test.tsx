import { type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { renderHook, waitFor } from '@testing-library/react';
import { EventSource } from 'eventsource';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { PromoLiveUpdates } from './promo-live-updates.js';
import { promoHarness } from './test-support/recording-client.js';
import { usePromoCart } from './use-promo-cart.js';
import { useWallet } from './use-wallet.js';

/** A stream in the BFF's `GET /events` format: `ready` on connect, then `invalidate` events. */
const streams = new Set<ServerResponse>();
let connections = 0;
const server = createServer((_request, response) => {
  connections += 1;
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  response.write('retry: 10\nevent: ready\ndata: {}\n\n');
  streams.add(response);
  response.on('close', () => streams.delete(response));
});
const send = (routes: string[]): void => {
  for (const stream of streams) {
    stream.write(`event: invalidate\ndata: ${JSON.stringify({ routes, cause: 'campaign.updated' })}\n\n`);
  }
};

let url = '';
beforeAll(async () => {
  vi.stubGlobal('EventSource', EventSource);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await new Promise((resolve) => server.close(resolve));
});

const cart = { lines: [{ productId: 'cap', quantity: 1 }] };

describe('live updates', () => {
  it('refetches what each invalidation names, and everything after a reconnection', async () => {
    const { wrapper: Harness, sent } = promoHarness();
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <Harness>
        <PromoLiveUpdates url={url} />
        {children}
      </Harness>
    );
    const { result, unmount } = renderHook(() => ({ cart: usePromoCart(cart), wallet: useWallet() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.cart.totals).toBeDefined());
    await waitFor(() => expect(result.current.wallet.isPending).toBe(false));
    await waitFor(() => expect(streams.size).toBe(1));
    expect([sent('validate').length, sent('wallet').length]).toEqual([1, 1]);

    send(['validate']);
    await waitFor(() => expect(sent('validate')).toHaveLength(2));
    expect(sent('wallet')).toHaveLength(1);

    send(['wallet', 'redeem']);
    await waitFor(() => expect(sent('wallet')).toHaveLength(2));
    expect(sent('validate')).toHaveLength(2);

    for (const stream of streams) stream.destroy();
    await waitFor(() => expect(connections).toBe(2));
    await waitFor(() => expect([sent('validate').length, sent('wallet').length]).toEqual([3, 3]));

    unmount();
    await waitFor(() => expect(streams.size).toBe(0));
  });
});
