/**
 * Every Voucherify error key the engine can put on an INAPPLICABLE redeemable (`result.error.key`)
 * or on a refused redemption (the 400's `key` and the failed redemption's `failure_code`): the
 * refusals a shopper can meet for a code.
 *
 * - `not_found`: unknown code, promotion tier or loyalty reward;
 * - availability: `voucher_disabled`, `voucher_not_active`, `voucher_expired`,
 *   `voucher_not_active_now`, `promotion_inactive`, `promotion_not_active_now`, and
 *   `quantity_exceeded` (no use left, also when another redemption took the last one);
 * - money and points: `gift_amount_exceeded`, `loyalty_card_points_exceeded`;
 * - loyalty: `missing_reward` (no reward named), `invalid_customer` (not the card's holder);
 * - validation rules: `order_rules_violated`, `customer_rules_violated` (also a code only its
 *   holder may use, asked for by another customer), `redemption_rules_violated`,
 *   `missing_customer` (a customer rule, or such a code, without a customer);
 * - referral: `referrer_not_permitted_to_redeem` (the referrer's own code);
 * - `no_applicable_redeemables`: a redemption that applied nothing without a rejection to name.
 *
 * Every key is one of Voucherify's own. Raising a key that is not listed here fails the typecheck.
 */
export const REJECTION_ERROR_KEYS = [
  'not_found',
  'voucher_disabled',
  'voucher_not_active',
  'voucher_expired',
  'voucher_not_active_now',
  'promotion_inactive',
  'promotion_not_active_now',
  'quantity_exceeded',
  'gift_amount_exceeded',
  'loyalty_card_points_exceeded',
  'missing_reward',
  'invalid_customer',
  'order_rules_violated',
  'customer_rules_violated',
  'redemption_rules_violated',
  'missing_customer',
  'referrer_not_permitted_to_redeem',
  'no_applicable_redeemables',
] as const;

/** A key of {@link REJECTION_ERROR_KEYS}: why the engine refused a code. */
export type RejectionErrorKey = (typeof REJECTION_ERROR_KEYS)[number];

/**
 * Every error key the engine can answer a request with as a whole, beyond
 * {@link REJECTION_ERROR_KEYS}: 400 `invalid_payload` (malformed or off-schema body, too many
 * redeemables), `duplicated_redeemables`, `invalid_redeemables` (a promotion stack with others);
 * 404 `not_found` (unknown route, promotion stack, voucher, session, redemption, order or customer);
 * rollback refusals `invalid_redemption_parent`, `invalid_redemption`, `already_rolled_back`,
 * `invalid_customer` and `invalid_order` (the body names another customer or order than the
 * redemption's); `invalid_voucher` (a custom event's referral code is not a referral code); 401
 * `unauthorized` and 500 `internal_error`.
 *
 * Voucherify documents every key here except `unauthorized` and `internal_error`, which the
 * engine's HTTP face sends where Voucherify documents no key.
 */
export const REQUEST_ERROR_KEYS = [
  'invalid_payload',
  'duplicated_redeemables',
  'invalid_redeemables',
  'not_found',
  'invalid_redemption_parent',
  'invalid_redemption',
  'already_rolled_back',
  'invalid_customer',
  'invalid_order',
  'invalid_voucher',
  'unauthorized',
  'internal_error',
] as const;

/** A key of {@link REQUEST_ERROR_KEYS}: why the engine refused a request as a whole. */
export type RequestErrorKey = (typeof REQUEST_ERROR_KEYS)[number];

/** Any error key the engine sends. */
export type EngineErrorKey = RejectionErrorKey | RequestErrorKey;
