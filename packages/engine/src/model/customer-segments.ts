import type { Metadata } from '@promokit/voucherify';

import { conditionsHold, type RuleConditions } from '../rules/rule-operators.js';
import type { SeedSegment } from '../seed/seed-schema.js';

/** The customer fields segments read. */
export interface SegmentCustomer {
  sourceId: string;
  metadata: Metadata;
}

function fieldOf(customer: SegmentCustomer, field: string): unknown {
  return field === 'source_id' ? customer.sourceId : customer.metadata[field.slice('metadata.'.length)];
}

/**
 * Whether a customer belongs to a segment: listed by `source_id` in a static one, or meeting an
 * auto one's filters (each field's conditions, joined by the filters' `junction`). Pure.
 */
export function inSegment(segment: SeedSegment, customer: SegmentCustomer): boolean {
  if (segment.type === 'static') return segment.customers.includes(customer.sourceId);
  const { junction = 'and', ...fields } = segment.filters;
  const results = Object.entries(fields).map(([field, filter]) =>
    typeof filter === 'string'
      ? false
      : conditionsHold(filter.conditions as RuleConditions, fieldOf(customer, field)),
  );
  return junction === 'or' ? results.some(Boolean) : results.every(Boolean);
}

/** Ids of the segments a customer belongs to, among `segments`. */
export function segmentsOf(segments: readonly SeedSegment[], customer: SegmentCustomer): Set<string> {
  return new Set(segments.filter((segment) => inSegment(segment, customer)).map((segment) => segment.id));
}
