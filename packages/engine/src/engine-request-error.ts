import type { ErrorBody } from '@promokit/voucherify';

import type { EngineErrorKey } from './error-keys.js';

/** A Voucherify error body whose `key` is one the engine sends. */
export type EngineErrorBody = ErrorBody & { key: EngineErrorKey };

/**
 * A request the engine refuses as a whole (400 `duplicated_redeemables`, 400 `invalid_redeemables`,
 * 404 for an unknown promotion stack) or a refused redemption (400 with the first rejection's key).
 * `body` is the Voucherify error body to send with `status`.
 */
export class EngineRequestError extends Error {
  /** HTTP status, equal to `body.code`. */
  readonly status: number;
  /** Voucherify error body. */
  readonly body: EngineErrorBody;

  constructor(body: EngineErrorBody) {
    super(`${body.key}: ${body.message}${body.details ? ` (${body.details})` : ''}`);
    this.name = 'EngineRequestError';
    this.status = body.code;
    this.body = body;
  }
}
