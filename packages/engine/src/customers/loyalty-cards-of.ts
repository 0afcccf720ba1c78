import type { Catalog } from '../model/catalog.js';
import type { RedeemableDefinition } from '../model/redeemable-definition.js';
import type { Store } from '../storage/store.js';

/** The loyalty cards published to a customer (by `source_id`), in storage order; none without one. */
export function loyaltyCardsOf(
  store: Store,
  catalog: Catalog,
  sourceId: string | undefined,
): RedeemableDefinition[] {
  return (sourceId === undefined ? [] : store.heldBy(sourceId)).flatMap((id) => {
    const card = catalog.vouchers.get(id);
    return card?.campaign.type === 'LOYALTY_PROGRAM' ? [card] : [];
  });
}
