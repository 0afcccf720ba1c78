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
export { customerObjectSchema } from './customer-object.js';
export type { CustomerObject } from './customer-object.js';
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
export { eventsTrackRequestBodySchema } from './events-track-request-body.js';
export type { EventsTrackRequestBody } from './events-track-request-body.js';
export { eventsTrackResponseBodySchema } from './events-track-response-body.js';
export type { EventsTrackResponseBody } from './events-track-response-body.js';
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
export { ordersCreateRequestBodySchema } from './orders-create-request-body.js';
export type { OrdersCreateRequestBody } from './orders-create-request-body.js';
export { ordersGetResponseBodySchema } from './orders-get-response-body.js';
export type { OrdersGetResponseBody } from './orders-get-response-body.js';
export type { Order, OrderStatus } from './order.js';
export { loyaltiesMembersRewardsListResponseBodySchema } from './loyalties-members-rewards-list-response-body.js';
export type { LoyaltiesMembersRewardsListResponseBody } from './loyalties-members-rewards-list-response-body.js';
export { promoKitLoyaltyRewardSchema, promoKitResultExtensionSchema } from './promokit-extension.js';
export type {
  PromoKitLoyaltyReward,
  PromoKitLoyaltyTier,
  PromoKitResultExtension,
} from './promokit-extension.js';
export {
  campaignTypeSchema,
  qualificationsCheckEligibilityRequestBodySchema,
  qualificationsExpandSchema,
  qualificationsFieldConditionsSchema,
  qualificationsFiltersSchema,
  qualificationsOptionsSchema,
  qualificationsResourceTypeSchema,
  qualificationsScenarioSchema,
  qualificationsSortingRuleSchema,
} from './qualifications-check-eligibility-request-body.js';
export type {
  CampaignType,
  QualificationsCheckEligibilityRequestBody,
  QualificationsFieldConditions,
  QualificationsFilters,
  QualificationsOptions,
  QualificationsScenario,
} from './qualifications-check-eligibility-request-body.js';
export {
  qualificationsCheckEligibilityResponseBodySchema,
  qualificationsRedeemablesSchema,
} from './qualifications-check-eligibility-response-body.js';
export type { QualificationsCheckEligibilityResponseBody } from './qualifications-check-eligibility-response-body.js';
export {
  giftResultSchema,
  loyaltyCardResultSchema,
  qualificationsRedeemableBaseSchema,
  qualificationsRedeemableObjectSchema,
  qualificationsRedeemableSchema,
} from './qualifications-redeemable.js';
export type { QualificationsRedeemable, QualificationsRedeemableBase } from './qualifications-redeemable.js';
export { redemptionRollbackSchema } from './redemption-rollback.js';
export type { RedemptionRollback } from './redemption-rollback.js';
export {
  redemptionChannelSchema,
  redemptionRelatedObjectTypeSchema,
  redemptionResultSchema,
  redemptionSchema,
} from './redemption.js';
export type { Redemption } from './redemption.js';
export { redemptionsGetResponseBodySchema } from './redemptions-get-response-body.js';
export type { RedemptionsGetResponseBody } from './redemptions-get-response-body.js';
export {
  redemptionsExpandSchema,
  redemptionsRedeemRequestBodySchema,
} from './redemptions-redeem-request-body.js';
export type { RedemptionsRedeemRequestBody } from './redemptions-redeem-request-body.js';
export { redemptionsRedeemResponseBodySchema } from './redemptions-redeem-response-body.js';
export type { RedemptionsRedeemResponseBody } from './redemptions-redeem-response-body.js';
export { redemptionsRollbackRequestBodySchema } from './redemptions-rollback-request-body.js';
export type { RedemptionsRollbackRequestBody } from './redemptions-rollback-request-body.js';
export { redemptionsRollbacksResponseBodySchema } from './redemptions-rollbacks-response-body.js';
export type { RedemptionsRollbacksResponseBody } from './redemptions-rollbacks-response-body.js';
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
  CustomerWalletRequestBody,
  VoucherifyClient,
  VoucherifyClientOptions,
  VoucherifyCustomersApi,
  VoucherifyEventsApi,
  VoucherifyLoyaltiesApi,
  VoucherifyOrdersApi,
  VoucherifyQualificationsApi,
  VoucherifyRedemptionsApi,
  VoucherifyRequestOptions,
  VoucherifyValidationsApi,
  VoucherifyVouchersApi,
} from './voucherify-client.js';
