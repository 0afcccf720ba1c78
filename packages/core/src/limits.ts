// The contract's limits, apart from its schemas so that code using them carries no zod.

/** Largest quantity of one product a cart line may hold. */
export const MAX_LINE_QUANTITY = 999;

/** Largest number of lines a cart may hold (Voucherify accepts 500 order items). */
export const MAX_CART_LINES = 100;

/** Most codes one cart may carry at once (Voucherify stacks up to 30 redeemables). */
export const MAX_CODES = 30;
