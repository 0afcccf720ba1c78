/**
 * Voucherify API v1 wire schemas (the subset PromoKit uses) and a typed server-side client.
 *
 * Money is always an integer in minor units. Optional fields accept `null`, as the spec marks them
 * nullable. Request schemas drop unknown fields; response schemas keep them, since Voucherify adds
 * fields over time.
 *
 * @packageDocumentation
 */
export { applicableToEntrySchema, applicableToListSchema } from './applicable-to-list.js';
export type { ApplicableToList } from './applicable-to-list.js';
export { categorySchema } from './category.js';
export type { Category } from './category.js';
export {
  VoucherifyApiError,
  VoucherifyClientError,
  VoucherifyInvalidResponseError,
  VoucherifyNetworkError,
  VoucherifyTimeoutError,
} from './client-errors.js';
export type { VoucherifyApiErrorInit } from './client-errors.js';
export { customerAddressSchema, customerSchema } from './customer.js';
export type { Customer } from './customer.js';
export {
  discountAmountEffectSchema,
  discountAmountSchema,
  discountFixedSchema,
  discountOrderOrItemsEffectSchema,
  discountPercentSchema,
  discountSchema,
  discountUnitEffectSchema,
  discountUnitMultipleOneUnitSchema,
  discountUnitMultipleSchema,
  discountUnitSchema,
  discountUnitTargetSchema,
} from './discount.js';
export type {
  Discount,
  DiscountAmount,
  DiscountFixed,
  DiscountPercent,
  DiscountUnit,
  DiscountUnitMultiple,
} from './discount.js';
export { errorBodySchema } from './error-body.js';
export type { ErrorBody } from './error-body.js';
export { SHIPPING_PRODUCT, freeShippingDiscountSchema } from './free-shipping.js';
export type { FreeShippingDiscount } from './free-shipping.js';
export { metadataSchema } from './metadata.js';
export type { Metadata } from './metadata.js';
export {
  applicationDetailsSchema,
  orderCalculatedItemProductSchema,
  orderCalculatedItemSchema,
  orderCalculatedItemSkuSchema,
} from './order-calculated-item.js';
export type { OrderCalculatedItem } from './order-calculated-item.js';
export { orderCalculatedSchema, orderRedemptionsEntrySchema } from './order-calculated.js';
export type { OrderCalculated } from './order-calculated.js';
export { orderItemProductSchema, orderItemSchema, orderItemSkuSchema } from './order-item.js';
export type { OrderItem } from './order-item.js';
export { orderSchema, orderStatusSchema } from './order.js';
export type { Order, OrderStatus } from './order.js';
export { promoKitResultExtensionSchema } from './promokit-extension.js';
export type { PromoKitResultExtension } from './promokit-extension.js';
export { sessionSchema, sessionTtlUnitSchema } from './session.js';
export type { Session, SessionTtlUnit } from './session.js';
export {
  stackablePromotionStackSchema,
  stackablePromotionTierSchema,
  stackableRedeemableSchema,
  stackableVoucherSchema,
} from './stackable-redeemable.js';
export type { StackableRedeemable } from './stackable-redeemable.js';
export { stackingRulesSchema } from './stacking-rules.js';
export type { StackingRules } from './stacking-rules.js';
export {
  bundleSchema,
  redeemableObjectSchema,
  skippedRedeemableKeySchema,
  validationsRedeemableApplicableSchema,
  validationsRedeemableInapplicableSchema,
  validationsRedeemableSchema,
  validationsRedeemableSkippedSchema,
} from './validations-redeemable.js';
export type {
  SkippedRedeemableKey,
  ValidationsRedeemable,
  ValidationsRedeemableApplicable,
  ValidationsRedeemableInapplicable,
  ValidationsRedeemableSkipped,
} from './validations-redeemable.js';
export {
  validationsExpandSchema,
  validationsValidateRequestBodySchema,
} from './validations-validate-request-body.js';
export type { ValidationsValidateRequestBody } from './validations-validate-request-body.js';
export { validationsValidateResponseBodySchema } from './validations-validate-response-body.js';
export type { ValidationsValidateResponseBody } from './validations-validate-response-body.js';
export { DEFAULT_TIMEOUT_MS, createVoucherifyClient } from './voucherify-client.js';
export type {
  VoucherifyClient,
  VoucherifyClientOptions,
  VoucherifyRequestOptions,
  VoucherifyValidationsApi,
} from './voucherify-client.js';
