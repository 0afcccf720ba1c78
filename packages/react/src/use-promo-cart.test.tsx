import { type Cart, isPromoError } from '@promokit/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { promoHarness, serverAnswer, signIn } from './test-support/recording-client.js';
import { usePromoCart } from './use-promo-cart.js';

const sixty: Cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};
const thirty: Cart = { lines: [{ productId: 'cap', quantity: 1 }] };
const ninety: Cart = { lines: [{ productId: 'cap', quantity: 3 }] };

describe('usePromoCart', () => {
  it('loads server-priced totals, then applies a code without a second request', async () => {
    const { requests, events, wrapper } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty, { cartId: 'cart-1' }), { wrapper });
    await waitFor(() => expect(result.current.totals?.total).toBe(6000));

    let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
    await act(async () => {
      outcome = await result.current.apply(' welcome10 ');
    });

    // The code keeps the spelling the shopper typed: in its chip, its status and its events.
    expect(outcome).toMatchObject({ status: 'applied', applied: { code: 'welcome10', discount: 600 } });
    expect(result.current.codes).toEqual(['welcome10']);
    expect(result.current.items).toMatchObject([{ code: 'welcome10', status: 'applied' }]);
    expect(result.current.totals).toEqual({ currency: 'USD', subtotal: 6000, discount: 600, total: 5400 });
    expect(requests).toHaveLength(2);
    expect(events).toEqual([
      { name: 'Coupon Entered', properties: { coupon_id: 'welcome10', cart_id: 'cart-1' } },
      {
        name: 'Coupon Applied',
        properties: expect.objectContaining({ coupon_id: 'welcome10', cart_id: 'cart-1', discount: 6 }),
      },
    ]);
  });

  it('shows a code as pending while it is being added', async () => {
    const { wrapper, hold, release } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await waitFor(() => expect(result.current.totals).toBeDefined());

    hold();
    let applying: Promise<unknown> = Promise.resolve();
    act(() => {
      applying = result.current.apply('SAVE5');
    });
    expect(result.current.items).toEqual([
      { code: 'SAVE5', status: 'adding', applied: undefined, rejection: undefined },
    ]);
    expect(result.current.totals?.discount).toBe(0);

    release();
    await act(() => applying);
    expect(result.current.items).toMatchObject([{ code: 'SAVE5', status: 'applied' }]);
  });

  it('stacks codes in the order they were added', async () => {
    const { wrapper } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await act(async () => {
      await result.current.apply('WELCOME10');
    });
    await act(async () => {
      await result.current.apply('SAVE5');
    });
    expect(result.current.codes).toEqual(['WELCOME10', 'SAVE5']);
    expect(result.current.applied.map((item) => item.code)).toEqual(['WELCOME10', 'SAVE5']);
    expect(result.current.totals?.discount).toBe(600 + 500);
  });

  it('keeps a rejected code out of the cart and says why', async () => {
    const { events, wrapper } = promoHarness();
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
    expect(result.current.items).toEqual([]);
    expect(events.at(-1)).toEqual({
      name: 'Coupon Denied',
      properties: { coupon_id: 'WELCOME10', reason: 'cart_below_minimum' },
    });
  });

  it('refuses a code that would push applied ones out, naming them', async () => {
    const { events, wrapper } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await act(async () => {
      await result.current.apply('WELCOME10');
    });
    let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
    await act(async () => {
      outcome = await result.current.apply('CLEARANCE30');
    });
    expect(outcome).toEqual({
      status: 'rejected',
      rejection: { reason: 'not_combinable', code: 'CLEARANCE30', conflictsWith: ['WELCOME10'] },
    });
    expect(result.current.codes).toEqual(['WELCOME10']);
    expect(result.current.applied.map((item) => item.code)).toEqual(['WELCOME10']);
    expect(events.at(-1)).toMatchObject({ name: 'Coupon Denied', properties: { reason: 'not_combinable' } });

    await act(async () => {
      await result.current.remove('WELCOME10');
    });
    await act(async () => {
      outcome = await result.current.apply('CLEARANCE30');
    });
    expect(outcome).toMatchObject({ status: 'applied', applied: { code: 'CLEARANCE30' } });
  });

  it('uses part of a gift card, changes the part, and keeps it across a reload', async () => {
    const headers = { cookie: await signIn('loyalty-member') };
    const first = promoHarness({}, { headers });
    const { result, unmount } = renderHook(() => usePromoCart(ninety), { wrapper: first.wrapper });
    await act(async () => {
      await result.current.apply({ code: 'GIFT-5000-DEMO', amount: 2000 });
    });
    expect(result.current.applied).toMatchObject([{ code: 'GIFT-5000-DEMO', discount: 2000 }]);
    expect(first.sent('validate').at(-1)?.body.codes).toEqual([{ code: 'GIFT-5000-DEMO', amount: 2000 }]);

    await act(async () => {
      await result.current.apply({ code: 'GIFT-5000-DEMO', amount: 1500 });
    });
    expect(result.current.codes).toEqual(['GIFT-5000-DEMO']);
    expect(result.current.applied).toMatchObject([{ code: 'GIFT-5000-DEMO', discount: 1500 }]);
    unmount();

    const second = promoHarness({}, { headers });
    const reloaded = renderHook(() => usePromoCart(ninety), { wrapper: second.wrapper });
    await waitFor(() =>
      expect(reloaded.result.current.applied).toMatchObject([{ code: 'GIFT-5000-DEMO', discount: 1500 }]),
    );
    expect(second.sent('validate')[0]?.body.codes).toEqual([{ code: 'GIFT-5000-DEMO', amount: 1500 }]);
  });

  it('rejects on a service failure and leaves no pending code behind', async () => {
    const { wrapper } = promoHarness();
    const unknownProduct: Cart = { lines: [{ productId: 'no-such-product', quantity: 1 }] };
    const { result } = renderHook(() => usePromoCart(unknownProduct), { wrapper });
    await waitFor(() => expect(result.current.error?.code).toBe('bad_request'));

    let failure: unknown;
    await act(async () => {
      failure = await result.current.apply('SAVE5').catch((error: unknown) => error);
    });
    expect(isPromoError(failure, 'bad_request')).toBe(true);
    expect(result.current.items).toEqual([]);
  });

  it('revalidates applied codes when the cart changes and never shows the old cart’s totals', async () => {
    const { wrapper } = promoHarness();
    const { result, rerender } = renderHook(({ cart }) => usePromoCart(cart, { debounceMs: 0 }), {
      wrapper,
      initialProps: { cart: sixty },
    });
    await act(async () => {
      await result.current.apply('WELCOME10');
    });
    rerender({ cart: thirty });
    expect(result.current.totals).toBeUndefined();
    expect(result.current.items).toMatchObject([{ code: 'WELCOME10', status: 'checking' }]);
    await waitFor(() =>
      expect(result.current.totals).toEqual({ currency: 'USD', subtotal: 3000, discount: 0, total: 3000 }),
    );
    expect(result.current.applied).toEqual([]);
    expect(result.current.items).toEqual([
      {
        code: 'WELCOME10',
        status: 'rejected',
        applied: undefined,
        rejection: { reason: 'cart_below_minimum', code: 'WELCOME10', missingAmount: 2000 },
      },
    ]);

    rerender({ cart: ninety });
    await waitFor(() =>
      expect(result.current.items).toMatchObject([{ code: 'WELCOME10', status: 'applied' }]),
    );
    expect(result.current.totals).toEqual((await serverAnswer(ninety, ['WELCOME10'])).totals);
  });

  it('waits for cart edits to settle and validates only the last cart', async () => {
    const { wrapper, sent } = promoHarness();
    const { result, rerender } = renderHook(({ cart }) => usePromoCart(cart, { debounceMs: 200 }), {
      wrapper,
      initialProps: { cart: sixty },
    });
    await waitFor(() => expect(result.current.totals?.total).toBe(6000));
    const quantities = [2, 3, 4, 5];
    for (const quantity of quantities) rerender({ cart: { lines: [{ productId: 'cap', quantity }] } });

    await waitFor(() => expect(result.current.totals?.subtotal).toBe(15_000));
    const carts = sent('validate').map((request) => JSON.stringify(request.body.cart));
    expect(carts).toEqual([
      JSON.stringify(sixty),
      JSON.stringify({ lines: [{ productId: 'cap', quantity: 5 }] }),
    ]);
  });

  it('aborts a validation for a cart that changed while it was in flight', async () => {
    const { wrapper, sent, hold, release } = promoHarness();
    hold();
    const { result, rerender } = renderHook(({ cart }) => usePromoCart(cart, { debounceMs: 0 }), {
      wrapper,
      initialProps: { cart: sixty },
    });
    await waitFor(() => expect(sent('validate')).toHaveLength(1));
    const old = sent('validate')[0];

    rerender({ cart: thirty });
    await waitFor(() => expect(old?.signal?.aborted).toBe(true));
    release();
    await waitFor(() => expect(result.current.totals?.total).toBe(3000));
  });

  it('shows a code as removing until the totals without it arrive', async () => {
    const { events, wrapper, hold, release } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await act(async () => {
      await result.current.apply('WELCOME10');
    });

    hold();
    let removing: Promise<void> = Promise.resolve();
    act(() => {
      removing = result.current.remove('welcome10');
    });
    expect(result.current.items).toMatchObject([{ code: 'WELCOME10', status: 'removing' }]);
    expect(result.current.totals?.discount).toBe(600);

    release();
    await act(() => removing);
    expect(result.current.codes).toEqual([]);
    expect(result.current.items).toEqual([]);
    expect(result.current.totals?.total).toBe(6000);
    expect(events.at(-1)).toEqual({
      name: 'Coupon Removed',
      properties: expect.objectContaining({ coupon_id: 'WELCOME10', discount: 6 }),
    });
  });

  it('asks the server again on removal, even with the answer without the code cached', async () => {
    const { wrapper, requests, sent } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await waitFor(() => expect(result.current.totals?.total).toBe(6000));
    await act(async () => {
      await result.current.apply('SAVE5');
    });
    expect(sent('validate', [])).toHaveLength(1);

    await act(async () => {
      await result.current.remove('SAVE5');
    });
    // One request per removal: the validation without the code, which releases its lock.
    expect(sent('validate', [])).toHaveLength(2);
    expect(requests).toHaveLength(3);
    expect(result.current.codes).toEqual([]);
    expect(result.current.totals).toEqual({ currency: 'USD', subtotal: 6000, discount: 0, total: 6000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(3);
  });

  it('removes a code once when asked twice while the first removal is on its way', async () => {
    const { wrapper, events, sent } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await act(async () => {
      await result.current.apply('SAVE5');
    });

    await act(async () => {
      await Promise.all([result.current.remove('SAVE5'), result.current.remove('save5')]);
    });
    expect(sent('validate', [])).toHaveLength(2);
    expect(events.filter((event) => event.name === 'Coupon Removed')).toHaveLength(1);
    expect(result.current.codes).toEqual([]);
  });

  it('adds codes one after another, so a clash with a code still on its way is caught', async () => {
    const { wrapper } = promoHarness();
    const toteAndCap: Cart = {
      lines: [
        { productId: 'tote', quantity: 1 },
        { productId: 'cap', quantity: 1 },
      ],
    };
    const { result } = renderHook(() => usePromoCart(toteAndCap), { wrapper });
    await waitFor(() => expect(result.current.totals).toBeDefined());

    let outcomes: unknown[] = [];
    await act(async () => {
      // A wallet's one-click apply and a typed code, both before either answer arrives.
      outcomes = await Promise.all([result.current.apply('WELCOME10'), result.current.apply('CLEARANCE30')]);
    });
    expect(outcomes).toMatchObject([
      { status: 'applied' },
      { status: 'rejected', rejection: { reason: 'not_combinable', conflictsWith: ['WELCOME10'] } },
    ]);
    expect(result.current.codes).toEqual(['WELCOME10']);
  });

  it('shares the codes between every component below one provider', async () => {
    const { wrapper } = promoHarness();
    const { result } = renderHook(() => ({ cart: usePromoCart(sixty), checkout: usePromoCart(sixty) }), {
      wrapper,
    });
    await act(async () => {
      await result.current.cart.apply('SAVE5');
    });
    expect(result.current.checkout.codes).toEqual(['SAVE5']);
    expect(result.current.checkout.totals?.discount).toBe(500);
  });

  it('keeps the codes, not their results, across a reload', async () => {
    const first = promoHarness();
    const before = renderHook(() => usePromoCart(sixty), { wrapper: first.wrapper });
    await act(async () => {
      await before.result.current.apply('WELCOME10');
    });
    before.unmount();
    expect(JSON.parse(sessionStorage.getItem('promokit:codes') ?? 'null')).toEqual(['WELCOME10']);

    const reloaded = promoHarness();
    const after = renderHook(() => usePromoCart(thirty), { wrapper: reloaded.wrapper });
    await waitFor(() => expect(after.result.current.items).toMatchObject([{ status: 'rejected' }]));
    expect(after.result.current.codes).toEqual(['WELCOME10']);
    expect(reloaded.sent('validate').map((request) => request.body.codes)).toEqual([['WELCOME10']]);
  });

  it('keeps codes in localStorage or nowhere when told to', async () => {
    const local = promoHarness({ persistCodes: 'local' });
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper: local.wrapper });
    await act(async () => {
      await result.current.apply('SAVE5');
    });
    expect(localStorage.getItem('promokit:codes')).toBe('["SAVE5"]');
    expect(sessionStorage.getItem('promokit:codes')).toBeNull();

    const none = promoHarness({ persistCodes: 'none' });
    const forgetful = renderHook(() => usePromoCart(sixty), { wrapper: none.wrapper });
    await waitFor(() => expect(forgetful.result.current.totals).toBeDefined());
    expect(forgetful.result.current.codes).toEqual([]);
  });

  it('forgets every code on clear', async () => {
    const { wrapper } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await act(async () => {
      await result.current.apply('SAVE5');
    });
    act(() => result.current.clear());
    expect(result.current.codes).toEqual([]);
    expect(sessionStorage.getItem('promokit:codes')).toBeNull();
    await waitFor(() => expect(result.current.totals?.discount).toBe(0));
  });

  it('exposes the promotions the server applied automatically', async () => {
    const { wrapper } = promoHarness();
    const { result } = renderHook(() => usePromoCart(ninety), { wrapper });
    await waitFor(() => expect(result.current.totals).toBeDefined());
    const direct = await serverAnswer(ninety, []);
    expect(result.current.promotions).toEqual(direct.promotions);
    expect(result.current.totals).toEqual(direct.totals);
  });

  it('names itself when used outside PromoProvider', () => {
    expect(() => renderHook(() => usePromoCart(sixty))).toThrow(
      'usePromoCart must be used inside <PromoProvider>.',
    );
  });
});
