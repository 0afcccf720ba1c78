import type {
  Customer,
  CustomerObject,
  Order,
  OrderCalculated,
  RedemptionRollback,
  RedemptionsRollbackRequestBody,
} from '@promokit/voucherify';

import { EngineRequestError } from '../engine-request-error.js';
import type { RequestErrorKey } from '../error-keys.js';
import { newId } from '../ids.js';
import type { Catalog } from '../model/catalog.js';
import type { Store, StoredRedemption } from '../storage/store.js';

/** The rollbacks made: one per child (stacked), the parent's (or the single one's), and the order. */
export interface RollbackOutcome {
  children: RedemptionRollback[];
  parent: RedemptionRollback;
  order: OrderCalculated;
}

function refuse(code: number, key: RequestErrorKey, message: string, details: string, extra = {}): never {
  throw new EngineRequestError({ code, key, message, details, request_id: newId('request'), ...extra });
}

/**
 * A rollback body may name the redemption's customer (by `id`, else `source_id`): an unknown one
 * is 404 `not_found` (`resource_type` `customer`), another one 400 `invalid_customer` (spec
 * examples of `POST /v1/redemptions/{id}/rollback`).
 */
function checkCustomer(store: Store, redemption: StoredRedemption, customer: Customer | null | undefined) {
  const key = customer?.id ?? customer?.source_id;
  if (!key) return;
  const found = store.findCustomer(key);
  const known = customer?.id ? found?.id === customer.id : found?.sourceId === customer?.source_id;
  if (!known || found === undefined) {
    refuse(404, 'not_found', 'Resource not found', `Cannot find customer with id ${key}`, {
      resource_id: key,
      resource_type: 'customer',
    });
  }
  if (found.id !== redemption.customerId) {
    refuse(400, 'invalid_customer', 'Invalid customer', 'Customer is not related with redemption.');
  }
}

/**
 * A rollback body may name the redemption's order (by `id`, else `source_id`); any other order,
 * known or not, is 400 `invalid_order` (spec example "Order is not related with redemption.").
 */
function checkOrder(redemption: StoredRedemption, order: Order | null | undefined) {
  const stored = redemption.body['order'] as OrderCalculated | undefined;
  const related =
    order?.id != null
      ? order.id === redemption.orderId
      : order?.source_id != null
        ? order.source_id === stored?.source_id
        : true;
  if (!related) refuse(400, 'invalid_order', 'Invalid order', 'Order is not related with redemption.');
}

/**
 * Rolls back a redemption in one write transaction: every child's use, gift credits and points go
 * back (a coupon a loyalty card bought is taken back from its holder unless it was used) (with negative `amount`, `gift.amount` and `loyalty_card.points` in the rollbacks), points the
 * order earned are taken back as far as the card still holds them, redemptions become `ROLLED_BACK`
 * and the order `CANCELED` (kept as it was under `redeemables_rollback_order_mode: WITHOUT_ORDER`). `single` accepts only a redemption without parent and children
 * (Voucherify's `/rollback`); `stacked` a parent or a lone redemption (`/rollbacks`).
 *
 * Each rollback carries, as Voucherify's do, the redemption's customer (`customer_id` and
 * `customer`), its `tracking_id` unless the body sends one, the canceled order, and a child's
 * `voucher` or `promotion_tier`.
 *
 * @throws {EngineRequestError} 404 `not_found` (unknown redemption, or a customer in the body that
 * does not exist), 400 `invalid_redemption_parent`, `invalid_redemption`, `already_rolled_back`,
 * `invalid_customer` (the body names another customer) or `invalid_order` (another order).
 */
export function rollbackRedemption(
  store: Store,
  catalog: Catalog,
  redemptionId: string,
  body: RedemptionsRollbackRequestBody,
  at: Date,
  mode: 'single' | 'stacked',
): RollbackOutcome {
  return store.transaction(() => {
    const date = at.toISOString();
    const redemption = store.findRedemption(redemptionId);
    if (redemption === undefined || redemption.status === 'FAILED') {
      refuse(404, 'not_found', 'Resource not found', `Cannot find redemption with id ${redemptionId}`, {
        resource_id: redemptionId,
        resource_type: 'redemption',
      });
    }
    if (redemption.parentId !== undefined) {
      refuse(
        400,
        'invalid_redemption_parent',
        'Invalid redemption parent',
        'You can rollback only a redemption that does not have parent redemption.',
      );
    }
    const children = store.childrenOf(redemption.id);
    if (mode === 'single' && children.length > 0) {
      refuse(
        400,
        'invalid_redemption',
        'Invalid redemption',
        'You can rollback only a single redemption. Use different endpoint for stacked redemption.',
      );
    }
    if (redemption.status === 'ROLLED_BACK') {
      refuse(400, 'already_rolled_back', 'Already rolled back', 'Redemption has been already rolled back.', {
        resource_id: newId('failed_rollback'),
        resource_type: 'redemption_rollback',
      });
    }
    checkCustomer(store, redemption, body.customer);
    checkOrder(redemption, body.order);
    const trackingId = body.tracking_id || (redemption.body['tracking_id'] as string | undefined);
    const customer = redemption.customerId ? store.findCustomer(redemption.customerId) : undefined;
    const shared = {
      object: 'redemption_rollback' as const,
      date,
      ...(body.reason ? { reason: body.reason } : {}),
      ...(trackingId ? { tracking_id: trackingId } : {}),
      metadata: body.metadata ?? {},
      result: 'SUCCESS' as const,
      status: 'SUCCEEDED' as const,
      channel: { channel_type: 'API' as const },
      ...(redemption.customerId ? { customer_id: redemption.customerId } : {}),
      ...(customer ? { customer: customer.body as CustomerObject } : {}),
    };
    const undo = (row: StoredRedemption): RedemptionRollback => {
      if (row.redeemableId !== undefined) {
        store.changeState({
          id: row.redeemableId,
          uses: -1,
          credits: -row.credits,
          points: -row.points,
          earnedPoints: 0,
        });
      }
      for (const [card, points] of row.earned) {
        const balance = store.state(card, 0, undefined)?.loyaltyBalance ?? 0;
        store.changeState({
          id: card,
          uses: 0,
          credits: 0,
          points: 0,
          earnedPoints: -Math.min(points, balance),
        });
      }
      const id = newId('rollback');
      const amount = -(row.credits || row.points);
      const definition =
        row.redeemableId === undefined
          ? undefined
          : (catalog.vouchers.get(row.redeemableId) ?? catalog.tiers.get(row.redeemableId));
      const {
        voucher,
        promotion_tier: tier,
        reward,
      } = row.body as Pick<RedemptionRollback, 'voucher' | 'promotion_tier' | 'reward'>;
      // A coupon a loyalty card bought and nobody used yet goes back to the campaign's pool.
      const couponId = reward?.voucher?.id;
      if (couponId && store.state(couponId, 0, undefined)?.redeemedQuantity === 0) store.unpublish(couponId);
      const rollback: RedemptionRollback = {
        id,
        ...shared,
        redemption: row.id,
        ...(amount === 0 ? {} : { amount }),
        related_object_type: definition?.object ?? 'redemption',
        related_object_id: definition?.id ?? row.id,
        ...(voucher ? { voucher } : {}),
        ...(tier ? { promotion_tier: tier } : {}),
        ...(reward ? { reward } : {}),
        ...(row.credits > 0 ? { gift: { amount: -row.credits } } : {}),
        ...(row.points > 0 ? { loyalty_card: { points: -row.points } } : {}),
      };
      store.setRedemptionStatus(row.id, 'ROLLED_BACK', { ...row.body, status: 'ROLLED_BACK' });
      return rollback;
    };
    const undone = children.map(undo);
    const undoneParent = undo(redemption);
    // The referee converted through this redemption no longer has: a later one converts them again.
    store.deleteReferrals(redemption.id);
    // The order as this redemption booked it, and as it is now: later redemptions of the same order
    // (its source_id sent again) are listed in its stored `redemptions` and must stay listed.
    const stored = (redemption.body['order'] ?? {}) as OrderCalculated;
    const current = (
      redemption.orderId === undefined ? undefined : store.findOrder(redemption.orderId)?.body
    ) as OrderCalculated | undefined;
    const entry = stored.redemptions?.[redemption.id];
    const redemptions = {
      ...stored.redemptions,
      ...current?.redemptions,
      [redemption.id]: {
        ...entry,
        rollback_id: undoneParent.id,
        rollback_date: date,
        ...(undone.length > 0 ? { rollback_stacked: undone.map((r) => r.id) } : {}),
      },
    };
    // WITH_ORDER (the default) cancels the order; WITHOUT_ORDER keeps it as it stands, as a refund
    // of the promotions does (Voucherify's redeemables_rollback_order_mode).
    const withOrder = catalog.stackingRules.redeemables_rollback_order_mode !== 'WITHOUT_ORDER';
    const status = withOrder ? 'CANCELED' : ((current ?? stored).status ?? stored.status ?? 'CREATED');
    const order: OrderCalculated = { ...stored, status, updated_at: date, redemptions };
    if (redemption.orderId !== undefined) {
      store.saveOrder(
        {
          id: redemption.orderId,
          sourceId: order.source_id ?? undefined,
          status,
          customerId: redemption.customerId,
          body: { ...(current ?? stored), status, updated_at: date, redemptions },
          request: undefined,
        },
        date,
      );
    }
    const attach = (rollback: RedemptionRollback): RedemptionRollback => {
      const withOrder = { ...rollback, order };
      store.saveRollback({ id: rollback.id, redemptionId: rollback.redemption ?? '', body: withOrder, date });
      return withOrder;
    };
    const childRollbacks = undone.map(attach);
    const parent = attach(undoneParent);
    if (customer && withOrder)
      store.saveCustomer({ ...customer, ordersCount: Math.max(0, customer.ordersCount - 1) }, date);
    return { children: childRollbacks, parent, order };
  });
}
