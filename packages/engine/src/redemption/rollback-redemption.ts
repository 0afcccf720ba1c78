import type {
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
 * Rolls back a redemption in one write transaction: every child's use, gift credits and points go
 * back (with negative `amount`, `gift.amount` and `loyalty_card.points` in the rollbacks), points the
 * order earned are taken back as far as the card still holds them, redemptions become `ROLLED_BACK`
 * and the order `CANCELED`. `single` accepts only a redemption without parent and children
 * (Voucherify's `/rollback`); `stacked` a parent or a lone redemption (`/rollbacks`).
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
    const shared = {
      object: 'redemption_rollback' as const,
      date,
      ...(body.reason ? { reason: body.reason } : {}),
      ...(body.tracking_id ? { tracking_id: body.tracking_id } : {}),
      metadata: body.metadata ?? {},
      result: 'SUCCESS' as const,
      status: 'SUCCEEDED' as const,
      channel: { channel_type: 'API' as const },
      ...(redemption.customerId ? { customer_id: redemption.customerId } : {}),
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
      const rollback: RedemptionRollback = {
        id,
        ...shared,
        redemption: row.id,
        ...(amount === 0 ? {} : { amount }),
        related_object_type: definition?.object ?? 'redemption',
        related_object_id: definition?.id ?? row.id,
        ...(row.credits > 0 ? { gift: { amount: -row.credits } } : {}),
        ...(row.points > 0 ? { loyalty_card: { points: -row.points } } : {}),
      };
      store.saveRollback({ id, redemptionId: row.id, body: rollback, date });
      store.setRedemptionStatus(row.id, 'ROLLED_BACK', { ...row.body, status: 'ROLLED_BACK' });
      return rollback;
    };
    const childRollbacks = children.map(undo);
    const parent = undo(redemption);
    const stored = (redemption.body['order'] ?? {}) as OrderCalculated;
    const entry = stored.redemptions?.[redemption.id];
    const order: OrderCalculated = {
      ...stored,
      status: 'CANCELED',
      updated_at: date,
      redemptions: {
        ...stored.redemptions,
        [redemption.id]: {
          ...entry,
          rollback_id: parent.id,
          rollback_date: date,
          ...(childRollbacks.length > 0 ? { rollback_stacked: childRollbacks.map((r) => r.id) } : {}),
        },
      },
    };
    if (redemption.orderId !== undefined) {
      store.saveOrder(
        {
          id: redemption.orderId,
          sourceId: order.source_id ?? undefined,
          status: 'CANCELED',
          customerId: redemption.customerId,
          body: order,
          request: undefined,
        },
        date,
      );
    }
    const customer = redemption.customerId ? store.findCustomer(redemption.customerId) : undefined;
    if (customer)
      store.saveCustomer({ ...customer, ordersCount: Math.max(0, customer.ordersCount - 1) }, date);
    return { children: childRollbacks, parent: { ...parent, order }, order };
  });
}
