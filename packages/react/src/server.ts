/**
 * `@promokit/react/server`: what server code (a React Server Component, a route handler, a loader)
 * may import. Nothing here renders or uses a hook, so it carries no `"use client"`: the options
 * factories, the prefetch helper and money formatting. Hooks and the provider come from
 * `@promokit/react`, a client entry.
 */
export { formatMoney } from '@promokit/core';
export { prefetchOfferHints } from './prefetch-offer-hints.js';
export type { PromoQueryOptions } from './promo-query-options.js';
export { qualificationsOptions } from './qualifications-options.js';
export { redeemMutationOptions } from './redeem-mutation-options.js';
export { rollbackMutationOptions } from './rollback-mutation-options.js';
export type { UseOfferHintsOptions } from './use-offer-hints.js';
export { validateMutationOptions } from './validate-mutation-options.js';
export { validationOptions } from './validation-options.js';
export type { ValidationQueryOptions } from './validation-options.js';
export { walletOptions } from './wallet-options.js';
