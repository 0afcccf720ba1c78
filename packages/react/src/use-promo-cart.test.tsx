import { type Cart, createPromoClient } from '@promokit/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, inject, it } from 'vitest';

import type { PromoEvent } from './events.js';
import { PromoProvider } from './promo-provider.js';
import { usePromoCart } from './use-promo-cart.js';

const baseUrl = inject('promoBffUrl');

/** The in-process BFF, with every request body recorded so tests can count calls. */
function setup() {
  const requests: unknown[] = [];
  const events: PromoEvent[] = [];
  const client = createPromoClient({
    baseUrl,
    fetch: async (input, init) => {
      requests.push(JSON.parse(String(init?.body)));
      return fetch(input, init);
    },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PromoProvider client={client} onEvent={(event) => events.push(event)}>
      {children}
    </PromoProvider>
  );
  return { requests, events, wrapper };
}

const sixty: Cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};
const thirty: Cart = { lines: [{ productId: 'cap', quantity: 1 }] };

describe('usePromoCart', () => {
  it('loads server-priced totals, then applies a code without a second request', async () => {
    const { requests, events, wrapper } = setup();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await waitFor(() => expect(result.current.totals?.total).toBe(6000));

    let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
    await act(async () => {
      outcome = await result.current.apply(' welcome10 ');
    });

    expect(outcome).toMatchObject({ status: 'applied', applied: { code: 'WELCOME10', discount: 600 } });
    expect(result.current.codes).toEqual(['WELCOME10']);
    expect(result.current.totals).toEqual({ currency: 'USD', subtotal: 6000, discount: 600, total: 5400 });
    expect(requests).toHaveLength(2);
    expect(events.map((event) => event.name)).toEqual(['Coupon Entered', 'Coupon Applied']);
  });

  it('keeps a rejected code out of the cart and says why', async () => {
    const { events, wrapper } = setup();
    const { result } = renderHook(() => usePromoCart(thirty), { wrapper });
    let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
    await act(async () => {
      outcome = await result.current.apply('WELCOME10');
    });
    expect(outcome).toEqual({
      status: 'rejected',
      rejection: { reason: 'cart_below_minimum', code: 'WELCOME10', missingAmount: 2000 },
    });
    expect(result.current.codes).toEqual([]);
    expect(events.at(-1)).toEqual({
      name: 'Coupon Denied',
      properties: { coupon_id: 'WELCOME10', reason: 'cart_below_minimum' },
    });
  });

  it('revalidates applied codes when the cart changes and never shows the old cart’s totals', async () => {
    const { wrapper } = setup();
    const { result, rerender } = renderHook(({ cart }) => usePromoCart(cart), {
      wrapper,
      initialProps: { cart: sixty },
    });
    await act(async () => {
      await result.current.apply('WELCOME10');
    });
    rerender({ cart: thirty });
    expect(result.current.totals).toBeUndefined();
    await waitFor(() =>
      expect(result.current.totals).toEqual({ currency: 'USD', subtotal: 3000, discount: 0, total: 3000 }),
    );
    expect(result.current.applied).toEqual([]);
  });

  it('removes a code', async () => {
    const { events, wrapper } = setup();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await act(async () => {
      await result.current.apply('WELCOME10');
    });
    act(() => result.current.remove('WELCOME10'));
    await waitFor(() => expect(result.current.totals?.total).toBe(6000));
    expect(result.current.codes).toEqual([]);
    expect(events.at(-1)).toEqual({ name: 'Coupon Removed', properties: { coupon_id: 'WELCOME10' } });
  });

  it('names itself when used outside PromoProvider', () => {
    expect(() => renderHook(() => usePromoCart(sixty))).toThrow(
      'usePromoCart must be used inside <PromoProvider>.',
    );
  });
});
