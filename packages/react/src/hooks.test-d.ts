import type {
  Applied,
  PromoError,
  QualificationsResponse,
  RedeemRequest,
  RedeemResponse,
  RollbackResponse,
  Totals,
  ValidateResponse,
  WalletResponse,
} from '@promokit/core';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type ChangeEvent, type ComponentProps, createRef } from 'react';
import { describe, expectTypeOf, it } from 'vitest';

import type { PromoEvent } from './events.js';
import { qualificationsOptions } from './qualifications-options.js';
import { redeemMutationOptions } from './redeem-mutation-options.js';
import { useCodeField } from './use-code-field.js';
import { useOfferHints } from './use-offer-hints.js';
import { type ApplyOutcome, type CartCodeStatus, usePromoCart } from './use-promo-cart.js';
import { useQualifications } from './use-qualifications.js';
import { useRedeem } from './use-redeem.js';
import { useRollback } from './use-rollback.js';
import { useWallet } from './use-wallet.js';
import { validationOptions } from './validation-options.js';

declare const client: Parameters<typeof validationOptions>[0];
declare const queryClient: QueryClient;
const cart = { lines: [{ productId: 'cap', quantity: 1 }] };

describe('options factories', () => {
  it('tag their keys with the data, so cache reads are typed', () => {
    const { queryKey } = validationOptions(client, cart, ['SAVE5']);
    expectTypeOf(queryClient.getQueryData(queryKey)).toEqualTypeOf<ValidateResponse | undefined>();
    const qualifications = qualificationsOptions(client, { stage: 'cart', cart });
    expectTypeOf(queryClient.getQueryData(qualifications.queryKey)).toEqualTypeOf<
      QualificationsResponse | undefined
    >();
  });

  it('fail with PromoError', () => {
    expectTypeOf(useQuery(validationOptions(client, cart, [])).error).toEqualTypeOf<PromoError | null>();
    expectTypeOf(redeemMutationOptions(client).mutationFn).parameter(0).toEqualTypeOf<RedeemRequest>();
  });

  it('need a stage the contract knows', () => {
    // @ts-expect-error 'home' is not a journey stage.
    qualificationsOptions(client, { stage: 'home', cart });
  });
});

describe('hooks', () => {
  it('type the cart', () => {
    const promo = usePromoCart(cart);
    expectTypeOf(promo.totals).toEqualTypeOf<Totals | undefined>();
    expectTypeOf(promo.applied).toEqualTypeOf<readonly Applied[]>();
    expectTypeOf(promo.apply).returns.resolves.toEqualTypeOf<ApplyOutcome>();
    expectTypeOf(promo.items[0]!.status).toEqualTypeOf<CartCodeStatus>();
    expectTypeOf(promo.error).toEqualTypeOf<PromoError | null>();
  });

  it('narrow an apply outcome by status', () => {
    const outcome = {} as ApplyOutcome;
    if (outcome.status === 'rejected') expectTypeOf(outcome.rejection.reason).toBeString();
    else expectTypeOf(outcome.applied).toEqualTypeOf<Applied>();
  });

  it('type the queries and mutations', () => {
    expectTypeOf(useQualifications({ stage: 'product', cart, productIds: ['cap'] }).data).toEqualTypeOf<
      QualificationsResponse | undefined
    >();
    expectTypeOf(useWallet().data).toEqualTypeOf<WalletResponse | undefined>();
    expectTypeOf(useRedeem().mutateAsync).returns.resolves.toEqualTypeOf<RedeemResponse>();
    expectTypeOf(useRollback().mutateAsync)
      .parameter(0)
      .toEqualTypeOf<{ orderId: string; reason?: string }>();
    expectTypeOf(useRollback().data).toEqualTypeOf<RollbackResponse | undefined>();
    expectTypeOf(useOfferHints('cart').hints[0]!.missingAmount).toEqualTypeOf<number | undefined>();
  });
});

describe('events', () => {
  it('carry the Segment properties of their name', () => {
    const event = {} as PromoEvent;
    if (event.name === 'Coupon Denied') expectTypeOf(event.properties.reason).toBeString();
    if (event.name === 'Promotion Clicked')
      expectTypeOf(event.properties).toHaveProperty('promotion_id').toBeString();
    // @ts-expect-error A denial without its reason is not a Segment `Coupon Denied` event.
    const denied: PromoEvent = { name: 'Coupon Denied', properties: { coupon_id: 'SAVE5' } };
    expectTypeOf(denied).toEqualTypeOf<PromoEvent>();
  });
});

describe('prop getters', () => {
  const field = useCodeField({ apply: usePromoCart(cart).apply });
  const offers = useOfferHints('cart');

  it("take the element's own props and answer them merged, still fit for the element", () => {
    const input = field.getInputProps({
      id: 'shop-code',
      className: 'code',
      placeholder: 'SUMMER10',
      'aria-describedby': 'hint',
      'data-track': 'promo',
      ref: createRef<HTMLInputElement>(),
      onChange: (event: ChangeEvent<HTMLInputElement>) => event.target.value,
    });
    expectTypeOf(input).toExtend<ComponentProps<'input'>>();
    expectTypeOf(input.className).toEqualTypeOf<string>();
    expectTypeOf(input.value).toEqualTypeOf<string>();
    expectTypeOf(field.getFormProps({ className: 'form' })).toExtend<ComponentProps<'form'>>();
    expectTypeOf(field.getLabelProps({ id: 'label' })).toExtend<ComponentProps<'label'>>();
    expectTypeOf(field.getSubmitProps({ className: 'apply' })).toExtend<ComponentProps<'button'>>();
    expectTypeOf(field.getMessageProps({ className: 'message' })).toExtend<ComponentProps<'p'>>();
    // Without props, only the kit's: they fit any element a storefront spreads them on.
    expectTypeOf(field.getMessageProps()).toExtend<ComponentProps<'div'>>();
    const offer = offers.hints[0]!;
    expectTypeOf(offers.getOfferProps(offer, { href: '/offers', className: 'offer' })).toExtend<
      ComponentProps<'a'>
    >();
    expectTypeOf(offers.getOfferProps(offer)).toExtend<ComponentProps<'button'>>();
  });

  it('refuse props the element does not take, props the kit owns and handlers of the wrong type', () => {
    // @ts-expect-error An input has no `href`.
    field.getInputProps({ href: '/cart' });
    // @ts-expect-error The field's value is the kit's: pass `value` to `useCodeField`.
    field.getInputProps({ value: 'SUMMER10' });
    // @ts-expect-error The label follows the field's id itself.
    field.getLabelProps({ htmlFor: 'elsewhere' });
    // @ts-expect-error The apply button submits.
    field.getSubmitProps({ type: 'button' });
    // @ts-expect-error The message is an alert.
    field.getMessageProps({ role: 'status' });
    // @ts-expect-error A handler is a function.
    field.getFormProps({ onSubmit: 'send' });
    // @ts-expect-error A ref of another element.
    field.getInputProps({ ref: createRef<HTMLButtonElement>() });
    // @ts-expect-error A call to action is a link or a button, not an input.
    offers.getOfferProps(offers.hints[0]!, { placeholder: 'Offer' });
  });
});
