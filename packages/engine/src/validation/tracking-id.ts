import { createHash } from 'node:crypto';

import type { Customer } from '@promokit/voucherify';

/**
 * The `tracking_id` to return: the one sent, else a hash of the customer's `source_id`
 * (`track_` + base64 of 16 bytes of its SHA-256), else none.
 */
export function trackingIdFor(request: {
  tracking_id?: string | null | undefined;
  customer?: Customer | null | undefined;
}): string | undefined {
  if (request.tracking_id) return request.tracking_id;
  const sourceId = request.customer?.source_id;
  if (!sourceId) return undefined;
  return `track_${createHash('sha256').update(sourceId).digest().subarray(0, 16).toString('base64')}`;
}
