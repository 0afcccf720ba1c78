import type { ResponseOf, ResponseValidator, RouteName } from './contract.js';
import { parseResponse } from './contract.js';
import { PROMO_ERROR_CODES, PromoError, type PromoErrorCode } from './promo-error.js';
import type { QualificationsRequest } from './qualifications.js';
import type { RedeemRequest, RollbackRequest } from './redemption.js';
import type { ValidateRequest } from './validation.js';
import type { TrackRequest } from './wallet.js';

/** Options of {@link createPromoClient}. */
export interface PromoClientOptions {
  /** Where the BFF is mounted, e.g. `/api/promotions` or `https://shop.example/api/promotions`. */
  baseUrl: string;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /**
   * Checks each response against the contract. Defaults to {@link parseResponse} in development
   * and to nothing in a production build, which then carries no schema code; pass `parseResponse`
   * to keep checking in production, or `false` to never check.
   */
  validateResponses?: ResponseValidator | false;
}

/** Options of one call. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** A typed client of the PromoKit BFF. Safe to create at import time and on the server. */
export interface PromoClient {
  /** Offers for a journey stage: what qualifies, and what is close with what is missing. */
  qualifications(
    request: QualificationsRequest,
    options?: CallOptions,
  ): Promise<ResponseOf<'qualifications'>>;
  /** Validates a cart's codes: what applies, what does not and why, and the totals. */
  validate(request: ValidateRequest, options?: CallOptions): Promise<ResponseOf<'validate'>>;
  /** Redeems a cart's codes for an order; a retry for the same order answers the same. */
  redeem(request: RedeemRequest, options?: CallOptions): Promise<ResponseOf<'redeem'>>;
  /** Rolls an order's redemption back, e.g. when payment fails. */
  rollback(request: RollbackRequest, options?: CallOptions): Promise<ResponseOf<'rollback'>>;
  /** The signed-in shopper's codes, gift cards and loyalty points. */
  wallet(options?: CallOptions): Promise<ResponseOf<'wallet'>>;
  /** Tracks a custom event for the shopper. */
  track(request: TrackRequest, options?: CallOptions): Promise<ResponseOf<'track'>>;
}

// Bundlers replace process.env.NODE_ENV, as they do for React; in production this is `undefined`
// and the schemas drop out.
const developmentValidator: ResponseValidator | undefined =
  process.env.NODE_ENV !== 'production' ? parseResponse : undefined;

const STATUS_CODES: Record<number, PromoErrorCode> = {
  400: 'bad_request',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Creates a {@link PromoClient} for the BFF at `options.baseUrl`. */
export function createPromoClient(options: PromoClientOptions): PromoClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const validator =
    options.validateResponses === undefined ? developmentValidator : options.validateResponses || undefined;

  async function post<R extends RouteName>(
    route: R,
    body: unknown,
    call: CallOptions = {},
  ): Promise<ResponseOf<R>> {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(`${baseUrl}/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
        body: JSON.stringify(body),
        credentials: 'include',
        signal: call.signal ?? null,
      });
    } catch (cause) {
      if (call.signal?.aborted) throw new PromoError('aborted', 'The request was aborted', { cause });
      throw new PromoError('network', 'The promotions service could not be reached', { cause });
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw errorFromResponse(response, payload);
    if (!validator) return payload as ResponseOf<R>;
    try {
      return validator(route, payload);
    } catch (cause) {
      throw new PromoError('contract', `The ${route} response does not match the PromoKit contract`, {
        status: response.status,
        cause,
      });
    }
  }

  return {
    qualifications: (request, call) => post('qualifications', request, call),
    validate: (request, call) => post('validate', request, call),
    redeem: (request, call) => post('redeem', request, call),
    rollback: (request, call) => post('rollback', request, call),
    wallet: (call) => post('wallet', {}, call),
    track: (request, call) => post('track', request, call),
  };
}

function errorFromResponse(response: Response, payload: unknown): PromoError {
  const error = (payload as { error?: Record<string, unknown> } | undefined)?.error;
  const code = PROMO_ERROR_CODES.find((known) => known === error?.code);
  const retryHeader = Number(response.headers.get('retry-after'));
  return new PromoError(
    code ?? STATUS_CODES[response.status] ?? 'server',
    typeof error?.message === 'string' ? error.message : `The promotions service answered ${response.status}`,
    {
      status: response.status,
      path: typeof error?.path === 'string' ? error.path : undefined,
      retryAfter: Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined,
    },
  );
}
