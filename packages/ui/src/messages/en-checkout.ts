import type { Catalogue } from './catalogue.js';

/**
 * The English copy of `CodeInput` and `AppliedDiscounts`, of every discount and of every rejection:
 * all the copy a page with only those parts bundles when no `<PromoMessages>` sets a catalogue.
 * Part of {@link en}.
 */
export const enCheckout = {
  'code.label': 'Promo or gift card code',
  'code.submit': 'Apply',
  'code.checking': 'Checking {code}…',
  'code.removing': 'Removing {code}…',
  'code.applied': '{code} applied',
  'code.applied_instead': '{code} applied instead of {promotions}',
  'code.error': "We couldn't check your code right now. Please try again.",
  'recovery.add_amount': 'Add {amount} more',
  'recovery.add_items': 'Add the missing items',
  'recovery.sign_in': 'Sign in',
  'recovery.replace': 'Remove {conflicts} and use this',
  'applied.heading': 'Applied discounts',
  'applied.chip': '{code} · {amount}',
  'applied.chip_effect': '{code} · {effect}',
  'applied.chip_paid': '{code} · pays {amount}',
  'applied.automatic': 'Applied automatically',
  'applied.remove': 'Remove {code}',
  'applied.pending': 'Updating {code}…',
  'effect.percent_off': '{percent} off',
  'effect.percent_off_capped': '{percent} off, up to {cap}',
  'effect.amount_off': '{amount} off',
  'effect.fixed_price': 'New price {price}',
  'effect.free_shipping': 'free shipping',
  'effect.free_items': { one: '{count} free item', other: '{count} free items' },
  'effect.free_product': '{count} free {product}',
  'effect.gift_card': '{amount} gift card credit',
  'effect.loyalty_points': { one: '{count} loyalty point', other: '{count} loyalty points' },
  'rejection.not_found': "We couldn't find the code {code}",
  'rejection.already_applied': '{code} is already applied',
  'rejection.expired': 'The code {code} has expired',
  'rejection.not_active_yet': "The code {code} isn't active yet",
  'rejection.inactive': 'The code {code} is no longer active',
  'rejection.usage_limit_reached': 'The code {code} has been used up',
  'rejection.customer_not_eligible': "Your account isn't eligible for {code}",
  'rejection.cart_below_minimum': 'Add {amount} more to use {code}',
  'rejection.missing_items': 'Add {items} to use {code}',
  'rejection.not_combinable': "{code} can't be combined with {conflicts}",
  'rejection.insufficient_balance': "{code} doesn't have enough balance left",
  'rejection.own_referral_code': "You can't use your own referral code",
  'rejection.requires_sign_in': 'Sign in to use {code}',
  'rejection.too_many_attempts': 'Too many attempts. Please wait a moment and try again',
  'rejection.promotions_unavailable': 'Promotions are unavailable right now. You can still place your order',
  'rejection.cart_not_eligible': "Your cart doesn't qualify for {code}",
  'rejection.too_many_codes': 'No more discounts like {code} can be used on this order',
  'rejection.too_many_codes_limit': {
    one: 'Only {count} discount can be used per order',
    other: 'Only {count} discounts can be used per order',
  },
  'offer.item': '{count} × {product}',
} as const satisfies Partial<Catalogue>;

/** The English copy of `OrderTotals`, its default. Part of {@link en}. */
export const enTotals = {
  'totals.subtotal': 'Subtotal',
  'totals.shipping': 'Shipping',
  'totals.free': 'Free',
  'totals.was': '(was {amount})',
  'totals.discount': 'Discount',
  'totals.total': 'Total',
  'totals.gift_card': 'Gift card {code}',
  'totals.loyalty_card': 'Points {code}',
  'totals.due': 'To pay',
} as const satisfies Partial<Catalogue>;
