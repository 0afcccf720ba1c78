import type { EngineDiscount } from '../seed/seed-schema.js';
import type { SeedTarget } from '../seed/seed-target-schema.js';

const times = (value: number | undefined, bundles: number) =>
  value === undefined ? undefined : value * bundles;

const scaledTargets = (targets: readonly SeedTarget[] | undefined, bundles: number) =>
  targets?.map((target) => ({ ...target, quantity_limit: times(target.quantity_limit, bundles) }));

/**
 * Bundle scaling ("multiply discount by each bundle added", Voucherify's default; DIGEST §8 and
 * the spec's `Bundle.quantity`, the multiplier of `AMOUNT`, `PERCENT` and `UNIT` discounts): the
 * discount a redeemable gives when the order holds `bundles` whole bundles of its bundle rule.
 *
 * - `AMOUNT`: `amount_off` times `bundles`, except "each item unit" (`APPLY_TO_ITEMS_BY_QUANTITY`),
 *   where the amount per unit stays and the discounted units grow instead;
 * - `PERCENT`: `percent_off` times `bundles`, at most 100;
 * - `FIXED` (new price): the price stays; on items, the discounted units grow;
 * - `UNIT`: `unit_off` (each unit's, for `ADD_MANY_ITEMS`) times `bundles`;
 * - limits grow with the discount, as Voucherify's bundle guide says: units per line
 *   (`quantity_limit`), `amount_limit` and `aggregated_amount_limit`.
 *
 * `bundles` below 2 (no bundle rule, or a single bundle) leaves the discount as it is.
 */
export function scaleDiscount(discount: EngineDiscount, bundles: number): EngineDiscount {
  if (!(bundles > 1)) return discount;
  switch (discount.type) {
    case 'UNIT':
      return discount.effect === 'ADD_MANY_ITEMS'
        ? {
            ...discount,
            units: discount.units.map((unit) => ({ ...unit, unit_off: unit.unit_off * bundles })),
          }
        : { ...discount, unit_off: discount.unit_off * bundles };
    case 'AMOUNT':
      return {
        ...discount,
        amount_off:
          discount.effect === 'APPLY_TO_ITEMS_BY_QUANTITY'
            ? discount.amount_off
            : discount.amount_off * bundles,
        aggregated_amount_limit: times(discount.aggregated_amount_limit, bundles),
        applicable_to: scaledTargets(discount.applicable_to, bundles),
      };
    case 'PERCENT':
      return {
        ...discount,
        percent_off: Math.min(100, discount.percent_off * bundles),
        amount_limit: times(discount.amount_limit, bundles),
        aggregated_amount_limit: times(discount.aggregated_amount_limit, bundles),
        applicable_to: scaledTargets(discount.applicable_to, bundles),
      };
    case 'FIXED':
      return { ...discount, applicable_to: scaledTargets(discount.applicable_to, bundles) };
  }
}
