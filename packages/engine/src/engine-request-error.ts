import type { ErrorBody } from '@promokit/voucherify';

/**
 * A request the engine refuses as a whole (400 `duplicated_redeemables`, 400 `invalid_redeemables`,
 * 404 for an unknown promotion stack). `body` is the Voucherify error body to send with `status`.
 */
export class EngineRequestError extends Error {
  /** HTTP status, equal to `body.code`. */
  readonly status: number;
  /** Voucherify error body. */
  readonly body: ErrorBody;

  constructor(body: ErrorBody) {
    super(`${body.key ?? 'error'}: ${body.message}${body.details ? ` (${body.details})` : ''}`);
    this.name = 'EngineRequestError';
    this.status = body.code;
    this.body = body;
  }
}
