import type { Effect } from '@promokit/core';

import type { Messages } from './create-messages.js';

/** The data of every effect, each absent from the effects without it. */
type Data = Partial<{
  percentOff: number;
  cap: number;
  amountOff: number;
  price: number;
  quantity: number;
  productId: string;
  productName: string;
  balance: number;
  credits: number;
  points: number;
  items: { productId: string; quantity: number }[];
}>;

/**
 * What a discount does, in the shopper's words: "10% off, up to $25.00", "$5.00 off", "free
 * shipping", "1 free ride unlock", "1 free Trail Mug and 1 free Field Cap", "250 loyalty points".
 * Covers every effect type, so a storefront writes no code per discount type.
 */
export function describeEffect(effect: Effect, messages: Messages): string {
  const { t, money, number, product, list } = messages;
  const {
    type,
    percentOff,
    cap,
    amountOff,
    price,
    quantity,
    productId,
    productName,
    balance,
    credits,
    points,
    items,
  } = effect as Effect & Data;
  // Several free products: each named, "1 free Trail Mug and 1 free Field Cap".
  if (items) return list(items.map((item) => describeEffect({ type, ...item } as Effect, messages)));
  // A free product is named when upstream names it.
  const free = productName ?? (productId === undefined ? undefined : product(productId));
  const moneyOf = (value: number | undefined) => (value === undefined ? value : money(value));
  // What comes off, the new price, or what a gift card pays (else its balance).
  const amount = moneyOf(type === 'gift_card' ? (credits ?? balance) : (amountOff ?? price));
  return t(
    cap !== undefined
      ? 'effect.percent_off_capped'
      : free !== undefined
        ? 'effect.free_product'
        : `effect.${type}`,
    {
      // A percentage only for percent_off, whose messages alone have the placeholder.
      percent: number((percentOff as number) / 100, { style: 'percent', maximumFractionDigits: 2 }),
      cap: moneyOf(cap),
      amount,
      price: amount,
      count: quantity ?? points,
      product: free,
    },
  );
}
