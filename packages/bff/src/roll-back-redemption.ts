import { VoucherifyApiError } from '@promokit/voucherify';

import type { BffRuntime } from './bff-runtime.js';

/** Rolls back a stacked redemption upstream; one already rolled back is left as it is. */
export async function rollBackRedemption(
  runtime: BffRuntime,
  id: string,
  reason: string,
  signal: AbortSignal,
): Promise<void> {
  try {
    await runtime.breaker.run(() => runtime.upstream.rollback(id, { reason }, signal));
  } catch (error) {
    if (!(error instanceof VoucherifyApiError && error.body?.key === 'already_rolled_back')) throw error;
  }
}
