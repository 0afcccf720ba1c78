import type { Effect } from '@promokit/core';

import type { Messages } from './create-messages.js';

/**
 * What a discount does, in the shopper's words: "10% off, up to $25.00", "$5.00 off", "free
 * shipping", "1 free ride unlock", "250 loyalty points". Covers every effect type, so a storefront
 * writes no code per discount type.
 */
export function describeEffect(effect: Effect, messages: Messages): string {
  switch (effect.type) {
    case 'percent_off': {
      const percent = messages.number(effect.percentOff / 100, {
        style: 'percent',
        maximumFractionDigits: 2,
      });
      return effect.cap === undefined
        ? messages.t('effect.percent_off', { percent })
        : messages.t('effect.percent_off_capped', { percent, cap: messages.money(effect.cap) });
    }
    case 'amount_off':
      return messages.t('effect.amount_off', { amount: messages.money(effect.amountOff) });
    case 'fixed_price':
      return messages.t('effect.fixed_price', { price: messages.money(effect.price) });
    case 'free_shipping':
      return messages.t('effect.free_shipping');
    case 'free_items': {
      const product =
        effect.productName ??
        (effect.productId === undefined ? undefined : messages.product(effect.productId));
      return product === undefined
        ? messages.t('effect.free_items', { count: effect.quantity })
        : messages.t('effect.free_product', { count: effect.quantity, product });
    }
    case 'gift_card':
      return messages.t('effect.gift_card', { amount: messages.money(effect.credits ?? effect.balance) });
    case 'loyalty_points':
      return messages.t('effect.loyalty_points', { count: effect.points });
  }
}
