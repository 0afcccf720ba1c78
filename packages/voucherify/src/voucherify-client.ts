import type { z } from 'zod';

import {
  VoucherifyApiError,
  VoucherifyInvalidResponseError,
  VoucherifyNetworkError,
  VoucherifyTimeoutError,
} from './client-errors.js';
import { errorBodySchema } from './error-body.js';
import { parseRetryAfter } from './retry-after.js';
import type { ValidationsValidateRequestBody } from './validations-validate-request-body.js';
import {
  validationsValidateResponseBodySchema,
  type ValidationsValidateResponseBody,
} from './validations-validate-response-body.js';

/** Default time allowed for one request, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Settings of {@link createVoucherifyClient}. */
export interface VoucherifyClientOptions {
  /** API origin, for example `https://api.voucherify.io` or the PromoKit engine's URL. */
  baseUrl: string;
  /** Application id, sent as `X-App-Id`. Server-side only. */
  appId: string;
  /** Application secret, sent as `X-App-Token`. Server-side only. */
  appToken: string;
  /** `fetch` to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Time allowed for one request, headers and body; defaults to {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Sent as `X-Voucherify-API-Version` when given (for example `v2018-08-01`). */
  apiVersion?: string;
}

/** Per-call settings. */
export interface VoucherifyRequestOptions {
  /** Cancels the call; the caller's abort reason is rethrown as is. */
  signal?: AbortSignal;
}

/** `/v1/validations` methods. */
export interface VoucherifyValidationsApi {
  /** `POST /v1/validations`: validates up to 30 redeemables against an order. */
  validate(
    body: ValidationsValidateRequestBody,
    options?: VoucherifyRequestOptions,
  ): Promise<ValidationsValidateResponseBody>;
}

/** Typed Voucherify server-side client, grouped by API resource. */
export interface VoucherifyClient {
  /** Stackable validations. */
  readonly validations: VoucherifyValidationsApi;
}

/**
 * Creates a typed client for Voucherify's server-side API (or the PromoKit engine). Responses are
 * checked against the wire schemas. Failures throw a `VoucherifyClientError` subclass:
 * {@link VoucherifyApiError} for non-2xx, {@link VoucherifyTimeoutError},
 * {@link VoucherifyNetworkError}, {@link VoucherifyInvalidResponseError}. Nothing is retried: a
 * POST may have taken effect.
 */
export function createVoucherifyClient(options: VoucherifyClientOptions): VoucherifyClient {
  const post = createPost(options);
  return {
    validations: {
      validate: (body, requestOptions) =>
        post('/v1/validations', body, validationsValidateResponseBodySchema, requestOptions),
    },
  };
}

type Post = <Schema extends z.ZodType>(
  path: string,
  body: unknown,
  schema: Schema,
  requestOptions: VoucherifyRequestOptions | undefined,
) => Promise<z.output<Schema>>;

function createPost({
  baseUrl,
  appId,
  appToken,
  fetch: fetchImpl = globalThis.fetch,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  apiVersion,
}: VoucherifyClientOptions): Post {
  const origin = baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'X-App-Id': appId,
    'X-App-Token': appToken,
    ...(apiVersion === undefined ? {} : { 'X-Voucherify-API-Version': apiVersion }),
  };

  return async (path, body, schema, requestOptions) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const callerSignal = requestOptions?.signal;
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;

    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(`${origin}${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timeout.aborted) throw new VoucherifyTimeoutError(timeoutMs);
      throw new VoucherifyNetworkError(error);
    }

    if (!response.ok) {
      throw new VoucherifyApiError({
        status: response.status,
        body: errorBodySchema.safeParse(parseJson(text)).data,
        retryAfter: parseRetryAfter(response.headers.get('Retry-After'), Date.now()),
      });
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new VoucherifyInvalidResponseError(response.status, error);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new VoucherifyInvalidResponseError(response.status, parsed.error);
    return parsed.data;
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
