import type { ErrorBody } from './error-body.js';

/**
 * Every way a call to the BFF can fail. Business outcomes (a rejected code) are not errors; these
 * are transport, server and contract failures. A slow upstream is the BFF's to bound: it answers
 * `unavailable` (or, for codes, the `promotions_unavailable` rejection); a caller's own deadline,
 * such as `AbortSignal.timeout()`, ends the call as `aborted`.
 */
export const PROMO_ERROR_CODES = [
  'network',
  'aborted',
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'payload_too_large',
  'rate_limited',
  'unavailable',
  'server',
  'contract',
] as const;

/** One of {@link PROMO_ERROR_CODES}. */
export type PromoErrorCode = (typeof PROMO_ERROR_CODES)[number];

/** Options of a {@link PromoError}. */
export interface PromoErrorOptions {
  status?: number | undefined;
  path?: string | undefined;
  retryAfter?: number | undefined;
  cause?: unknown;
}

/** A transport, server or contract failure of a PromoKit call. */
export class PromoError extends Error {
  // Fields set in the constructor are declared only, so no class-field definitions are emitted.
  override readonly name = 'PromoError';
  /** What went wrong, as a closed set. */
  declare readonly code: PromoErrorCode;
  /** HTTP status, when the BFF answered. */
  declare readonly status: number | undefined;
  /** Dotted path of the offending field, for `bad_request`. */
  declare readonly path: string | undefined;
  /** Seconds to wait before retrying, for `rate_limited`. */
  declare readonly retryAfter: number | undefined;

  constructor(code: PromoErrorCode, message: string, options: PromoErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.path = options.path;
    this.retryAfter = options.retryAfter;
  }
}

/** The body the BFF sends for `error`; a function, so browser bundles leave it out. */
export function promoErrorBody({ code, message, path, retryAfter }: PromoError): ErrorBody {
  return {
    error: {
      code,
      message,
      ...(path === undefined ? {} : { path }),
      ...(retryAfter === undefined ? {} : { retryAfter }),
    },
  };
}

/** Whether `value` is a {@link PromoError}, optionally of one code. */
export function isPromoError(value: unknown, code?: PromoErrorCode): value is PromoError {
  return value instanceof PromoError && (!code || value.code === code);
}
