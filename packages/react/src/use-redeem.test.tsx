import { isPromoError } from '@promokit/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { promoHarness, signIn } from './test-support/recording-client.js';
import { useRedeem } from './use-redeem.js';
import { useRollback } from './use-rollback.js';
import { useWallet } from './use-wallet.js';

const cart = { lines: [{ productId: 'cap', quantity: 1 }] };

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
    expect(first).toMatchObject({ status: 'redeemed', orderId, totals: { discount: 500, total: 2500 } });
    expect(again).toEqual(first);
    await waitFor(() => expect(sent('wallet')).toHaveLength(3));

    const rolledBack = await act(() =>
      result.current.rollback.mutateAsync({ orderId, reason: 'payment failed' }),
    );
    expect(rolledBack).toEqual({ orderId, status: 'rolled_back' });
    await waitFor(() => expect(sent('wallet')).toHaveLength(4));
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
