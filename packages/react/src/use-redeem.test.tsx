import { type Cart, isPromoError } from '@promokit/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';

import { promoHarness, recordingClient, signIn } from './test-support/recording-client.js';
import { usePromoCart } from './use-promo-cart.js';
import { useRedeem } from './use-redeem.js';
import { useRollback } from './use-rollback.js';
import { useWallet } from './use-wallet.js';

// Priced by the demo BFF from its catalog (packages/bff/src/demo-catalog.json): cap 30.00, mug 25.00,
// tote 35.00, and a 6.95 flat shipping rate; free shipping starts at 75.00, shipping included.
const cart: Cart = { lines: [{ productId: 'cap', quantity: 1 }] };
const sixty: Cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

describe('useRedeem and useRollback', () => {
  it('redeem an order once, roll it back, and refresh the wallet each time', async () => {
    const { wrapper, sent } = promoHarness({}, { headers: { cookie: await signIn('returning-customer') } });
    const { result } = renderHook(
      () => ({ redeem: useRedeem(), rollback: useRollback(), wallet: useWallet() }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.wallet.isSuccess).toBe(true));
    const orderId = `order-${crypto.randomUUID()}`;

    const first = await act(() => result.current.redeem.mutateAsync({ orderId, cart, codes: ['SAVE5'] }));
    const again = await act(() => result.current.redeem.mutateAsync({ orderId, cart, codes: ['SAVE5'] }));
    // 30.00 of goods and 6.95 of shipping, less SAVE5's 5.00.
    expect(first).toMatchObject({
      status: 'redeemed',
      orderId,
      rejected: [],
      totals: { shipping: 695, discount: 500, total: 3695 - 500, paid: [], due: 3695 - 500 },
    });
    expect(again).toEqual(first);
    await waitFor(() => expect(sent('wallet')).toHaveLength(3));

    const rolledBack = await act(() =>
      result.current.rollback.mutateAsync({ orderId, reason: 'payment failed' }),
    );
    expect(rolledBack).toEqual({ orderId, status: 'rolled_back' });
    await waitFor(() => expect(sent('wallet')).toHaveLength(4));
  });

  it('books nothing when the order would cost other than shown, refreshes the totals, then books at them', async () => {
    const cookie = await signIn('returning-customer');
    const { wrapper, sent } = promoHarness({}, { headers: { cookie } });
    const { result } = renderHook(() => ({ promo: usePromoCart(sixty), redeem: useRedeem() }), { wrapper });
    await act(async () => {
      await result.current.promo.apply('ONCE10');
    });
    // 60.00 of goods and 6.95 of shipping, less ONCE10's 10.00.
    expect(result.current.promo.totals?.due).toBe(6695 - 1000);
    const shown = result.current.promo.totals?.due;

    // The shopper's other tab places another order with the code's only use.
    const otherTab = recordingClient({ headers: { cookie } }).client;
    const otherOrderId = `order-${crypto.randomUUID()}`;
    const other = await otherTab.redeem({ orderId: otherOrderId, cart, codes: ['ONCE10'] });
    try {
      expect(other).toMatchObject({ status: 'redeemed', applied: [{ code: 'ONCE10', discount: 1000 }] });

      const orderId = `order-${crypto.randomUUID()}`;
      const codes = [...result.current.promo.entries];
      const validations = sent('validate').length;
      const refused = await act(() =>
        result.current.redeem.mutateAsync({ orderId, cart: sixty, codes, expectedDue: shown }),
      );
      // Without ONCE10 the order costs its full 66.95, not the 56.95 shown: nothing is booked.
      const fullPrice = {
        currency: 'USD',
        subtotal: 6000,
        shipping: 695,
        discount: 0,
        shippingDiscount: 0,
        total: 6695,
        paid: [],
        due: 6695,
      };
      const usedUp = { reason: 'usage_limit_reached', code: 'ONCE10' };
      expect(refused).toEqual({ status: 'rejected', orderId, rejected: [usedUp], totals: fullPrice });

      // The cart's answer is asked again, so the new total is on screen before the shopper retries.
      await waitFor(() => expect(result.current.promo.totals).toEqual(fullPrice));
      expect(result.current.promo.items).toEqual([
        { code: 'ONCE10', status: 'rejected', applied: undefined, rejection: usedUp },
      ]);
      expect(sent('validate')).toHaveLength(validations + 1);

      // Placed again at the total now shown, under the same order id (nothing was booked for it):
      // the order goes on without the code, which is listed as what dropped out.
      const placed = await act(() =>
        result.current.redeem.mutateAsync({
          orderId,
          cart: sixty,
          codes,
          expectedDue: result.current.promo.totals?.due,
        }),
      );
      expect(placed).toEqual({
        status: 'redeemed',
        orderId,
        applied: [],
        promotions: [],
        rejected: [usedUp],
        totals: fullPrice,
      });
    } finally {
      // Gives the run's shared demo BFF its ONCE10 back.
      if (other.status === 'redeemed') await otherTab.rollback({ orderId: otherOrderId });
    }
  });

  it('refuses to roll back someone else’s order, without retrying', async () => {
    const owner = promoHarness({}, { headers: { cookie: await signIn('returning-customer') } });
    const orderId = `order-${crypto.randomUUID()}`;
    await owner.client.redeem({ orderId, cart, codes: ['SAVE5'] });

    const stranger = promoHarness();
    const { result } = renderHook(() => useRollback(), { wrapper: stranger.wrapper });
    const failure = await act(() => result.current.mutateAsync({ orderId }).catch((error: unknown) => error));
    expect(isPromoError(failure, 'forbidden')).toBe(true);
    expect(stranger.sent('rollback')).toHaveLength(1);
  });
});

describe('useRedeem when the BFF cannot tell whether a redemption was booked', () => {
  // The faulty demo BFF gives up on a redemption after 300 ms: the first one of a `lost-once-` order
  // lands 600 ms after it was sent, and those of a `hung-` order never do.
  const rainShell: Cart = { lines: [{ productId: 'rain-shell', quantity: 1 }] };
  const faulty = async () =>
    promoHarness(
      {},
      { baseUrl: inject('promoFaultyBffUrl'), headers: { cookie: await signIn('returning-customer') } },
    );

  it('asks again with the same order id, and resolves redeemed once the BFF finds the redemption booked', async () => {
    const { wrapper, sent, client } = await faulty();
    const shown = await client.validate({ cart: rainShell, codes: ['SAVE5'] });
    const { result } = renderHook(() => useRedeem(), { wrapper });
    const orderId = `lost-once-${crypto.randomUUID()}`;
    const request = { orderId, cart: rainShell, codes: ['SAVE5'], expectedDue: shown.totals.due };

    const answer = await act(() => result.current.mutateAsync(request));
    expect(answer).toMatchObject({
      status: 'redeemed',
      orderId,
      applied: [{ code: 'SAVE5', discount: 500 }],
      totals: shown.totals,
    });
    // The first answer was unknown; the second, the same request, found what was booked.
    expect(sent('redeem').map((item) => item.body)).toEqual([request, request]);
  });

  it('resolves unknown with the totals shown after asking twice more, a second apart, when it hangs', async () => {
    const { wrapper, sent, client } = await faulty();
    const shown = await client.validate({ cart: rainShell, codes: ['SAVE5'] });
    const { result } = renderHook(() => useRedeem(), { wrapper });
    const orderId = `hung-${crypto.randomUUID()}`;
    const request = { orderId, cart: rainShell, codes: ['SAVE5'], expectedDue: shown.totals.due };

    const started = performance.now();
    const answer = await act(() => result.current.mutateAsync(request));
    expect(answer).toEqual({ status: 'unknown', orderId, totals: shown.totals, retryAfter: 1 });
    expect(performance.now() - started).toBeGreaterThan(2000);
    expect(sent('redeem').map((item) => item.body)).toEqual([request, request, request]);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(answer);
  });
});
