import type {
  CustomerObject,
  Order,
  OrderCalculated,
  RedemptionsRedeemRequestBody,
  RedemptionsRedeemResponseBody,
  Redemption,
  ValidationsRedeemableInapplicable,
  ValidationsRedeemableSkipped,
} from '@promokit/voucherify';

import { loyaltyCardsOf } from '../customers/loyalty-cards-of.js';
import { upsertCustomer } from '../customers/upsert-customer.js';
import { EngineRequestError } from '../engine-request-error.js';
import type { RejectionErrorKey } from '../error-keys.js';
import { newId } from '../ids.js';
import type { Catalog } from '../model/catalog.js';
import type { RedeemableDefinition } from '../model/redeemable-definition.js';
import { appliedSoFar, calculatedOrder } from '../pricing/calculated-order.js';
import { convertReferral } from '../referrals/convert-referral.js';
import { rewardResult } from '../rewards/reward-result.js';
import type { Store, StoredCustomer } from '../storage/store.js';
import { trackingIdFor } from '../validation/tracking-id.js';
import type { AppliedStep, StackOutcome } from '../validation/validate-stack.js';

/** Why nothing was redeemed: Voucherify's error key and message. */
interface Failure {
  key: RejectionErrorKey;
  message: string;
  details: string;
}

function failureOf(outcome: StackOutcome): Failure {
  const error = outcome.firstRejection?.result.error;
  return {
    key: error?.key ?? 'no_applicable_redeemables',
    message: error?.message ?? 'No applicable redeemables',
    details: error?.details ?? 'No applicable redeemables',
  };
}

/** Points a paid order of `totalAmount` minor units earns its customer's loyalty cards (their campaigns' `earning`). */
export function orderPoints(
  store: Store,
  catalog: Catalog,
  customer: StoredCustomer | undefined,
  totalAmount: number,
): [string, number][] {
  return loyaltyCardsOf(store, catalog, customer?.sourceId).flatMap((card): [string, number][] => {
    const earning = card.campaign.earning;
    const points = earning === undefined ? 0 : Math.floor(totalAmount / earning.every) * earning.points;
    return points > 0 ? [[card.id, points]] : [];
  });
}

/**
 * Redeems a stackable request in one write transaction: validates it (the session's own locks do
 * not count against it), then records the order (`PAID`), one child redemption per applied
 * redeemable under a parent, uses, gift credits and points, points earned (the order's, and a
 * referrer's for a referee's first redemption of their code), the coupon a loyalty card bought
 * (published to its holder and returned in the child's `reward`), and releases the session. When nothing can be redeemed (`ALL` mode with a rejection, or nothing applicable), a
 * failed parent `rf_…` is recorded and a 400 with the first rejection's key is thrown.
 *
 * As Voucherify does, an `order.source_id` that matches a stored order means that order: its
 * stored items and amount are used instead of the payload's, and the redemption joins it.
 */
export function redeemStack(
  store: Store,
  catalog: Catalog,
  body: RedemptionsRedeemRequestBody,
  at: Date,
  validate: (at: Date, order: Order | null | undefined) => StackOutcome,
): RedemptionsRedeemResponseBody {
  const date = at.toISOString();
  const trackingId = trackingIdFor(body);
  type Attempt = { failure: Failure; id: string } | { response: RedemptionsRedeemResponseBody };
  const result = store.transaction((): Attempt => {
    const sourceId = body.order?.source_id;
    const known = sourceId ? store.findOrderBySourceId(sourceId) : undefined;
    const requestOrder = known?.request ?? body.order;
    const outcome = validate(at, requestOrder);
    const customer = body.customer ? upsertCustomer(store, body.customer, at) : undefined;
    const customerRef: Pick<Redemption, 'customer_id' | 'customer'> = customer
      ? { customer_id: customer.id, customer: customer.body as CustomerObject }
      : {};
    const failed =
      outcome.applied.length === 0 ||
      (outcome.firstRejection !== undefined && outcome.response.valid === false);
    if (failed) {
      const failure = failureOf(outcome);
      const id = newId('failed_redemption');
      store.saveRedemption({
        id,
        parentId: undefined,
        redeemableId: undefined,
        campaignId: undefined,
        customerId: customer?.id,
        orderId: undefined,
        result: 'FAILURE',
        status: 'FAILED',
        credits: 0,
        points: 0,
        earned: [],
        body: {
          id,
          object: 'redemption',
          date,
          ...customerRef,
          result: 'FAILURE',
          status: 'FAILED',
          failure_code: failure.key,
          failure_message: failure.message,
          related_object_type: 'redemption',
          related_object_id: id,
        },
        date,
      });
      return { failure, id };
    }
    // A loyalty card buying a coupon: the coupon campaign's next unpublished code goes to the holder.
    const coupons = new Map<AppliedStep, RedeemableDefinition>();
    for (const step of outcome.applied) {
      const reward = step.candidate.reward?.definition;
      if (reward?.type !== 'CAMPAIGN') continue;
      const holder = step.candidate.state.holder ?? step.candidate.redeemable.holder;
      const couponId = store.unpublished(reward.couponCampaignId)[0];
      const coupon = couponId === undefined ? undefined : catalog.vouchers.get(couponId);
      if (holder === undefined || coupon === undefined || !store.publish(coupon.id, holder)) {
        throw new EngineRequestError({
          code: 400,
          key: 'quantity_exceeded',
          message: 'quantity exceeded',
          details: `No coupon of ${reward.couponCampaignId} is left for reward ${reward.id}`,
          request_id: newId('request'),
        });
      }
      coupons.set(step, coupon);
    }
    for (const step of outcome.applied) {
      const changed = store.changeState({
        id: step.candidate.redeemable.id,
        uses: 1,
        credits: step.credits,
        points: step.points,
        earnedPoints: 0,
      });
      if (!changed) {
        throw new EngineRequestError({
          code: 400,
          key: 'quantity_exceeded',
          message: 'quantity exceeded',
          details: step.candidate.redeemable.code ?? step.candidate.redeemable.id,
          request_id: newId('request'),
        });
      }
    }
    const orderId = known?.id ?? newId('order');
    const earlierRedemptions = (known?.body['redemptions'] ?? {}) as NonNullable<
      OrderCalculated['redemptions']
    >;
    const parentId = newId('redemption');
    const childIds = outcome.applied.map(() => newId('redemption'));
    const referrer = outcome.applied.find(
      (step) => step.candidate.redeemable.campaign.type === 'REFERRAL_PROGRAM',
    )?.candidate.redeemable.holder;
    const referrerId = referrer === undefined ? undefined : store.findCustomer(referrer)?.id;
    const order = {
      ...calculatedOrder(requestOrder, outcome.cart, appliedSoFar(outcome.cart)),
      id: orderId,
      status: 'PAID' as const,
      created_at: date,
      ...(customer
        ? { customer_id: customer.id, customer: { id: customer.id, object: 'customer' as const } }
        : {}),
      referrer_id: referrerId ?? null,
      ...(referrerId ? { referrer: { id: referrerId, object: 'customer' as const } } : {}),
      redemptions: {
        ...earlierRedemptions,
        [parentId]: {
          date,
          related_object_type: 'redemption',
          related_object_id: parentId,
          stacked: childIds,
        },
      },
    };
    const earned = orderPoints(store, catalog, customer, order.total_amount ?? 0);
    for (const [card, points] of earned) {
      store.changeState({ id: card, uses: 0, credits: 0, points: 0, earnedPoints: points });
    }
    // A referral code redeemed by a customer converts them, when redemption is the campaign's
    // conversion event: the referrer is rewarded once per referee.
    for (const step of outcome.applied) {
      const code = step.candidate.redeemable;
      if (customer === undefined || code.campaign.conversion?.type !== 'redemption') continue;
      earned.push(
        ...convertReferral(store, catalog, { code, refereeId: customer.id, convertedBy: parentId, date }),
      );
    }
    store.saveOrder(
      {
        id: orderId,
        sourceId: sourceId ?? undefined,
        status: 'PAID',
        customerId: customer?.id,
        body: order,
        request: requestOrder,
      },
      date,
    );
    const shared = {
      date,
      ...customerRef,
      ...(trackingId ? { tracking_id: trackingId } : {}),
      metadata: body.metadata ?? {},
    };
    const parent: Redemption = {
      id: parentId,
      object: 'redemption',
      ...shared,
      redemption: null,
      result: 'SUCCESS',
      status: 'SUCCEEDED',
      order,
      channel: { channel_type: 'API' },
      related_object_type: 'redemption',
      related_object_id: parentId,
    };
    store.saveRedemption({
      id: parentId,
      parentId: undefined,
      redeemableId: undefined,
      campaignId: undefined,
      customerId: customer?.id,
      orderId,
      result: 'SUCCESS',
      status: 'SUCCEEDED',
      credits: 0,
      points: 0,
      earned,
      body: parent,
      date,
    });
    const children = outcome.applied.map((step, index): Redemption => {
      const { redeemable } = step.candidate;
      const reward = step.candidate.reward?.definition;
      const id = childIds[index] ?? newId('redemption');
      const amount = step.credits || step.points || undefined;
      const child: Redemption = {
        id,
        object: 'redemption',
        ...shared,
        ...(amount === undefined ? {} : { amount }),
        redemption: parentId,
        result: 'SUCCESS',
        status: 'SUCCEEDED',
        order: { ...calculatedOrder(requestOrder, step.effect.cart, step.effect), id: orderId },
        channel: { channel_type: 'API' },
        related_object_type: redeemable.object,
        related_object_id: redeemable.id,
        ...(redeemable.object === 'voucher'
          ? {
              voucher: {
                id: redeemable.id,
                code: redeemable.code,
                campaign: redeemable.campaign.name,
                campaign_id: redeemable.campaign.id,
                is_referral_code: redeemable.campaign.type === 'REFERRAL_PROGRAM',
              },
            }
          : {
              promotion_tier: {
                id: redeemable.id,
                name: redeemable.name,
                campaign: { id: redeemable.campaign.id },
              },
            }),
        ...(step.credits > 0 ? { gift: { amount: step.credits } } : {}),
        ...(step.points > 0 ? { loyalty_card: { points: step.points } } : {}),
        ...(reward !== undefined && reward.type !== 'COIN'
          ? {
              reward: rewardResult(reward, catalog, {
                customer: customerRef.customer ?? undefined,
                holderId: customer?.id,
                coupon: coupons.get(step),
              }),
            }
          : {}),
      };
      store.saveRedemption({
        id,
        parentId,
        redeemableId: redeemable.id,
        campaignId: redeemable.campaign.id,
        customerId: customer?.id,
        orderId,
        result: 'SUCCESS',
        status: 'SUCCEEDED',
        credits: step.credits,
        points: step.points,
        earned: [],
        body: child,
        date,
      });
      return child;
    });
    if (customer) store.saveCustomer({ ...customer, ordersCount: customer.ordersCount + 1 }, date);
    if (body.session?.key) store.deleteSession(body.session.key);
    const left = outcome.response;
    return {
      response: {
        redemptions: children,
        parent_redemption: parent,
        order,
        ...(left.inapplicable_redeemables
          ? { inapplicable_redeemables: left.inapplicable_redeemables as ValidationsRedeemableInapplicable[] }
          : {}),
        ...(left.skipped_redeemables
          ? { skipped_redeemables: left.skipped_redeemables as ValidationsRedeemableSkipped[] }
          : {}),
      },
    };
  });
  if ('failure' in result) {
    throw new EngineRequestError({
      code: 400,
      ...result.failure,
      request_id: newId('request'),
      resource_id: result.id,
      resource_type: 'redemption',
    });
  }
  return result.response;
}
