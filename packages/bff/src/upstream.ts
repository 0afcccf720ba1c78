import {
  createVoucherifyClient,
  type Customer,
  type CustomerObject,
  type CustomerWalletRequestBody,
  type EventsTrackRequestBody,
  type EventsTrackResponseBody,
  type LoyaltiesMembersRewardsListResponseBody,
  type OrdersGetResponseBody,
  type QualificationsCheckEligibilityRequestBody,
  type QualificationsCheckEligibilityResponseBody,
  type RedemptionsGetResponseBody,
  type RedemptionsRedeemRequestBody,
  type RedemptionsRedeemResponseBody,
  type RedemptionsRollbackRequestBody,
  type RedemptionsRollbacksResponseBody,
  type ValidationsValidateRequestBody,
  type ValidationsValidateResponseBody,
} from '@promokit/voucherify';

/**
 * Where promotions come from: Voucherify, or the embedded engine speaking its wire format. Each
 * call is one Voucherify v1 endpoint; none is retried, since a POST may have taken effect (an
 * unreleased session is released again on the shopper's next validation without codes). A call
 * made without a signal must still end on its own (`voucherifyUpstream` gives up after its
 * `timeoutMs`).
 */
export interface Upstream {
  /** Named in the start-up log. */
  readonly name: string;
  /** `POST /v1/validations`. */
  validate(
    body: ValidationsValidateRequestBody,
    signal?: AbortSignal,
  ): Promise<ValidationsValidateResponseBody>;
  /** `POST /v1/qualifications`. */
  qualify(
    body: QualificationsCheckEligibilityRequestBody,
    signal?: AbortSignal,
  ): Promise<QualificationsCheckEligibilityResponseBody>;
  /** `POST /v1/qualifications` with scenario `CUSTOMER_WALLET`. */
  wallet(
    body: CustomerWalletRequestBody,
    signal?: AbortSignal,
  ): Promise<QualificationsCheckEligibilityResponseBody>;
  /** `POST /v1/redemptions` (stackable). */
  redeem(body: RedemptionsRedeemRequestBody, signal?: AbortSignal): Promise<RedemptionsRedeemResponseBody>;
  /** `POST /v1/redemptions/{parentRedemptionId}/rollbacks`. */
  rollback(
    parentRedemptionId: string,
    body: RedemptionsRollbackRequestBody,
    signal?: AbortSignal,
  ): Promise<RedemptionsRollbacksResponseBody>;
  /**
   * `GET /v1/orders/{orderId}` by the storefront's order id (Voucherify's `source_id`): the order
   * with `redemptions`, every redemption made for it (parents, each with `rollback_id` once rolled
   * back). How the BFF finds out what upstream booked for an order when a redemption's answer was
   * lost. Rejects with a 404 `VoucherifyApiError` when nothing was ever redeemed for the order.
   */
  order(orderId: string, signal?: AbortSignal): Promise<OrdersGetResponseBody>;
  /**
   * `GET /v1/redemptions/{redemptionId}`: a redemption as booked (its `order`, `result`, `status`),
   * or a rollback.
   */
  redemption(redemptionId: string, signal?: AbortSignal): Promise<RedemptionsGetResponseBody>;
  /**
   * `DELETE /v1/vouchers/{code}/sessions/{sessionKey}`: releases what a validation's `LOCK` session
   * reserves on one voucher (a use, gift credits, loyalty points). Rejects with a 404
   * `VoucherifyApiError` when the session holds nothing on it (already released, expired, redeemed).
   */
  releaseSession(code: string, sessionKey: string, signal?: AbortSignal): Promise<void>;
  /** `POST /v1/customers` (upsert). */
  upsertCustomer(body: Customer, signal?: AbortSignal): Promise<CustomerObject>;
  /** `POST /v1/events`. */
  track(body: EventsTrackRequestBody, signal?: AbortSignal): Promise<EventsTrackResponseBody>;
  /**
   * The reward a loyalty campaign's cards pay with points through (`rew_…`), sent as a code's
   * `reward.id` when the shopper spends points; `undefined` when unknown.
   */
  payWithPointsReward(campaignId: string): string | undefined;
  /**
   * `GET /v1/loyalties/members/{memberId}/rewards`: what a loyalty card's points can be spent on,
   * with the cost of each; read by the wallet when the qualification did not list them. Optional:
   * without it, a wallet lists only the rewards qualifications carry.
   */
  memberRewards?(memberId: string, signal?: AbortSignal): Promise<LoyaltiesMembersRewardsListResponseBody>;
  /** Releases what the upstream holds (the embedded engine's database). */
  close(): void;
}

/** Options of {@link voucherifyUpstream}. */
export interface VoucherifyUpstreamOptions {
  /** Cluster URL, e.g. `https://api.voucherify.io` or `https://us1.api.voucherify.io`. */
  baseUrl: string;
  appId: string;
  appToken: string;
  /**
   * The longest one call waits for Voucherify's answer, in milliseconds; default 10 000. Each
   * request's budget (`BffOptions.upstreamBudgetMs`) ends its calls sooner; this bounds a call that
   * outlives its request (a qualification finishing after its page was answered). Keep it above
   * the longest budget, or it cuts that route's calls short.
   */
  timeoutMs?: number;
  /** Sent as `X-Voucherify-API-Version`; default `v2018-08-01`. */
  apiVersion?: string;
  /** The fetch to call Voucherify with; defaults to the global one. */
  fetch?: typeof fetch;
  name?: string;
  /**
   * The pay-with-points reward of each loyalty campaign (campaign id → `rew_…`), which Voucherify
   * requires with the points a shopper spends on a loyalty card.
   */
  payWithPointsRewards?: Readonly<Record<string, string>>;
}

/** An {@link Upstream} that calls Voucherify's API (or anything speaking it) over HTTP. */
export function voucherifyUpstream(options: VoucherifyUpstreamOptions): Upstream {
  const client = createVoucherifyClient({
    baseUrl: options.baseUrl,
    appId: options.appId,
    appToken: options.appToken,
    timeoutMs: options.timeoutMs ?? 10_000,
    apiVersion: options.apiVersion ?? 'v2018-08-01',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const call = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
  return {
    name: options.name ?? `voucherify ${options.baseUrl}`,
    validate: (body, signal) => client.validations.validate(body, call(signal)),
    qualify: (body, signal) => client.qualifications.checkEligibility(body, call(signal)),
    wallet: (body, signal) => client.qualifications.customerWallet(body, call(signal)),
    redeem: (body, signal) => client.redemptions.redeem(body, call(signal)),
    rollback: (id, body, signal) => client.redemptions.rollbackStackable(id, body, call(signal)),
    order: (orderId, signal) => client.orders.get(orderId, call(signal)),
    redemption: (redemptionId, signal) => client.redemptions.get(redemptionId, call(signal)),
    releaseSession: (code, sessionKey, signal) =>
      client.vouchers.releaseSession(code, sessionKey, call(signal)),
    upsertCustomer: (body, signal) => client.customers.upsert(body, call(signal)),
    track: (body, signal) => client.events.track(body, call(signal)),
    payWithPointsReward: (campaignId) => options.payWithPointsRewards?.[campaignId],
    memberRewards: (memberId, signal) => client.loyalties.memberRewards(memberId, {}, call(signal)),
    close() {},
  };
}
