import { type Cart, isPromoError } from '@promokit/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { promoHarness, serverAnswer, signIn } from './test-support/recording-client.js';
import { usePromoCart } from './use-promo-cart.js';

// Priced by the demo BFF from its catalog (packages/bff/src/demo-catalog.json): mug 25.00, tote 35.00,
// cap 30.00, and a 6.95 flat shipping rate sent upstream as the order's shipping line. The demo seed's
// minimums (WELCOME10 from 50.00, free shipping from 75.00) and order-level percentages count that
// line, as Voucherify does; percentages round half up to the cent.
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
    // 60.00 of goods and 6.95 of shipping; 66.95 is below the 75.00 of free shipping.
    await waitFor(() => expect(result.current.totals?.total).toBe(6695));

    let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
    await act(async () => {
      outcome = await result.current.apply(' welcome10 ');
    });

    // The code keeps the spelling the shopper typed: in its chip, its status and its events.
    // 10 % of 60.00 of goods and 6.95 of shipping: 6.695, rounded half up.
    expect(outcome).toMatchObject({ status: 'applied', applied: { code: 'welcome10', discount: 670 } });
    expect(result.current.codes).toEqual(['welcome10']);
    expect(result.current.items).toMatchObject([{ code: 'welcome10', status: 'applied' }]);
    expect(result.current.totals).toEqual({
      currency: 'USD',
      subtotal: 6000,
      shipping: 695,
      discount: 670,
      shippingDiscount: 0,
      total: 6695 - 670,
      paid: [],
      due: 6695 - 670,
    });
    expect(requests).toHaveLength(2);
    expect(events).toEqual([
      { name: 'Coupon Entered', properties: { coupon_id: 'welcome10', cart_id: 'cart-1' } },
      {
        name: 'Coupon Applied',
        properties: expect.objectContaining({ coupon_id: 'welcome10', cart_id: 'cart-1', discount: 6.7 }),
      },
    ]);
  });

  it('applies a code entered again without reporting it applied a second time', async () => {
    const { events, wrapper } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await waitFor(() => expect(result.current.totals).toBeDefined());
    for (const typed of ['WELCOME10', 'WELCOME10']) {
      let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
      await act(async () => {
        outcome = await result.current.apply(typed);
      });
      expect(outcome).toMatchObject({ status: 'applied', applied: { code: 'WELCOME10', discount: 670 } });
    }
    expect(result.current.codes).toEqual(['WELCOME10']);
    expect(events.map((event) => event.name)).toEqual(['Coupon Entered', 'Coupon Applied', 'Coupon Entered']);
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
    // WELCOME10 first, on all of 66.95 (6.70), then SAVE5's 5.00; the other way round WELCOME10
    // would take 10 % of the 61.95 SAVE5 left (6.20).
    expect(result.current.applied.map((item) => item.discount)).toEqual([670, 500]);
    expect(result.current.totals).toMatchObject({ discount: 670 + 500, total: 6695 - 670 - 500 });
  });

  it('keeps a rejected code out of the cart and says why', async () => {
    const { events, wrapper } = promoHarness();
    const { result } = renderHook(() => usePromoCart(thirty), { wrapper });
    let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
    await act(async () => {
      outcome = await result.current.apply('WELCOME10');
    });
    // WELCOME10 needs 50.00; 30.00 of goods and 6.95 of shipping count 36.95 of it.
    expect(outcome).toEqual({
      status: 'rejected',
      rejection: { reason: 'cart_below_minimum', code: 'WELCOME10', missingAmount: 5000 - 3695 },
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
      rejection: {
        reason: 'not_combinable',
        code: 'CLEARANCE30',
        conflictsWith: ['WELCOME10'],
        promotions: [],
      },
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

  describe('when a code would push automatic promotions out', () => {
    // Three Trail Mugs: "Buy 2 mugs, get 1 free" (the Mug trio campaign) and free shipping apply
    // automatically. CLEARANCE30 is exclusive: upstream leaves out every redeemable not always
    // combinable, so the mug promotion goes, and free shipping stays.
    const threeMugs: Cart = { lines: [{ productId: 'mug', quantity: 3 }] };

    /** The labels of the promotions shown without `code` and not with it, as the server answers. */
    async function pushedOut(cart: Cart, codes: string[], code: string) {
      const [before, after] = await Promise.all([
        serverAnswer(cart, codes),
        serverAnswer(cart, [...codes, code]),
      ]);
      const labels = before.promotions
        .filter((promotion) => !after.promotions.some((item) => item.id === promotion.id))
        .map((promotion) => promotion.label);
      return { before, after, labels };
    }

    it('refuses a code that would cost the shopper more, naming the promotions, and keeps the totals', async () => {
      const { before, after, labels } = await pushedOut(threeMugs, [], 'CLEARANCE30');
      // What makes this the case under test: the code applies on its own, pushes a promotion out,
      // and the order costs more with it.
      expect(after.applied.map((item) => item.code)).toEqual(['CLEARANCE30']);
      expect(labels).toEqual(['Buy 2 mugs, get 1 free']);
      expect(after.totals.total).toBeGreaterThan(before.totals.total);

      const { events, wrapper } = promoHarness();
      const { result } = renderHook(() => usePromoCart(threeMugs), { wrapper });
      await waitFor(() => expect(result.current.totals).toEqual(before.totals));
      let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
      await act(async () => {
        outcome = await result.current.apply('CLEARANCE30');
      });
      expect(outcome).toEqual({
        status: 'rejected',
        rejection: { reason: 'not_combinable', code: 'CLEARANCE30', conflictsWith: [], promotions: labels },
      });
      expect(result.current.codes).toEqual([]);
      expect(result.current.promotions).toEqual(before.promotions);
      expect(result.current.totals).toEqual(before.totals);
      expect(events.at(-1)).toMatchObject({
        name: 'Coupon Denied',
        properties: { reason: 'not_combinable' },
      });
    });

    it('refuses a code whose place among the discounts costs a spend tier as one too many, on a stack of codes', async () => {
      // Mug, tote and cap (the trail kit bundle) and two rain shells reach "Spend 250, save 10%";
      // with three codes BIG25 makes the fifth discount, the most that apply together, and the tier
      // is left out: the order would cost more.
      const cart: Cart = {
        lines: [
          { productId: 'mug', quantity: 1 },
          { productId: 'tote', quantity: 1 },
          { productId: 'cap', quantity: 1 },
          { productId: 'rain-shell', quantity: 2 },
        ],
      };
      const codes = ['WELCOME10', 'SAVE5', 'BAGS15'];
      const { wrapper } = promoHarness();
      const { result } = renderHook(() => usePromoCart(cart), { wrapper });
      for (const code of codes) {
        await act(async () => {
          await result.current.apply(code);
        });
      }
      expect(result.current.codes).toEqual(codes);
      const { before, after, labels } = await pushedOut(cart, codes, 'BIG25');
      expect(labels).toEqual(['10% off from 250.00']);
      expect(after.totals.total).toBeGreaterThan(before.totals.total);
      // The server says why the tier went: the order's limit, not a clash.
      const tier = before.promotions.find((promotion) => promotion.label === labels[0]);
      expect(after.leftOut).toEqual([{ id: tier?.id, reason: 'too_many_codes', limit: 5 }]);

      let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
      await act(async () => {
        outcome = await result.current.apply('BIG25');
      });
      expect(outcome).toEqual({
        status: 'rejected',
        rejection: { reason: 'too_many_codes', code: 'BIG25', limit: 5 },
      });
      expect(result.current.codes).toEqual(codes);
      expect(result.current.totals).toEqual(before.totals);
    });

    it('applies a code that costs the shopper less, naming the promotions it took the place of', async () => {
      // A camp kettle besides: 30 % of the larger order is worth more than the free mug and the
      // spend tier together.
      const cart: Cart = { lines: [...threeMugs.lines, { productId: 'camp-kettle', quantity: 1 }] };
      const { before, after, labels } = await pushedOut(cart, [], 'CLEARANCE30');
      expect(labels).toContain('Buy 2 mugs, get 1 free');
      expect(after.totals.total).toBeLessThan(before.totals.total);

      const { wrapper } = promoHarness();
      const { result } = renderHook(() => usePromoCart(cart), { wrapper });
      let outcome: Awaited<ReturnType<typeof result.current.apply>> | undefined;
      await act(async () => {
        outcome = await result.current.apply('CLEARANCE30');
      });
      expect(outcome).toMatchObject({
        status: 'applied',
        applied: { code: 'CLEARANCE30' },
        replaced: labels,
      });
      expect(result.current.codes).toEqual(['CLEARANCE30']);
      expect(result.current.promotions).toEqual(after.promotions);
      expect(result.current.totals).toEqual(after.totals);
    });
  });

  it('uses part of a gift card, changes the part, and keeps it across a reload', async () => {
    const headers = { cookie: await signIn('loyalty-member') };
    const first = promoHarness({}, { headers });
    const { result, unmount } = renderHook(() => usePromoCart(ninety), { wrapper: first.wrapper });
    await act(async () => {
      await result.current.apply({ code: 'GIFT-5000-DEMO', amount: 2000 });
    });
    // A gift card pays; it discounts nothing. 90.00 of goods and 6.95 of shipping reach the 75.00 of
    // free shipping, so the order costs 90.00, of which the card pays 20.00.
    expect(result.current.applied).toMatchObject([
      { code: 'GIFT-5000-DEMO', kind: 'gift_card', discount: 0, paid: 2000 },
    ]);
    expect(result.current.totals).toEqual({
      currency: 'USD',
      subtotal: 9000,
      shipping: 695,
      discount: 695,
      shippingDiscount: 695,
      total: 9000,
      paid: [{ code: 'GIFT-5000-DEMO', kind: 'gift_card', amount: 2000 }],
      due: 9000 - 2000,
    });
    expect(first.sent('validate').at(-1)?.body.codes).toEqual([{ code: 'GIFT-5000-DEMO', amount: 2000 }]);

    await act(async () => {
      await result.current.apply({ code: 'GIFT-5000-DEMO', amount: 1500 });
    });
    expect(result.current.codes).toEqual(['GIFT-5000-DEMO']);
    expect(result.current.applied).toMatchObject([{ code: 'GIFT-5000-DEMO', discount: 0, paid: 1500 }]);
    expect(result.current.totals).toMatchObject({
      discount: 695,
      total: 9000,
      paid: [{ code: 'GIFT-5000-DEMO', kind: 'gift_card', amount: 1500 }],
      due: 9000 - 1500,
    });
    unmount();

    const second = promoHarness({}, { headers });
    const reloaded = renderHook(() => usePromoCart(ninety), { wrapper: second.wrapper });
    await waitFor(() =>
      expect(reloaded.result.current.applied).toMatchObject([
        { code: 'GIFT-5000-DEMO', discount: 0, paid: 1500 },
      ]),
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
      expect(result.current.totals).toEqual({
        currency: 'USD',
        subtotal: 3000,
        shipping: 695,
        discount: 0,
        shippingDiscount: 0,
        total: 3695,
        paid: [],
        due: 3695,
      }),
    );
    expect(result.current.applied).toEqual([]);
    expect(result.current.items).toEqual([
      {
        code: 'WELCOME10',
        status: 'rejected',
        applied: undefined,
        // 50.00 needed, 36.95 counted (30.00 of goods and 6.95 of shipping).
        rejection: { reason: 'cart_below_minimum', code: 'WELCOME10', missingAmount: 5000 - 3695 },
      },
    ]);

    rerender({ cart: ninety });
    await waitFor(() =>
      expect(result.current.items).toMatchObject([{ code: 'WELCOME10', status: 'applied' }]),
    );
    expect(result.current.totals).toEqual((await serverAnswer(ninety, ['WELCOME10'])).totals);
    // 96.95 reaches free shipping, an item-level effect applied first; WELCOME10 then takes 10 % of
    // the 90.00 left.
    expect(result.current.totals).toMatchObject({
      shippingDiscount: 695,
      discount: 695 + 900,
      total: 9695 - 695 - 900,
    });
  });

  it('waits for cart edits to settle and validates only the last cart', async () => {
    const { wrapper, sent } = promoHarness();
    const { result, rerender } = renderHook(({ cart }) => usePromoCart(cart, { debounceMs: 200 }), {
      wrapper,
      initialProps: { cart: sixty },
    });
    await waitFor(() => expect(result.current.totals?.total).toBe(6000 + 695));
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
    await waitFor(() => expect(result.current.totals?.total).toBe(3000 + 695));
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
    // Still 10 % of 66.95 (60.00 of goods and 6.95 of shipping), rounded half up.
    expect(result.current.totals?.discount).toBe(670);

    release();
    await act(() => removing);
    expect(result.current.codes).toEqual([]);
    expect(result.current.items).toEqual([]);
    expect(result.current.totals?.total).toBe(6000 + 695);
    expect(events.at(-1)).toEqual({
      name: 'Coupon Removed',
      properties: expect.objectContaining({ coupon_id: 'WELCOME10', discount: 6.7 }),
    });
  });

  it('asks the server again on removal, even with the answer without the code cached', async () => {
    const { wrapper, requests, sent } = promoHarness();
    const { result } = renderHook(() => usePromoCart(sixty), { wrapper });
    await waitFor(() => expect(result.current.totals?.total).toBe(6000 + 695));
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
    expect(result.current.totals).toEqual({
      currency: 'USD',
      subtotal: 6000,
      shipping: 695,
      discount: 0,
      shippingDiscount: 0,
      total: 6695,
      paid: [],
      due: 6695,
    });
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
