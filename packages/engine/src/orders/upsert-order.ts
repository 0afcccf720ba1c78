import type { OrderCalculated, OrdersCreateRequestBody } from '@promokit/voucherify';

import { upsertCustomer } from '../customers/upsert-customer.js';
import { newId } from '../ids.js';
import type { Catalog } from '../model/catalog.js';
import { calculatedOrder } from '../pricing/calculated-order.js';
import { cartFromOrder } from '../pricing/cart.js';
import { orderPoints } from '../redemption/redeem-stack.js';
import type { Store } from '../storage/store.js';

/**
 * What `POST /v1/orders` did: the order as stored, the points its payment earned by card, and the
 * points its cancellation took back by card.
 */
export interface UpsertedOrder {
  order: OrderCalculated;
  earned: [string, number][];
  takenBack: [string, number][];
}

/**
 * Creates or updates an order, as Voucherify's `POST /v1/orders` does: found by `id`, else by
 * `source_id`; given fields replace stored ones (metadata merged), status `CREATED` unless sent.
 * The order's customer is created or updated from `customer`. When the order becomes `PAID`, and
 * only then (an order created or updated unpaid earns nothing, and paying it again earns nothing
 * more), its customer's loyalty cards earn their campaigns' `earning` points on its total, and
 * the customer has one more order. An order a redemption stored is already paid. Runs inside the
 * caller's transaction.
 *
 * A paid order that becomes `CANCELED` gives back what its payment here earned: each card loses
 * those points (as far as it still holds them, as a rollback does; DIGEST §7) and the customer
 * the order. The spec says nothing of points when an order is canceled; this is the reversal of
 * earning on `PAID`. Points a redemption earned for its order go back when the redemption is
 * rolled back (DIGEST §7), not here.
 */
export function upsertOrder(
  store: Store,
  catalog: Catalog,
  body: OrdersCreateRequestBody,
  now: Date,
): UpsertedOrder {
  const at = now.toISOString();
  const key = body.id ?? body.source_id;
  const existing = key ? store.findOrder(key) : undefined;
  const previous = existing?.body as OrderCalculated | undefined;
  const customer = body.customer
    ? upsertCustomer(store, body.customer, now)
    : previous?.customer_id
      ? store.findCustomer(previous.customer_id)
      : undefined;
  const { customer: _customer, created_at: createdAt, ...given } = body;
  const sent = Object.fromEntries(Object.entries(given).filter(([, value]) => value != null));
  const request = { ...(existing?.request ?? {}), ...sent };
  const status = body.status ?? previous?.status ?? 'CREATED';
  const id = existing?.id ?? body.id ?? newId('order');
  const fresh = calculatedOrder({ ...request, id, status }, cartFromOrder(request), {
    orderDiscount: 0,
    lineDiscounts: [],
  });
  const order: OrderCalculated = {
    ...(previous ?? fresh),
    ...(previous && (body.items != null || body.amount != null) && previous.redemptions === undefined
      ? fresh
      : {}),
    id,
    status,
    metadata: { ...(previous?.metadata ?? {}), ...(body.metadata ?? {}) },
    ...(customer
      ? { customer_id: customer.id, customer: { id: customer.id, object: 'customer' as const } }
      : {}),
    object: 'order',
    created_at: previous?.created_at ?? createdAt ?? at,
    ...(previous ? { updated_at: at } : {}),
  };
  const becomesPaid = status === 'PAID' && previous?.status !== 'PAID';
  const earned = becomesPaid
    ? orderPoints(store, catalog, customer, order.total_amount ?? order.amount ?? 0)
    : [];
  for (const [card, points] of earned) {
    store.changeState({ id: card, uses: 0, credits: 0, points: 0, earnedPoints: points });
  }
  if (becomesPaid && customer) store.saveCustomer({ ...customer, ordersCount: customer.ordersCount + 1 }, at);
  const becomesCanceled = status === 'CANCELED' && previous?.status === 'PAID';
  const takenBack: [string, number][] = [];
  if (becomesCanceled) {
    for (const [card, points] of existing?.earned ?? []) {
      const taken = Math.min(points, store.state(card, 0, undefined)?.loyaltyBalance ?? 0);
      store.changeState({ id: card, uses: 0, credits: 0, points: 0, earnedPoints: -taken });
      takenBack.push([card, taken]);
    }
    if (customer && existing?.earned.length) {
      store.saveCustomer({ ...customer, ordersCount: Math.max(0, customer.ordersCount - 1) }, at);
    }
  }
  store.saveOrder(
    {
      id,
      sourceId: order.source_id ?? undefined,
      status,
      customerId: customer?.id,
      body: order,
      request: existing?.request === undefined ? request : undefined,
      earned: becomesPaid ? earned : becomesCanceled ? [] : undefined,
    },
    at,
  );
  return { order, earned, takenBack };
}
