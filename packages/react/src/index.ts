'use client';

export type { CodePersistence } from './code-store.js';
export type { ElementProps, MergedProps, Only } from './element-props.js';
export type { CouponEventProperties, PromoEvent, PromotionEventProperties } from './events.js';
export { usePromoContext } from './promo-context.js';
export type { PromoContextValue } from './promo-context.js';
export { mergeProps } from './merge-props.js';
export { PromoLiveUpdates } from './promo-live-updates.js';
export type { PromoLiveUpdatesProps } from './promo-live-updates.js';
export { PromoProvider } from './promo-provider.js';
export type { PromoProviderProps } from './promo-provider.js';
export type { PromoQueryOptions } from './promo-query-options.js';
export { qualificationsOptions } from './qualifications-options.js';
export { redeemMutationOptions } from './redeem-mutation-options.js';
export { rollbackMutationOptions } from './rollback-mutation-options.js';
export { useCodeField } from './use-code-field.js';
export type {
  CodeField,
  CodeFormProps,
  CodeInputElementProps,
  CodeLabelProps,
  CodeMessageProps,
  CodeSubmitProps,
  UseCodeFieldOptions,
} from './use-code-field.js';
export { useOfferHints } from './use-offer-hints.js';
export type { OfferElementProps, OfferHints, OfferProps, UseOfferHintsOptions } from './use-offer-hints.js';
export { usePromoCart } from './use-promo-cart.js';
export type {
  ApplyOutcome,
  CartCode,
  CartCodeStatus,
  PromoCart,
  UsePromoCartOptions,
} from './use-promo-cart.js';
export { useQualifications } from './use-qualifications.js';
export { useRedeem } from './use-redeem.js';
export { useRollback } from './use-rollback.js';
export { useValidateCode } from './use-validate-code.js';
export { useWallet } from './use-wallet.js';
export { validateMutationOptions } from './validate-mutation-options.js';
export { validationOptions } from './validation-options.js';
export type { ValidationQueryOptions } from './validation-options.js';
export { walletOptions } from './wallet-options.js';
