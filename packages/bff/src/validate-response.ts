import type {
  Applied,
  AppliedPromotion,
  CodeKind,
  Effect,
  Payment,
  Rejection,
  ValidateResponse,
} from '@promokit/core';
import {
  type OrderCalculated,
  SHIPPING_PRODUCT,
  type ValidationsRedeemableApplicable,
  type ValidationsRedeemableInapplicable,
  type ValidationsRedeemableSkipped,
  type ValidationsValidateResponseBody,
} from '@promokit/voucherify';

import { goodsAmount, type PricedCart } from './catalog.js';
import { toEffect } from './effects.js';
import { toRejection } from './rejections.js';

/**
 * What the mapping reads of a validation: PARTIAL mode lists the rest beside `redeemables`; the
 * stacking rules give the limit a code was skipped by.
 */
export type UpstreamValidation = Pick<
  ValidationsValidateResponseBody,
  'redeemables' | 'inapplicable_redeemables' | 'skipped_redeemables' | 'order'
> &
  Partial<Pick<ValidationsValidateResponseBody, 'stacking_rules'>>;

/** A redeemable that did not apply: INAPPLICABLE, or SKIPPED by the stacking rules. */
export type NotApplied = ValidationsRedeemableInapplicable | ValidationsRedeemableSkipped;

const isShippingLine = (item: { source_id?: string | null; product_id?: string | null }) =>
  item.source_id === SHIPPING_PRODUCT.source_id || item.product_id === SHIPPING_PRODUCT.id;

/**
 * The free product a loyalty card's points bought (a `MATERIAL` reward, DIGEST §9): the units its
 * step gave away on the order's lines (`applied_discount_quantity`), which pay with points never
 * does; `null` for a card paying with points.
 */
function rewardProduct(redeemable: ValidationsRedeemableApplicable): Effect | null {
  const given = (redeemable.order?.items ?? []).filter((item) => (item.applied_discount_quantity ?? 0) > 0);
  const [first] = given;
  if (!first) return null;
  return {
    type: 'free_items',
    quantity: given.reduce((sum, item) => sum + (item.applied_discount_quantity ?? 0), 0),
    ...(given.length === 1 ? { productId: first.source_id ?? first.product_id ?? '' } : {}),
  };
}

/** What one applicable redeemable took off (a discount) or paid (a gift or loyalty card). */
function stepAmount(redeemable: ValidationsRedeemableApplicable): number {
  return redeemable.order?.total_applied_discount_amount ?? 0;
}

/**
 * Turns Voucherify's validation answer into the kit's: applied codes, automatic promotions,
 * rejections and totals (see `totalsSchema` for the equations).
 *
 * - Gift card credit and loyalty points are payments (`paid`), never discounts; the BFF sends them
 *   last (see `settleStack`), so they never change what a discount takes off. A product a loyalty
 *   card's points bought is the exception: given free, it is a discount (`free_items`), and the
 *   order's total stays what it was.
 * - Shipping is the order's shipping line (`5h1pp1ng`): the one the BFF sent, or the one a
 *   free-shipping discount added; what discounts took off that line is `shippingDiscount`.
 * - Goods are the rest of the order's lines, units a promotion added for free included.
 * - A code upstream applied that gives nothing the kit can show (0 free units) is rejected as
 *   `cart_not_eligible`, as one Voucherify skips for `no_effect` is, and is not redeemed.
 * - `dropped` are redeemables left out of earlier validations of the same request, reported with
 *   their own reasons. Only codes are ever reported as rejected: an automatic promotion that does
 *   not apply is simply not shown; one the stacking rules skipped is named in `leftOut` with why.
 *   The tiers sent do not depend on the codes, so a client tells
 *   which promotions a new code pushed out by the `promotions` of the answers without and with it.
 */
export function toValidateResponse(
  cart: PricedCart,
  validation: UpstreamValidation,
  dropped: readonly NotApplied[] = [],
): ValidateResponse {
  const applied: Applied[] = [];
  const promotions: AppliedPromotion[] = [];
  const paid: Payment[] = [];
  const notApplied: NotApplied[] = [
    ...dropped,
    ...(validation.inapplicable_redeemables ?? []),
    ...(validation.skipped_redeemables ?? []),
  ];
  const noEffect: Rejection[] = [];
  let discount = 0;
  for (const redeemable of validation.redeemables) {
    if (redeemable.status !== 'APPLICABLE') {
      notApplied.push(redeemable);
      continue;
    }
    const effect = toEffect(redeemable.result);
    if (!effect) {
      // Applicable, but it gives nothing (0 free units): the shopper is told, as for `no_effect`.
      if (redeemable.object === 'voucher')
        noEffect.push({ reason: 'cart_not_eligible', code: redeemable.id });
      continue;
    }
    // A promotion tier by its own name, as its offer names it (badge, hint, chip agree); a code by its campaign.
    const label =
      (redeemable.object === 'promotion_tier'
        ? (redeemable.name ?? redeemable.campaign_name)
        : (redeemable.campaign_name ?? redeemable.name)) ?? undefined;
    const amount = stepAmount(redeemable);
    if (redeemable.object === 'promotion_tier') {
      discount += amount;
      promotions.push({ id: redeemable.id, label: label ?? redeemable.id, effect, discount: amount });
      continue;
    }
    const kind = codeKind(redeemable.result);
    // A product the card's points bought is given free, as a free-unit coupon gives one: a discount.
    const product = kind === 'loyalty_card' ? rewardProduct(redeemable) : null;
    const payment = (kind === 'gift_card' || kind === 'loyalty_card') && !product;
    if (payment) paid.push({ code: redeemable.id, kind, amount });
    else discount += amount;
    applied.push({
      code: redeemable.id,
      kind,
      ...(label ? { label } : {}),
      effect: product ?? effect,
      discount: payment ? 0 : amount,
      ...(payment ? { paid: amount } : {}),
    });
  }
  const appliedCodes = applied.map((item) => item.code);
  const rejected: Rejection[] = [
    ...notApplied
      .filter((item) => item.object === 'voucher')
      .map((item) => toRejection(item, appliedCodes, validation.stacking_rules)),
    ...noEffect,
  ];
  const leftOut: NonNullable<ValidateResponse['leftOut']> = [];
  for (const item of notApplied) {
    if (item.object !== 'promotion_tier' || item.status !== 'SKIPPED') continue;
    const why = toRejection(item, appliedCodes, validation.stacking_rules);
    if (why.reason === 'too_many_codes')
      leftOut.push({ id: item.id, reason: why.reason, ...(why.limit ? { limit: why.limit } : {}) });
    else if (why.reason === 'not_combinable') leftOut.push({ id: item.id, reason: why.reason });
  }
  const order = applied.length || promotions.length ? validation.order : undefined;
  const { subtotal, shipping, shippingLineDiscount } = order
    ? orderAmounts(order, cart)
    : { subtotal: goodsAmount(cart), shipping: cart.shipping, shippingLineDiscount: 0 };
  // Order-level discounts belong to no line: what they take beyond the goods came off shipping.
  const shippingDiscount = Math.min(
    shipping,
    shippingLineDiscount + Math.max(0, discount - shippingLineDiscount - subtotal),
  );
  const total = subtotal + shipping - discount;
  const due = total - paid.reduce((sum, payment) => sum + payment.amount, 0);
  return {
    applied,
    promotions,
    rejected,
    totals: { currency: cart.currency, subtotal, shipping, discount, shippingDiscount, total, paid, due },
    ...(leftOut.length ? { leftOut } : {}),
  };
}

/**
 * Goods, shipping and what discounts took off the shipping line, after every applicable redeemable. The cart's
 * own prices stay the base (upstream may count in coarser units than the currency's minor units);
 * what upstream added is counted on top: units a discount added to a cart line, at the line's price,
 * lines of products the cart did not have, and a shipping line a free-shipping discount added.
 */
function orderAmounts(order: OrderCalculated, cart: PricedCart) {
  let added = 0;
  let shippingLine: (typeof lines)[number] | undefined;
  const lines = order.items ?? [];
  // Upstream answers a line for each line sent, in order, then the lines it added.
  const unmatched = [...cart.lines];
  for (const line of lines) {
    if (isShippingLine(line)) {
      shippingLine = line;
      continue;
    }
    const index = unmatched.findIndex((item) => item.productId === line.source_id);
    const own = index < 0 ? undefined : unmatched.splice(index, 1)[0];
    added += own
      ? Math.max(0, (line.quantity ?? own.quantity) - own.quantity) * own.price
      : (line.amount ?? 0);
  }
  const shipping = cart.shipping || (shippingLine?.amount ?? 0);
  return {
    subtotal: goodsAmount(cart) + added,
    shipping,
    shippingLineDiscount: Math.min(shipping, shippingLine?.discount_amount ?? 0),
  };
}

/** The kind of code an applicable voucher is, from what its result carries. */
function codeKind(result: { gift?: unknown; loyalty_card?: unknown }): CodeKind {
  if (result.gift) return 'gift_card';
  if (result.loyalty_card) return 'loyalty_card';
  return 'coupon';
}
