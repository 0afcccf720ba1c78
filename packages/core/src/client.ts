import type { ResponseOf, ResponseValidator, RouteName } from './contract.js';
import { parseResponse } from './contract.js';
import { PROMO_ERROR_CODES, PromoError, type PromoErrorCode } from './promo-error.js';
import type { QualificationsRequest } from './qualifications.js';
import type { RedeemRequest, RollbackRequest } from './redemption.js';
import type { ValidateRequest } from './validation.js';
import type { TrackRequest } from './wallet.js';

/** Options of {@link createPromoClient}. */
export interface PromoClientOptions {
  /**
   * Where the BFF is mounted, e.g. `/api/promotions` or `https://shop.example/api/promotions`. A
   * relative URL resolves against the page, so a client that calls on the server (prefetching in
   * a Server Component, a loader) needs an absolute one; without a page to resolve it against, a
   * call throws a TypeError saying so.
   */
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

/**
 * The error of an answer without a PromoKit error body, by status: what a proxy, a CDN or a
 * framework in front of the BFF answers. 502, 503 and 504 mean the BFF is not there right now
 * (a dev proxy whose target is down, a gateway timing out): an outage, retried like one.
 */
const STATUS_CODES: Record<number, PromoErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

/**
 * Creates a {@link PromoClient} for the BFF at `options.baseUrl`. Its calls reject with a
 * {@link PromoError}: `network` when nothing answers; `not_found` naming the URL when something
 * answers 404 without a PromoKit error body (a `baseUrl` that misses the BFF); `unavailable` for
 * 502, 503 and 504 (a proxy or gateway in front of a BFF that is down); otherwise the code of the
 * BFF's error body, or of the status. A relative `baseUrl` with no page to resolve it against (on
 * the server) rejects with a TypeError, a configuration error rather than an outage. Outside
 * production builds, the 404 is also written to `console.error`, once per client, since a shopper reads it as an outage ("we
 * couldn't check your code") while it is the storefront's configuration: in a Vite app, a
 * `baseUrl` with no `server.proxy` to the BFF.
 */
export function createPromoClient(options: PromoClientOptions): PromoClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const validator =
    options.validateResponses === undefined ? developmentValidator : options.validateResponses || undefined;
  let missedReported = false;

  async function post<R extends RouteName>(
    route: R,
    body: unknown,
    call: CallOptions = {},
  ): Promise<ResponseOf<R>> {
    const url = `${baseUrl}/${route}`;
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
        body: JSON.stringify(body),
        credentials: 'include',
        signal: call.signal ?? null,
      });
    } catch (cause) {
      if (call.signal?.aborted) throw new PromoError('aborted', 'The request was aborted', { cause });
      if (!ABSOLUTE_URL.test(url) && globalThis.location === undefined) {
        throw new TypeError(
          `createPromoClient: baseUrl ${JSON.stringify(options.baseUrl)} is relative; a server needs an absolute one`,
          { cause },
        );
      }
      throw new PromoError('network', `The promotions service could not be reached at ${url}`, { cause });
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = errorFromResponse(response, payload, url);
      // For the storefront's developer; bundlers drop it from production builds.
      if (
        process.env.NODE_ENV !== 'production' &&
        response.status === 404 &&
        !isErrorBody(payload) &&
        !missedReported
      ) {
        missedReported = true;
        console.error(`PromoKit: ${error.message}`);
      }
      throw error;
    }
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

/** `scheme:` at the start: a URL that needs no page to resolve against. */
const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

/** Whether `payload` is a PromoKit error body, `{ error: { code, message } }`. */
const isErrorBody = (payload: unknown): boolean =>
  typeof (payload as { error?: { code?: unknown } } | undefined)?.error?.code === 'string';

function errorFromResponse(response: Response, payload: unknown, url: string): PromoError {
  const error = (payload as { error?: Record<string, unknown> } | undefined)?.error;
  const code = PROMO_ERROR_CODES.find((known) => known === error?.code);
  const retryHeader = Number(response.headers.get('retry-after'));
  const message =
    typeof error?.message === 'string'
      ? error.message
      : response.status === 404
        ? `No PromoKit BFF answers POST ${url} (404): check baseUrl`
        : `The promotions service answered ${response.status} at ${url}`;
  return new PromoError(code ?? STATUS_CODES[response.status] ?? 'server', message, {
    status: response.status,
    path: typeof error?.path === 'string' ? error.path : undefined,
    retryAfter: Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined,
  });
}
