import type { Customer } from '@promokit/voucherify';

import { newId } from '../ids.js';
import type { Store, StoredCustomer } from '../storage/store.js';

/**
 * Creates or updates a customer, as Voucherify's `POST /v1/customers` does: found by `id`, else
 * by `source_id`; given fields replace stored ones and `metadata` is merged.
 */
export function upsertCustomer(store: Store, customer: Customer, now: Date): StoredCustomer {
  const key = customer.id ?? customer.source_id;
  const existing = key ? store.findCustomer(key) : undefined;
  const at = now.toISOString();
  const given = Object.fromEntries(Object.entries(customer).filter(([, value]) => value != null));
  const id = existing?.id ?? newId('customer');
  const body = {
    ...(existing?.body ?? { created_at: at }),
    ...given,
    id,
    metadata: {
      ...((existing?.body['metadata'] as Record<string, unknown> | undefined) ?? {}),
      ...(customer.metadata ?? {}),
    },
    ...(existing === undefined ? {} : { updated_at: at }),
    object: 'customer',
  };
  const stored: StoredCustomer = {
    id,
    sourceId: customer.source_id ?? existing?.sourceId,
    body,
    ordersCount: existing?.ordersCount ?? 0,
  };
  store.saveCustomer(stored, at);
  return stored;
}
