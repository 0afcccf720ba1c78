import type { RejectionReason } from '@promokit/core';

/** Every message key PromoKit's components show. */
export type MessageKey =
  | 'code.label'
  | 'code.submit'
  | 'code.checking'
  | 'code.removing'
  | 'code.applied'
  | 'code.applied_instead'
  | 'code.error'
  | 'recovery.add_amount'
  | 'recovery.add_items'
  | 'recovery.sign_in'
  | 'recovery.replace'
  | 'applied.heading'
  | 'applied.chip'
  | 'applied.chip_effect'
  | 'applied.chip_paid'
  | 'applied.automatic'
  | 'applied.remove'
  | 'applied.pending'
  | 'totals.subtotal'
  | 'totals.shipping'
  | 'totals.free'
  | 'totals.was'
  | 'totals.discount'
  | 'totals.total'
  | 'totals.gift_card'
  | 'totals.loyalty_card'
  | 'totals.due'
  | 'effect.percent_off'
  | 'effect.percent_off_capped'
  | 'effect.amount_off'
  | 'effect.fixed_price'
  | 'effect.free_shipping'
  | 'effect.free_items'
  | 'effect.free_product'
  | 'effect.gift_card'
  | 'effect.loyalty_points'
  | 'offer.with_code'
  | 'offer.missing_amount'
  | 'offer.missing_items'
  | 'offer.qualifies'
  | 'offer.item'
  | 'tiers.label'
  | 'missing.add'
  | 'why.heading'
  | 'loading'
  | 'wallet.heading'
  | 'wallet.empty'
  | 'wallet.apply'
  | 'wallet.applied'
  | 'wallet.done'
  | 'wallet.expires'
  | 'wallet.balance'
  | 'wallet.points'
  | 'wallet.points_at_checkout'
  | 'wallet.tier'
  | 'wallet.next_tier'
  | 'gift.label'
  | 'gift.balance'
  | 'gift.apply'
  | 'gift.apply_typed'
  | 'gift.invalid'
  | 'gift.not_a_number'
  | 'gift.too_many_decimals'
  | 'loyalty.label'
  | 'loyalty.balance'
  | 'loyalty.value'
  | 'loyalty.apply'
  | 'loyalty.rewards'
  | 'loyalty.reward_cost'
  | 'loyalty.reward_choose'
  | 'loyalty.reward_chosen'
  | 'loyalty.reward_missing'
  | 'summary.heading'
  | 'summary.saved'
  | 'summary.points'
  | 'summary.points_on'
  | 'summary.unavailable'
  | 'summary.charged'
  | 'summary.rejected'
  | 'summary.reward_coupon'
  | 'summary.reward_product'
  | 'summary.referral'
  | 'summary.copy'
  | 'summary.copied'
  | 'summary.share'
  | 'summary.share_text'
  | `rejection.${RejectionReason}`
  | 'rejection.too_many_codes_limit';

/**
 * A message whose wording depends on a number: one template per plural category of the language
 * (see `Intl.PluralRules`), chosen by the `count` value. `other` is required; add `one`, `two`,
 * `few`, `many` or `zero` as the language needs them.
 */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** One message: a template with `{name}` placeholders, or a template per plural category. */
export type Message = string | PluralMessage;

/**
 * A message catalogue: copy for every key, with `{name}` placeholders. Add a language by writing
 * one object of this type and passing it to `<PromoMessages>`.
 */
export type Catalogue = Readonly<Record<MessageKey, Message>>;

/**
 * Values for a message's placeholders; numbers are formatted for the locale. A placeholder whose
 * value is `undefined` stays as it is, as one without a value does.
 */
export type MessageValues = Readonly<Record<string, string | number | undefined>>;

/**
 * Fills `{name}` placeholders of `template` from `values`, numbers written by `formatNumber` (by
 * default as `String` writes them); a placeholder without a value stays as it is.
 */
export function interpolate(
  template: string,
  values: MessageValues = {},
  formatNumber: (value: number) => string = String,
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return typeof value === 'number' ? formatNumber(value) : (value ?? match);
  });
}
