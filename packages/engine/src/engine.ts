import type {
  Customer,
  CustomerObject,
  EventsTrackRequestBody,
  EventsTrackResponseBody,
  QualificationsCheckEligibilityRequestBody,
  QualificationsCheckEligibilityResponseBody,
  OrdersCreateRequestBody,
  OrdersGetResponseBody,
  LoyaltiesMembersRewardsListResponseBody,
  RedemptionRollback,
  RedemptionsGetResponseBody,
  RedemptionsRedeemRequestBody,
  RedemptionsRedeemResponseBody,
  RedemptionsRollbackRequestBody,
  RedemptionsRollbacksResponseBody,
  ValidationsValidateRequestBody,
  ValidationsValidateResponseBody,
} from '@promokit/voucherify';

import { EngineRequestError } from './engine-request-error.js';
import { newId } from './ids.js';
import { campaignSummaries, type CampaignSummary } from './model/campaign-summary.js';
import { buildCatalog, type Catalog, findVoucher } from './model/catalog.js';
import type { RedeemableState } from './model/redeemable-definition.js';
import { qualify } from './qualifications/qualify.js';
import { redeemStack } from './redemption/redeem-stack.js';
import { rollbackRedemption } from './redemption/rollback-redemption.js';
import { codeClashes } from './seed/code-clashes.js';
import { InvalidSeedError, parseSeed } from './seed/parse-seed.js';
import type { Seed, SeedInput } from './seed/seed-schema.js';
import { openDatabase } from './storage/open-database.js';
import { createStore, type Store } from './storage/store.js';
import { trackEvent } from './events/track-event.js';
import { loyaltyCardsOf } from './customers/loyalty-cards-of.js';
import { loyaltyReward } from './rewards/loyalty-reward.js';
import { upsertCustomer } from './customers/upsert-customer.js';
import { upsertOrder } from './orders/upsert-order.js';
import { withCampaignStates } from './model/with-campaign-states.js';
import type { RequestCustomer } from './validation/evaluate-redeemable.js';
import { validateStack } from './validation/validate-stack.js';
import { formatPath } from './zod-path.js';

/** Settings of {@link openEngine}. */
export interface EngineOptions {
  /** SQLite file, created when missing (`:memory:` for a throwaway engine). */
  file: string;
  /** Loaded only when the database holds no seed yet; checked first (see `parseSeed`). */
  seed?: SeedInput;
  /** Clock for dates, TTLs and expiry; defaults to the system clock. */
  now?: () => Date;
  /**
   * Voucherify's `case_sensitive_codes` project setting for the project this engine serves,
   * overriding the seed's (whose default is `true`). `false` finds a code in any case, with full
   * Unicode case folding (`fußball5`, `FUSSBALL5` and `FUẞBALL5` find `FUßBALL5`); either way a
   * code matches however its accents are encoded. Answers spell codes as they were created.
   *
   * @throws {InvalidSeedError} from {@link openEngine} and {@link Engine.reseed} when the seed
   * holds two codes this setting takes for one.
   */
  caseSensitiveCodes?: boolean;
}

/** The embedded Voucherify-compatible engine. Synchronous; one instance per SQLite connection. */
export interface Engine {
  /**
   * `POST /v1/qualifications`: the redeemables that apply to the customer and order (see
   * `qualify` for the PromoKit `result.promokit.missing_amount` extension).
   */
  qualify(body: QualificationsCheckEligibilityRequestBody): QualificationsCheckEligibilityResponseBody;
  /**
   * `POST /v1/validations`: validates the redeemables against the order. A `LOCK` session, when
   * asked for, is stored and reserves a use, the gift credits and the points of each applied code.
   *
   * @throws {EngineRequestError} when the request as a whole is refused.
   */
  validate(body: ValidationsValidateRequestBody): ValidationsValidateResponseBody;
  /**
   * `POST /v1/redemptions`: redeems in one transaction, under the session's locks when its key is
   * sent, recording a parent and one child per redeemable. An `order.source_id` that matches a
   * stored order means that order: its stored items and amount win over the payload's.
   *
   * @throws {EngineRequestError} 400 with the first rejection's key and a recorded `rf_…` failed
   * redemption when nothing can be redeemed.
   */
  redeem(body: RedemptionsRedeemRequestBody): RedemptionsRedeemResponseBody;
  /**
   * `POST /v1/redemptions/{id}/rollback`: undoes a redemption that has no parent and no children.
   *
   * @throws {EngineRequestError} 404 `not_found`, 400 `invalid_redemption_parent` (a child),
   * `invalid_redemption` (a stacked parent), `already_rolled_back`; then, for a body naming
   * another customer or order than the redemption's, 400 `invalid_customer` / `invalid_order`, or
   * 404 `not_found` (`resource_type` `customer`) for a customer that does not exist.
   */
  rollback(redemptionId: string, body: RedemptionsRollbackRequestBody): RedemptionRollback;
  /**
   * `POST /v1/redemptions/{parentId}/rollbacks`: undoes a stacked redemption and all its children,
   * giving back uses, gift credits and points and cancelling the order.
   *
   * @throws {EngineRequestError} as {@link Engine.rollback}, except that parents are accepted.
   */
  rollbackStackable(
    parentRedemptionId: string,
    body: RedemptionsRollbackRequestBody,
  ): RedemptionsRollbacksResponseBody;
  /**
   * `GET /v1/orders/{orderId}`: the order by id (`ord_…`) or by its `source_id`, as its latest
   * redemption or rollback left it, with `redemptions`: every redemption made for it, keyed by
   * parent id, each listing its children in `stacked` and, once rolled back, `rollback_id`,
   * `rollback_date` and `rollback_stacked`. Orders are stored by redemptions: an order nothing was
   * redeemed for does not exist.
   *
   * @throws {EngineRequestError} 404 `not_found` (`resource_type` `order`) for an unknown order.
   */
  getOrder(orderId: string): OrdersGetResponseBody;
  /**
   * `GET /v1/redemptions/{redemptionId}`: a redemption as booked (a stacked parent, a child, or a
   * failed `rf_…` one), its `status` `ROLLED_BACK` once undone; or a rollback (`rr_…`).
   *
   * @throws {EngineRequestError} 404 `not_found` (`resource_type` `redemption`) for an unknown id.
   */
  getRedemption(redemptionId: string): RedemptionsGetResponseBody;
  /**
   * `DELETE /v1/vouchers/{code}/sessions/{sessionKey}`: releases what the `LOCK` session reserves
   * on the voucher (by code or id): its use, gift credits and loyalty points, in one transaction.
   * The session goes once it reserves nothing more.
   *
   * @throws {EngineRequestError} 404 `not_found` for an unknown voucher (`resource_type`
   * `voucher`), or for a session that does not exist, has expired or holds no lock on the voucher
   * (`resource_type` `session`).
   */
  releaseSession(code: string, sessionKey: string): void;
  /**
   * `POST /v1/orders`: creates or updates (by `id`, else `source_id`) an order and its customer.
   * An order that becomes `PAID` earns its customer's loyalty cards their `earning` points, once;
   * one created or updated unpaid earns nothing, and a paid one set `CANCELED` gives them back
   * (see `upsertOrder`).
   */
  upsertOrder(body: OrdersCreateRequestBody): OrdersGetResponseBody;
  /** `POST /v1/customers`: creates or updates (by `id`, else `source_id`) a customer. */
  upsertCustomer(body: Customer): CustomerObject;
  /**
   * `POST /v1/events`: records a custom event for its customer (created when unknown). With
   * `referral.code`, the event converts the referee when it is the referral campaign's conversion
   * event, rewarding the referrer once per referee (see `trackEvent`).
   *
   * @throws {EngineRequestError} 404 `not_found` (an unknown customer `id`, referral code or
   * `referrer_id`), 400 `invalid_voucher` (not a referral code), `invalid_customer`
   * (`referrer_id` is not the code's referrer), `referrer_not_permitted_to_redeem` (the referrer
   * sends their own code).
   */
  trackEvent(body: EventsTrackRequestBody): EventsTrackResponseBody;
  /**
   * `GET /v1/loyalties/members/{memberId}/rewards` (spec `LoyaltiesMembersRewardsListResponseBody`):
   * the rewards of a loyalty card's program (the card named by code or `v_…` id), each with its
   * assignment and cost; with `affordableOnly`, only those the card's points buy now (pay with
   * points always, having no fixed cost).
   *
   * @throws {EngineRequestError} 404 `not_found` for a code that is not a loyalty card.
   */
  memberRewards(memberId: string, affordableOnly?: boolean): LoyaltiesMembersRewardsListResponseBody;
  /**
   * Every campaign of the seed with its current state, in seed order (a sales panel lists them).
   */
  campaigns(): CampaignSummary[];
  /**
   * Switches a campaign on or off, stored so that it survives a restart (until the next
   * {@link Engine.reseed}). A switched-off campaign's codes answer `voucher_disabled`, its
   * promotion tiers `promotion_inactive`, and it drops out of qualifications.
   *
   * @returns the campaign as {@link Engine.campaigns} lists it; `undefined` for an unknown id.
   */
  setCampaignActive(campaignId: string, active: boolean): CampaignSummary | undefined;
  /**
   * Replaces every campaign, code, customer, redemption, session and campaign state with `seed`;
   * throws `InvalidSeedError`.
   */
  reseed(seed: SeedInput): void;
  /** Closes the database. */
  close(): void;
}

/** The request's customer as stored, if known. */
function requestCustomer(store: Store, customer: Customer | null | undefined): RequestCustomer | undefined {
  const key = customer?.id ?? customer?.source_id;
  const stored = key ? store.findCustomer(key) : undefined;
  if (stored === undefined) {
    if (!customer?.source_id) return undefined;
    return { id: '', sourceId: customer.source_id, metadata: customer.metadata ?? {}, ordersCount: 0 };
  }
  return {
    id: stored.id,
    sourceId: stored.sourceId ?? '',
    metadata: {
      ...((stored.body['metadata'] as Record<string, unknown> | undefined) ?? {}),
      ...(customer?.metadata ?? {}),
    },
    ordersCount: stored.ordersCount,
  };
}

/** Counters of every redeemable a stackable request names. */
function statesFor(
  store: Store,
  catalog: Catalog,
  body: ValidationsValidateRequestBody,
  at: number,
): Map<string, RedeemableState> {
  const states = new Map<string, RedeemableState>();
  const sessionKey = body.session?.key ?? undefined;
  const members = body.redeemables.flatMap((member) =>
    member.object === 'promotion_stack'
      ? (catalog.stacks.get(member.id)?.tierIds ?? []).map((id) => ({
          object: 'promotion_tier' as const,
          id,
        }))
      : [member],
  );
  for (const member of members) {
    const definition =
      member.object === 'voucher' ? findVoucher(catalog, member.id) : catalog.tiers.get(member.id);
    const state = definition && store.state(definition.id, at, sessionKey);
    if (definition && state) states.set(definition.id, state);
  }
  return states;
}

/** Voucherify's 404 for a resource it cannot find. */
function notFound(
  resourceType: 'voucher' | 'session' | 'order' | 'redemption',
  id: string,
  details: string,
): EngineRequestError {
  return new EngineRequestError({
    code: 404,
    key: 'not_found',
    message: 'Resource not found',
    details,
    request_id: newId('request'),
    resource_id: id,
    resource_type: resourceType,
  });
}

/**
 * A checked seed under the project's `case_sensitive_codes`: the engine option's when given, else
 * the seed's own.
 *
 * @throws {InvalidSeedError} when the setting takes two of the seed's codes for one.
 */
function forProject(seed: Seed, caseSensitiveCodes: boolean | undefined): Seed {
  if (caseSensitiveCodes === undefined || caseSensitiveCodes === seed.case_sensitive_codes) return seed;
  const clashes = codeClashes(seed, caseSensitiveCodes);
  if (clashes.length) {
    throw new InvalidSeedError(
      clashes.map(({ path, message }) => ({ path: formatPath(path).replace(/^\./, ''), message })),
    );
  }
  return { ...seed, case_sensitive_codes: caseSensitiveCodes };
}

/**
 * Opens the engine on a SQLite file: applies pending migrations, then loads `seed` if the database
 * is empty. Data survives a restart on the same file.
 *
 * @throws {InvalidSeedError} when `seed` is invalid, or holds two codes `caseSensitiveCodes` takes
 * for one (before anything is opened).
 */
export function openEngine({
  file,
  seed,
  now = () => new Date(),
  caseSensitiveCodes,
}: EngineOptions): Engine {
  const checkedSeed = seed === undefined ? undefined : forProject(parseSeed(seed), caseSensitiveCodes);
  const db = openDatabase(file);
  const store = createStore(db);
  if (checkedSeed !== undefined && store.isEmpty()) store.replaceAll(checkedSeed);
  let current: Seed;
  try {
    current = forProject(store.seed() ?? parseSeed({ version: 1 }), caseSensitiveCodes);
  } catch (error) {
    db.close();
    throw error;
  }
  const catalogOf = (source: Seed) => buildCatalog(withCampaignStates(source, store.campaignStates()));
  let catalog: Catalog = catalogOf(current);

  const counts = (customer: RequestCustomer | undefined) => (campaignId: string, since?: string) =>
    store.campaignRedemptions(campaignId, customer?.id || undefined, since);

  /** The loyalty tiers a customer is in, by the points each of their cards earned in all. */
  const tiersOf = (customer: RequestCustomer | undefined) => () =>
    new Set(
      loyaltyCardsOf(store, catalog, customer?.sourceId).flatMap((card) => {
        const points = store.state(card.id, 0, undefined)?.loyaltyPoints ?? 0;
        return (catalog.loyaltyTiers.get(card.campaign.id) ?? [])
          .filter((tier) => points >= tier.from && (tier.to === undefined || points < tier.to))
          .map((tier) => tier.id);
      }),
    );

  const validateIn = (body: ValidationsValidateRequestBody, at: Date) => {
    store.deleteExpiredSessions(at.getTime());
    const customer = requestCustomer(store, body.customer);
    return validateStack({
      customerTiers: tiersOf(customer),
      request: body,
      catalog,
      states: statesFor(store, catalog, body, at.getTime()),
      couponsLeft: (campaignId) => store.unpublished(campaignId).length,
      customer,
      now: at,
      campaignRedemptions: counts(customer),
      requestId: newId('request'),
      newId,
    });
  };

  return {
    qualify: (body) => {
      const at = now();
      const customer = requestCustomer(store, body.customer);
      const zero: RedeemableState = {
        redeemedQuantity: 0,
        giftBalance: undefined,
        loyaltyPoints: undefined,
        loyaltyBalance: undefined,
        locked: { uses: 0, credits: 0, points: 0 },
      };
      const held = new Set(customer?.sourceId === undefined ? [] : store.heldBy(customer.sourceId));
      return qualify({
        customerTiers: tiersOf(customer),
        held,
        request: body,
        catalog,
        customer,
        now: at,
        campaignRedemptions: counts(customer),
        stateOf: (redeemable) =>
          redeemable.holder === undefined && !held.has(redeemable.id)
            ? zero
            : store.state(redeemable.id, at.getTime(), body.session?.key ?? undefined),
        usedUp: store.usedUpIds(),
        requestId: newId('request'),
      });
    },
    validate: (body) =>
      store.transaction(() => {
        const at = now();
        const outcome = validateIn(body, at);
        if (outcome.session) {
          const locks = outcome.response.valid
            ? outcome.applied
                .filter((step) => step.candidate.redeemable.object === 'voucher')
                .map((step) => ({
                  redeemableId: step.candidate.redeemable.id,
                  credits: step.credits,
                  points: step.points,
                }))
            : [];
          store.saveSession(outcome.session, locks);
        }
        return outcome.response;
      }),
    redeem: (body) =>
      redeemStack(store, catalog, body, now(), (at, order) => validateIn({ ...body, order }, at)),
    rollback: (redemptionId, body) =>
      rollbackRedemption(store, catalog, redemptionId, body, now(), 'single').parent,
    rollbackStackable: (parentRedemptionId, body) => {
      const outcome = rollbackRedemption(store, catalog, parentRedemptionId, body, now(), 'stacked');
      return { rollbacks: outcome.children, parent_rollback: outcome.parent, order: outcome.order };
    },
    getOrder: (orderId) => {
      const order = store.findOrder(orderId);
      if (order === undefined) throw notFound('order', orderId, `Cannot find order with id ${orderId}`);
      return order.body as OrdersGetResponseBody;
    },
    memberRewards: (memberId, affordableOnly = false) => {
      const card = findVoucher(catalog, memberId);
      if (card?.campaign.type !== 'LOYALTY_PROGRAM')
        throw notFound('voucher', memberId, `Cannot find voucher with id ${memberId}`);
      const balance = store.state(card.id, now().getTime(), undefined)?.loyaltyBalance ?? 0;
      const data = [...catalog.rewards.values()]
        .filter((reward) => reward.campaignId === card.campaign.id)
        .filter((reward) => !affordableOnly || reward.type === 'COIN' || reward.points <= balance)
        .map(loyaltyReward);
      return { object: 'list', data_ref: 'data', data, total: data.length };
    },
    getRedemption: (redemptionId) => {
      const body = store.findRedemption(redemptionId)?.body ?? store.findRollback(redemptionId);
      if (body === undefined) {
        throw notFound('redemption', redemptionId, `Cannot find redemption with id ${redemptionId}`);
      }
      return body as RedemptionsGetResponseBody;
    },
    releaseSession: (code, sessionKey) =>
      store.transaction(() => {
        const voucher = findVoucher(catalog, code);
        if (voucher === undefined) throw notFound('voucher', code, `Cannot find voucher with id ${code}`);
        store.deleteExpiredSessions(now().getTime());
        if (!store.releaseLock(sessionKey, voucher.id)) {
          throw notFound(
            'session',
            sessionKey,
            `Cannot find session with key ${sessionKey} for voucher ${code}`,
          );
        }
      }),
    upsertOrder: (body) =>
      store.transaction(() => upsertOrder(store, catalog, body, now()).order as OrdersGetResponseBody),
    upsertCustomer: (body) =>
      store.transaction(() => upsertCustomer(store, body, now()).body as CustomerObject),
    trackEvent: (body) => store.transaction(() => trackEvent(store, catalog, body, now())),
    campaigns: () => campaignSummaries(current, store.campaignStates()),
    setCampaignActive: (campaignId, active) => {
      if (!current.campaigns.some((campaign) => campaign.id === campaignId)) return undefined;
      store.setCampaignActive(campaignId, active);
      catalog = catalogOf(current);
      return campaignSummaries(current, store.campaignStates()).find(
        (campaign) => campaign.id === campaignId,
      );
    },
    reseed: (next) => {
      const checked = forProject(parseSeed(next), caseSensitiveCodes);
      store.replaceAll(checked);
      current = checked;
      catalog = catalogOf(current);
    },
    close: () => db.close(),
  };
}
