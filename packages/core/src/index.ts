export { appliedPromotionSchema, appliedSchema, codeKindSchema } from './applied.js';
export type { Applied, AppliedPromotion, CodeKind } from './applied.js';
export { cartLineSchema, cartSchema } from './cart.js';
export type { Cart, CartLine } from './cart.js';
export { createPromoClient } from './client.js';
export type { CallOptions, PromoClient, PromoClientOptions } from './client.js';
export { caseInsensitiveCodes } from './case-insensitive-codes.js';
export { codeEntryReducer, initialCodeEntryState, isCodeEntryBusy } from './code-entry.js';
export type { CodeEntryAction, CodeEntryState, CodeEntryStatus } from './code-entry.js';
export { caseSensitiveCodes } from './code-matching.js';
export type { CodeMatching } from './code-matching.js';
export { parseResponse, responseSchemas } from './contract.js';
export type { ResponseOf, ResponseValidator, RouteName } from './contract.js';
export { effectSchema } from './effect.js';
export type { Effect } from './effect.js';
export { errorBodySchema } from './error-body.js';
export type { ErrorBody } from './error-body.js';
export { MAX_CART_LINES, MAX_CODES, MAX_LINE_QUANTITY } from './limits.js';
export { formatMoney, minorDigits, toMajorUnits } from './money.js';
export { PROMO_ERROR_CODES, PromoError, isPromoError, promoErrorBody } from './promo-error.js';
export type { PromoErrorCode, PromoErrorOptions } from './promo-error.js';
export { normalizeCode } from './normalize-code.js';
export { cartKey, codeKey, promoKeys } from './promo-keys.js';
export {
  offerSchema,
  qualificationsRequestSchema,
  qualificationsResponseSchema,
  stageSchema,
} from './qualifications.js';
export type { Offer, QualificationsRequest, QualificationsResponse, Stage } from './qualifications.js';
export { REJECTION_REASONS, rejectionSchema } from './reasons.js';
export type { Rejection, RejectionReason } from './reasons.js';
export {
  REDEEM_STATUSES,
  orderIdSchema,
  redeemRequestSchema,
  redeemResponseSchema,
  rollbackRequestSchema,
  rollbackResponseSchema,
} from './redemption.js';
export type {
  RedeemRequest,
  RedeemResponse,
  RedeemStatus,
  RollbackRequest,
  RollbackResponse,
} from './redemption.js';
export { paymentSchema, totalsSchema } from './totals.js';
export type { Payment, Totals } from './totals.js';
export { boughtRewardSchema } from './bought-reward.js';
export type { BoughtReward } from './bought-reward.js';
export { loyaltyRewardSchema } from './loyalty-reward.js';
export type { LoyaltyReward } from './loyalty-reward.js';
export { codeEntrySchema, codeSchema, validateRequestSchema, validateResponseSchema } from './validation.js';
export type { CodeEntry, ValidateRequest, ValidateResponse } from './validation.js';
export {
  trackRequestSchema,
  trackResponseSchema,
  walletEntrySchema,
  walletResponseSchema,
} from './wallet.js';
export type { TrackRequest, TrackResponse, WalletEntry, WalletResponse } from './wallet.js';
