import { type Cart, caseSensitiveCodes } from '@promokit/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';

import { promoHarness } from './test-support/recording-client.js';
import { usePromoCart } from './use-promo-cart.js';

const sixty: Cart = {
  lines: [
    { productId: 'mug', quantity: 1 },
    { productId: 'tote', quantity: 1 },
  ],
};

/** A cart hook below a provider of `harness`, its first totals loaded. */
async function cartOf(harness: ReturnType<typeof promoHarness>) {
  const hook = renderHook(() => usePromoCart(sixty), { wrapper: harness.wrapper });
  await waitFor(() => expect(hook.result.current.totals).toBeDefined());
  return hook.result;
}

describe('a case-insensitive project (the demo) and provider', () => {
  it('takes a code typed again in another case for the code already added, keeping its first spelling', async () => {
    const harness = promoHarness();
    const cart = await cartOf(harness);
    await act(async () => {
      await cart.current.apply('welcome10');
    });
    harness.hold();
    let applying!: ReturnType<typeof cart.current.apply>;
    act(() => {
      applying = cart.current.apply(' WELCOME10 ');
    });
    expect(cart.current.items).toMatchObject([{ code: 'welcome10', status: 'adding' }]);
    harness.release();
    let again: Awaited<ReturnType<typeof cart.current.apply>> | undefined;
    await act(async () => {
      again = await applying;
    });

    // 10 % of 60.00 of goods and 6.95 of shipping, rounded half up.
    expect(again).toMatchObject({ status: 'applied', applied: { code: 'welcome10', discount: 670 } });
    expect(cart.current.codes).toEqual(['welcome10']);
    expect(cart.current.items).toMatchObject([{ code: 'welcome10', status: 'applied' }]);
    expect(harness.sent('validate').map((request) => request.body.codes)).not.toContainEqual([
      'welcome10',
      'WELCOME10',
    ]);
    expect(harness.events.filter((event) => event.name === 'Coupon Entered')).toEqual([
      { name: 'Coupon Entered', properties: { coupon_id: 'welcome10' } },
      { name: 'Coupon Entered', properties: { coupon_id: 'WELCOME10' } },
    ]);
  });

  it('removes a code named in another case', async () => {
    const cart = await cartOf(promoHarness());
    await act(async () => {
      await cart.current.apply('Save5');
    });
    await act(() => cart.current.remove('SAVE5'));
    expect(cart.current.codes).toEqual([]);
    expect(cart.current.totals?.discount).toBe(0);
  });

  it('reads back saved codes once each, whatever case they were saved in', async () => {
    sessionStorage.setItem('promokit:codes', JSON.stringify(['save5', 'SAVE5', ' Save5 ']));
    const harness = promoHarness();
    const cart = await cartOf(harness);
    expect(cart.current.codes).toEqual(['save5']);
    expect(harness.sent('validate').map((request) => request.body.codes)).toEqual([['save5']]);
  });
});

describe('a case-sensitive project and provider', () => {
  const harness = () =>
    promoHarness({ codeMatching: caseSensitiveCodes }, { baseUrl: inject('promoCaseSensitiveBffUrl') });

  it('applies a code only as created, and takes another case for another code', async () => {
    const recording = harness();
    const cart = await cartOf(recording);
    await act(async () => {
      await cart.current.apply('WELCOME10');
    });
    let other: Awaited<ReturnType<typeof cart.current.apply>> | undefined;
    await act(async () => {
      other = await cart.current.apply('welcome10');
    });

    expect(other).toEqual({ status: 'rejected', rejection: { reason: 'not_found', code: 'welcome10' } });
    expect(recording.sent('validate', ['WELCOME10', 'welcome10'])).toHaveLength(1);
    expect(cart.current.codes).toEqual(['WELCOME10']);
    expect(cart.current.items).toMatchObject([{ code: 'WELCOME10', status: 'applied' }]);
  });

  it('removes a code only by its own spelling', async () => {
    const cart = await cartOf(harness());
    await act(async () => {
      await cart.current.apply('SAVE5');
    });
    await act(() => cart.current.remove('save5'));
    expect(cart.current.codes).toEqual(['SAVE5']);
    await act(() => cart.current.remove('SAVE5'));
    expect(cart.current.codes).toEqual([]);
  });

  it('reads back saved codes in each case as separate codes', async () => {
    sessionStorage.setItem('promokit:codes', JSON.stringify(['SAVE5', 'save5', ' SAVE5 ']));
    const cart = await cartOf(harness());
    expect(cart.current.codes).toEqual(['SAVE5', 'save5']);
    await waitFor(() =>
      expect(cart.current.items).toMatchObject([
        { code: 'SAVE5', status: 'applied' },
        { code: 'save5', status: 'rejected', rejection: { reason: 'not_found' } },
      ]),
    );
  });
});

describe('a case-insensitive BFF below a provider left case-sensitive', () => {
  it('refuses a code typed again in another case as already applied, never as not found', async () => {
    const harness = promoHarness({ codeMatching: caseSensitiveCodes });
    const cart = await cartOf(harness);
    await act(async () => {
      await cart.current.apply('welcome10');
    });
    let again: Awaited<ReturnType<typeof cart.current.apply>> | undefined;
    await act(async () => {
      again = await cart.current.apply('WELCOME10');
    });

    expect(again).toEqual({
      status: 'rejected',
      rejection: { reason: 'already_applied', code: 'WELCOME10' },
    });
    expect(harness.sent('validate', ['welcome10', 'WELCOME10'])).toHaveLength(1);
    expect(cart.current.codes).toEqual(['welcome10']);
    expect(cart.current.items).toMatchObject([{ code: 'welcome10', status: 'applied' }]);
    expect(harness.events.at(-1)).toEqual({
      name: 'Coupon Denied',
      properties: { coupon_id: 'WELCOME10', reason: 'already_applied' },
    });
  });
});
