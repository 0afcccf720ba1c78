import type { ErrorBody } from './error-body.js';

/** Base class of every error the Voucherify client throws. */
export abstract class VoucherifyClientError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** What {@link VoucherifyApiError} is built from. */
export interface VoucherifyApiErrorInit {
  /** HTTP status of the response. */
  status: number;
  /** The response body, when it is a Voucherify error body. */
  body: ErrorBody | undefined;
  /** Seconds to wait before retrying, from the `Retry-After` header. */
  retryAfter: number | undefined;
}

/** Voucherify answered with a non-2xx status (400 invalid payload, 401, 404, 429, 5xx…). */
export class VoucherifyApiError extends VoucherifyClientError {
  /** HTTP status of the response. */
  readonly status: number;
  /** The response body parsed as a Voucherify error body; `undefined` when it is not one. */
  readonly body: ErrorBody | undefined;
  /** Seconds to wait before retrying (`Retry-After`), when the server said so. */
  readonly retryAfter: number | undefined;

  constructor({ status, body, retryAfter }: VoucherifyApiErrorInit) {
    super(describe(status, body));
    this.status = status;
    this.body = body;
    this.retryAfter = retryAfter;
  }
}

/** No response arrived within the client's `timeoutMs`. */
export class VoucherifyTimeoutError extends VoucherifyClientError {
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`Voucherify did not respond within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The request could not be sent or its response could not be read (DNS, refused, reset…). */
export class VoucherifyNetworkError extends VoucherifyClientError {
  constructor(cause: unknown) {
    super('Voucherify could not be reached', { cause });
  }
}

/** A 2xx response that is not JSON or does not match the expected schema; `cause` says why. */
export class VoucherifyInvalidResponseError extends VoucherifyClientError {
  /** HTTP status of the response. */
  readonly status: number;

  constructor(status: number, cause: unknown) {
    super(`Voucherify sent an unexpected response (HTTP ${status})`, { cause });
    this.status = status;
  }
}

function describe(status: number, body: ErrorBody | undefined): string {
  if (body === undefined) return `Voucherify responded with HTTP ${status}`;
  const key = body.key ? ` ${body.key}` : '';
  const details = body.details ? ` (${body.details})` : '';
  return `Voucherify responded with HTTP ${status}${key}: ${body.message}${details}`;
}
