import type { Effect } from '@promokit/core';
import { SHIPPING_PRODUCT, type ValidationsRedeemableApplicable } from '@promokit/voucherify';

/**
 * Describes what an applicable redeemable does, for display, from its upstream result; `null` for
 * one that does nothing the kit can show, such as free units a formula worked out as 0.
 */
export function toEffect(result: ValidationsRedeemableApplicable['result']): Effect | null {
  if (result.gift) return { type: 'gift_card', balance: result.gift.balance ?? 0 };
  if (result.loyalty_card) return { type: 'loyalty_points', points: result.loyalty_card.points ?? 0 };
  const discount = result.discount;
  switch (discount?.type) {
    case 'PERCENT':
      return {
        type: 'percent_off',
        percentOff: discount.percent_off,
        ...(discount.amount_limit == null ? {} : { cap: discount.amount_limit }),
      };
    case 'AMOUNT':
      return { type: 'amount_off', amountOff: discount.amount_off };
    case 'FIXED':
      return { type: 'fixed_price', price: discount.fixed_amount };
    case 'UNIT':
      if (discount.effect === 'ADD_MANY_ITEMS') {
        // Each product named, so that the shopper reads what they get, not "2 free items".
        const items = discount.units
          .map((unit) => ({
            productId: unit.product?.source_id ?? unit.sku?.source_id ?? unit.unit_type ?? '',
            quantity: unit.unit_off ?? 1,
          }))
          .filter((item) => item.quantity > 0);
        if (!items.length) return null;
        return {
          type: 'free_items',
          quantity: items.reduce((sum, item) => sum + item.quantity, 0),
          ...(items.every((item) => item.productId) ? { items } : {}),
        };
      }
      if ((discount.unit_off ?? 1) <= 0) return null;
      return discount.unit_type === SHIPPING_PRODUCT.id
        ? { type: 'free_shipping' }
        : {
            type: 'free_items',
            quantity: discount.unit_off ?? 1,
            productId: discount.product?.source_id ?? discount.unit_type,
            ...(discount.product?.name ? { productName: discount.product.name } : {}),
          };
    default:
      return null;
  }
}
