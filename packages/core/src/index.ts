export { MAX_CART_LINES, MAX_LINE_QUANTITY, cartLineSchema, cartSchema } from './cart.js';
export type { Cart, CartLine } from './cart.js';
export { createPromoClient } from './client.js';
export type { CallOptions, PromoClient, PromoClientOptions } from './client.js';
export { codeEntryReducer, initialCodeEntryState, normalizeCode } from './code-entry.js';
export type { CodeEntryAction, CodeEntryState, CodeEntryStatus } from './code-entry.js';
export { parseResponse, responseSchemas } from './contract.js';
export type { ResponseOf, ResponseValidator, RouteName } from './contract.js';
export { formatMoney, minorDigits } from './money.js';
export { errorBodySchema } from './error-body.js';
export type { ErrorBody } from './error-body.js';
export { PROMO_ERROR_CODES, PromoError, isPromoError } from './promo-error.js';
export type { PromoErrorCode, PromoErrorOptions } from './promo-error.js';
export { cartKey, promoKeys } from './promo-keys.js';
export { REJECTION_REASONS, rejectionSchema } from './reasons.js';
export type { Rejection, RejectionReason } from './reasons.js';
export {
  MAX_CODES,
  appliedSchema,
  codeSchema,
  effectSchema,
  totalsSchema,
  validateRequestSchema,
  validateResponseSchema,
} from './validation.js';
export type { Applied, Effect, Totals, ValidateRequest, ValidateResponse } from './validation.js';
