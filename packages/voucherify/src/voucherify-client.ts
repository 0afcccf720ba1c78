import { anySignal } from 'any-signal';
import type { z } from 'zod';

import {
  VoucherifyApiError,
  VoucherifyInvalidResponseError,
  VoucherifyNetworkError,
  VoucherifyTimeoutError,
} from './client-errors.js';
import { customerObjectSchema, type CustomerObject } from './customer-object.js';
import type { Customer } from './customer.js';
import { errorBodySchema } from './error-body.js';
import {
  loyaltiesMembersRewardsListResponseBodySchema,
  type LoyaltiesMembersRewardsListResponseBody,
} from './loyalties-members-rewards-list-response-body.js';
import { ordersGetResponseBodySchema, type OrdersGetResponseBody } from './orders-get-response-body.js';
import type { EventsTrackRequestBody } from './events-track-request-body.js';
import { eventsTrackResponseBodySchema, type EventsTrackResponseBody } from './events-track-response-body.js';
import type { QualificationsCheckEligibilityRequestBody } from './qualifications-check-eligibility-request-body.js';
import {
  qualificationsCheckEligibilityResponseBodySchema,
  type QualificationsCheckEligibilityResponseBody,
} from './qualifications-check-eligibility-response-body.js';
import { redemptionRollbackSchema, type RedemptionRollback } from './redemption-rollback.js';
import {
  redemptionsGetResponseBodySchema,
  type RedemptionsGetResponseBody,
} from './redemptions-get-response-body.js';
import type { RedemptionsRedeemRequestBody } from './redemptions-redeem-request-body.js';
import {
  redemptionsRedeemResponseBodySchema,
  type RedemptionsRedeemResponseBody,
} from './redemptions-redeem-response-body.js';
import type { RedemptionsRollbackRequestBody } from './redemptions-rollback-request-body.js';
import {
  redemptionsRollbacksResponseBodySchema,
  type RedemptionsRollbacksResponseBody,
} from './redemptions-rollbacks-response-body.js';
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

/** Body of {@link VoucherifyQualificationsApi.customerWallet}: a qualification for one customer. */
export type CustomerWalletRequestBody = Omit<
  QualificationsCheckEligibilityRequestBody,
  'scenario' | 'customer'
> & {
  /** The wallet's owner, by `id` or `source_id`. */
  customer: Customer;
};

/** `/v1/qualifications` methods. */
export interface VoucherifyQualificationsApi {
  /**
   * `POST /v1/qualifications`: lists the redeemables (codes, promotion tiers, campaigns, stacks)
   * that apply to the customer and order, one page at a time.
   */
  checkEligibility(
    body: QualificationsCheckEligibilityRequestBody,
    options?: VoucherifyRequestOptions,
  ): Promise<QualificationsCheckEligibilityResponseBody>;
  /**
   * The customer's wallet: `POST /v1/qualifications` with scenario `CUSTOMER_WALLET`, which lists
   * the codes published to the customer (coupons, referral codes, gift cards with
   * `result.gift.balance`, loyalty cards with `result.loyalty_card.balance`) that apply to the order.
   */
  customerWallet(
    body: CustomerWalletRequestBody,
    options?: VoucherifyRequestOptions,
  ): Promise<QualificationsCheckEligibilityResponseBody>;
}

/** `/v1/redemptions` methods. */
export interface VoucherifyRedemptionsApi {
  /**
   * `POST /v1/redemptions` (stackable): redeems up to 30 redeemables against the order, under the
   * validation's `LOCK` session when its key is sent. Not idempotent: dedupe by order first.
   */
  redeem(
    body: RedemptionsRedeemRequestBody,
    options?: VoucherifyRequestOptions,
  ): Promise<RedemptionsRedeemResponseBody>;
  /**
   * `POST /v1/redemptions/{redemptionId}/rollback`: undoes a single, unstacked redemption. `reason`
   * and `tracking_id` also go in the query. A second call fails with 400 `already_rolled_back`.
   */
  rollback(
    redemptionId: string,
    body?: RedemptionsRollbackRequestBody,
    options?: VoucherifyRequestOptions,
  ): Promise<RedemptionRollback>;
  /**
   * `POST /v1/redemptions/{parentRedemptionId}/rollbacks`: undoes a stacked redemption and all its
   * children (or a single redemption without parent). `reason` and `tracking_id` also go in the
   * query.
   */
  rollbackStackable(
    parentRedemptionId: string,
    body?: RedemptionsRollbackRequestBody,
    options?: VoucherifyRequestOptions,
  ): Promise<RedemptionsRollbacksResponseBody>;
  /**
   * `GET /v1/redemptions/{redemptionId}`: one redemption (successful or failed) or rollback, with
   * its `result`, `status` (`ROLLED_BACK` once undone) and the order as it booked it. A 404
   * {@link VoucherifyApiError} (`not_found`) for an unknown id.
   */
  get(redemptionId: string, options?: VoucherifyRequestOptions): Promise<RedemptionsGetResponseBody>;
}

/** `/v1/orders` methods. */
export interface VoucherifyOrdersApi {
  /**
   * `GET /v1/orders/{orderId}`: the order by Voucherify id (`ord_…`) or by the store's own
   * `source_id`, with `redemptions`: every redemption made for it, keyed by id (a stacked parent
   * lists its children in `stacked`; a rolled back one has `rollback_id`). This is how Voucherify
   * tells what was redeemed for an order. A 404 {@link VoucherifyApiError} (`not_found`) when no
   * order has this id or source id (nothing was ever redeemed for it).
   */
  get(orderId: string, options?: VoucherifyRequestOptions): Promise<OrdersGetResponseBody>;
}

/** `/v1/vouchers` methods. */
export interface VoucherifyVouchersApi {
  /**
   * `DELETE /v1/vouchers/{code}/sessions/{sessionKey}`: releases what a `LOCK` validation session
   * reserves on the voucher (its use, gift credits, loyalty points) before the session's TTL.
   * Resolves on Voucherify's 204. Idempotent in effect, so safe to call again: once released, the
   * call fails with a 404 {@link VoucherifyApiError} (`not_found`), as it does for an unknown
   * voucher or session.
   */
  releaseSession(code: string, sessionKey: string, options?: VoucherifyRequestOptions): Promise<void>;
}

/** `/v1/customers` methods. */
export interface VoucherifyCustomersApi {
  /** `POST /v1/customers`: creates the customer, or updates the one with the same `id` / `source_id`. */
  upsert(body: Customer, options?: VoucherifyRequestOptions): Promise<CustomerObject>;
}

/** `/v1/events` methods. */
export interface VoucherifyEventsApi {
  /** `POST /v1/events`: records a custom event (a referral conversion when `referral.code` is set). */
  track(body: EventsTrackRequestBody, options?: VoucherifyRequestOptions): Promise<EventsTrackResponseBody>;
}

/** `/v1/loyalties` methods. */
export interface VoucherifyLoyaltiesApi {
  /**
   * `GET /v1/loyalties/members/{memberId}/rewards`: the rewards a loyalty card (`memberId`, its code
   * or id) can be spent on, with their cost; with `affordableOnly`, those its points buy now.
   */
  memberRewards(
    memberId: string,
    query?: { affordableOnly?: boolean },
    options?: VoucherifyRequestOptions,
  ): Promise<LoyaltiesMembersRewardsListResponseBody>;
}

/** Typed Voucherify server-side client, grouped by API resource. */
export interface VoucherifyClient {
  /** Qualifications ("check eligibility") and the customer wallet. */
  readonly qualifications: VoucherifyQualificationsApi;
  /** Stackable validations. */
  readonly validations: VoucherifyValidationsApi;
  /** Stackable redemptions, rollbacks, and a redemption by id. */
  readonly redemptions: VoucherifyRedemptionsApi;
  /** Orders, with the redemptions made for each. */
  readonly orders: VoucherifyOrdersApi;
  /** Voucher validation sessions. */
  readonly vouchers: VoucherifyVouchersApi;
  /** Customer upsert. */
  readonly customers: VoucherifyCustomersApi;
  /** Custom events. */
  readonly events: VoucherifyEventsApi;
  /** Loyalty card rewards. */
  readonly loyalties: VoucherifyLoyaltiesApi;
}

/**
 * Creates a typed client for Voucherify's server-side API (or the PromoKit engine). Responses are
 * checked against the wire schemas. Failures throw a `VoucherifyClientError` subclass:
 * {@link VoucherifyApiError} for non-2xx, {@link VoucherifyTimeoutError},
 * {@link VoucherifyNetworkError}, {@link VoucherifyInvalidResponseError}. Nothing is retried: a
 * POST may have taken effect, and the caller decides when an idempotent GET or DELETE is worth
 * repeating.
 */
export function createVoucherifyClient(options: VoucherifyClientOptions): VoucherifyClient {
  const send = createSend(options);
  const post: Post = (path, body, schema, requestOptions) =>
    send('POST', path, body, requestOptions).then(({ status, text }) => parseResponse(status, text, schema));
  const get = <Schema extends z.ZodType>(
    path: string,
    schema: Schema,
    requestOptions: VoucherifyRequestOptions | undefined,
  ) =>
    send('GET', path, undefined, requestOptions).then(({ status, text }) =>
      parseResponse(status, text, schema),
    );
  return {
    qualifications: {
      checkEligibility: (body, requestOptions) =>
        post('/v1/qualifications', body, qualificationsCheckEligibilityResponseBodySchema, requestOptions),
      customerWallet: (body, requestOptions) =>
        post(
          '/v1/qualifications',
          { ...body, scenario: 'CUSTOMER_WALLET' },
          qualificationsCheckEligibilityResponseBodySchema,
          requestOptions,
        ),
    },
    validations: {
      validate: (body, requestOptions) =>
        post('/v1/validations', body, validationsValidateResponseBodySchema, requestOptions),
    },
    redemptions: {
      redeem: (body, requestOptions) =>
        post('/v1/redemptions', body, redemptionsRedeemResponseBodySchema, requestOptions),
      rollback: (redemptionId, body = {}, requestOptions) =>
        post(rollbackPath(redemptionId, 'rollback', body), body, redemptionRollbackSchema, requestOptions),
      rollbackStackable: (parentRedemptionId, body = {}, requestOptions) =>
        post(
          rollbackPath(parentRedemptionId, 'rollbacks', body),
          body,
          redemptionsRollbacksResponseBodySchema,
          requestOptions,
        ),
      get: (redemptionId, requestOptions) =>
        get(
          `/v1/redemptions/${encodeURIComponent(redemptionId)}`,
          redemptionsGetResponseBodySchema,
          requestOptions,
        ),
    },
    orders: {
      get: (orderId, requestOptions) =>
        get(`/v1/orders/${encodeURIComponent(orderId)}`, ordersGetResponseBodySchema, requestOptions),
    },
    loyalties: {
      memberRewards: (memberId, query = {}, requestOptions) =>
        get(
          `/v1/loyalties/members/${encodeURIComponent(memberId)}/rewards${query.affordableOnly ? '?affordable_only=true' : ''}`,
          loyaltiesMembersRewardsListResponseBodySchema,
          requestOptions,
        ),
    },
    vouchers: {
      releaseSession: async (code, sessionKey, requestOptions) => {
        const path = `/v1/vouchers/${encodeURIComponent(code)}/sessions/${encodeURIComponent(sessionKey)}`;
        await send('DELETE', path, undefined, requestOptions);
      },
    },
    customers: {
      upsert: (body, requestOptions) => post('/v1/customers', body, customerObjectSchema, requestOptions),
    },
    events: {
      track: (body, requestOptions) =>
        post('/v1/events', body, eventsTrackResponseBodySchema, requestOptions),
    },
  };
}

/** `/v1/redemptions/{id}/rollback[s]` with the body's `reason` and `tracking_id` as query parameters. */
function rollbackPath(
  redemptionId: string,
  action: 'rollback' | 'rollbacks',
  { reason, tracking_id }: RedemptionsRollbackRequestBody,
): string {
  const query = new URLSearchParams();
  if (reason) query.set('reason', reason);
  if (tracking_id) query.set('tracking_id', tracking_id);
  const search = query.size === 0 ? '' : `?${query.toString()}`;
  return `/v1/redemptions/${encodeURIComponent(redemptionId)}/${action}${search}`;
}

type Post = <Schema extends z.ZodType>(
  path: string,
  body: unknown,
  schema: Schema,
  requestOptions: VoucherifyRequestOptions | undefined,
) => Promise<z.output<Schema>>;

/** Sends one request; answers a 2xx response's status and text, throws for anything else. */
type Send = (
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body: unknown,
  requestOptions: VoucherifyRequestOptions | undefined,
) => Promise<{ status: number; text: string }>;

function createSend({
  baseUrl,
  appId,
  appToken,
  fetch: fetchImpl = globalThis.fetch,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  apiVersion,
}: VoucherifyClientOptions): Send {
  const origin = baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-App-Id': appId,
    'X-App-Token': appToken,
    ...(apiVersion === undefined ? {} : { 'X-Voucherify-API-Version': apiVersion }),
  };

  return async (method, path, body, requestOptions) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const callerSignal = requestOptions?.signal;
    // any-signal, not AbortSignal.any, which Edge runtimes lack and which leaks listeners on Node.
    const combined = callerSignal ? anySignal([callerSignal, timeout]) : undefined;
    const signal = combined ?? timeout;

    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(`${origin}${path}`, {
        method,
        ...(body === undefined
          ? { headers }
          : { headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timeout.aborted) throw new VoucherifyTimeoutError(timeoutMs);
      throw new VoucherifyNetworkError(error);
    } finally {
      combined?.clear();
    }

    if (!response.ok) {
      throw new VoucherifyApiError({
        status: response.status,
        body: errorBodySchema.safeParse(parseJson(text)).data,
        retryAfter: parseRetryAfter(response.headers.get('Retry-After'), Date.now()),
      });
    }
    return { status: response.status, text };
  };
}

/** A 2xx response's body parsed with `schema`, or {@link VoucherifyInvalidResponseError}. */
function parseResponse<Schema extends z.ZodType>(
  status: number,
  text: string,
  schema: Schema,
): z.output<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new VoucherifyInvalidResponseError(status, error);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new VoucherifyInvalidResponseError(status, parsed.error);
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
