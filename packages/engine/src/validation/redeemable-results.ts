import type {
  ApplicableToList,
  Discount,
  ErrorBody,
  OrderCalculated,
  SkippedRedeemableKey,
  ValidationsRedeemableApplicable,
  ValidationsRedeemableInapplicable,
  ValidationsRedeemableSkipped,
} from '@promokit/voucherify';

import type { RejectionErrorKey } from '../error-keys.js';
import type { RedeemableDefinition } from '../model/redeemable-definition.js';
import type { BundleProgress } from '../rules/rule-violation.js';
import { isDynamic } from '../pricing/resolve-discount.js';
import type { EngineDiscount } from '../seed/seed-schema.js';
import type { StackMember } from './check-redeemables.js';

/** How results are shaped for one request. */
export interface ResultOptions {
  /** Shared by every error of the request. */
  requestId: string;
  /** `options.expand` includes `redeemable`: add metadata and campaign name and id. */
  expandRedeemable: boolean;
}

/** Why a redeemable is INAPPLICABLE: Voucherify's error fields, and PromoKit's extension. */
export interface Rejection {
  code: number;
  key: RejectionErrorKey;
  message: string;
  details: string;
  /** The rule's own message, returned as `error.error.message`. */
  customMessage?: string | undefined;
  /** PromoKit extension: hundredths the order lacks for an order-amount minimum. */
  missingAmount?: number | undefined;
  bundle?: BundleProgress | undefined;
}

const SKIPPED_MESSAGES: Record<SkippedRedeemableKey, string> = {
  applicable_redeemables_limit_exceeded: 'Applicable redeemables limit exceeded',
  applicable_redeemables_per_category_limit_exceeded: 'Applicable redeemables limit per category exceeded',
  applicable_exclusive_redeemables_limit_exceeded: 'Applicable exclusive redeemables limit exceeded',
  applicable_exclusive_redeemables_per_category_limit_exceeded:
    'Applicable exclusive redeemables limit per category exceeded',
  exclusion_rules_not_met: 'Redeemable cannot be applied due to exclusion rules',
  preceding_validation_failed: 'Redeemable cannot be applied due to preceding validation failure',
  no_effect: 'Redeemable cannot be applied due to no effect',
};

/** Metadata and campaign name and id, when `expand` asks for them; the tier's name and banner. */
export function redeemableDetails(redeemable: RedeemableDefinition, expandRedeemable: boolean) {
  return {
    ...(expandRedeemable
      ? {
          metadata: redeemable.metadata,
          campaign_name: redeemable.campaign.name,
          campaign_id: redeemable.campaign.id,
        }
      : {}),
    ...(redeemable.name === undefined ? {} : { name: redeemable.name }),
    ...(redeemable.banner === undefined ? {} : { banner: redeemable.banner }),
  };
}

/** A discount as Voucherify reports it: targets moved out to `applicable_to`. */
export function wireDiscount(discount: EngineDiscount): Discount {
  const is_dynamic = isDynamic(discount);
  if (discount.type === 'UNIT') return { ...discount, is_dynamic };
  const { applicable_to: _applicable, inapplicable_to: _inapplicable, ...rest } = discount;
  return { ...rest, is_dynamic };
}

/** `applicable_to` and `inapplicable_to` lists of a discount. */
export function targetLists(discount: EngineDiscount | undefined): {
  applicable_to: ApplicableToList;
  inapplicable_to: ApplicableToList;
} {
  const list = (
    targets: readonly { object: string; id: string; effect: string }[] = [],
  ): ApplicableToList => ({
    data: targets.map(({ object, id, effect }) => ({ object, id, effect })),
    total: targets.length,
    data_ref: 'data',
    object: 'list',
  });
  if (discount === undefined || discount.type === 'UNIT')
    return { applicable_to: list(), inapplicable_to: list() };
  return { applicable_to: list(discount.applicable_to), inapplicable_to: list(discount.inapplicable_to) };
}

/** What an APPLICABLE result reports beyond the discount. */
export interface ApplicableExtras {
  /** The discount as applied, formulas worked out; the redeemable's own when absent. */
  discount?: EngineDiscount | undefined;
  order: OrderCalculated | undefined;
  gift: { balance: number; credits: number } | undefined;
  loyaltyPoints: number | undefined;
  bundle: BundleProgress | undefined;
}

/** APPLICABLE: the discount (or gift credits, or points), and the order after it when given. */
export function applicableResult(
  member: StackMember,
  redeemable: RedeemableDefinition,
  extras: ApplicableExtras,
  options: ResultOptions,
): ValidationsRedeemableApplicable {
  return {
    status: 'APPLICABLE',
    id: member.id,
    object: member.object,
    ...(extras.order === undefined ? {} : { order: extras.order }),
    ...targetLists(redeemable.discount),
    result: {
      ...(redeemable.discount === undefined
        ? {}
        : { discount: wireDiscount(extras.discount ?? redeemable.discount) }),
      ...(extras.gift === undefined ? {} : { gift: extras.gift }),
      ...(extras.loyaltyPoints === undefined ? {} : { loyalty_card: { points: extras.loyaltyPoints } }),
      ...(extras.bundle === undefined ? {} : { bundle: extras.bundle }),
    },
    ...redeemableDetails(redeemable, options.expandRedeemable),
    categories: [...redeemable.categories],
  };
}

/** A Voucherify error body whose `key` says why the engine refused a code. */
export type RejectionErrorBody = ErrorBody & { key: RejectionErrorKey };

/** An INAPPLICABLE result as the engine builds it: its error key is one the engine raises. */
export type EngineInapplicable = ValidationsRedeemableInapplicable & {
  result: { error: RejectionErrorBody };
};

/** The `Error` body of a rejection. */
export function rejectionError(
  member: StackMember,
  rejection: Rejection,
  requestId: string,
): RejectionErrorBody {
  return {
    code: rejection.code,
    key: rejection.key,
    message: rejection.message,
    details: rejection.details,
    request_id: requestId,
    resource_id: member.id,
    resource_type: member.object,
    ...(rejection.customMessage === undefined ? {} : { error: { message: rejection.customMessage } }),
  };
}

/**
 * INAPPLICABLE with Voucherify's error. `result.promokit.missing_amount` (a PromoKit extension)
 * says how much more the order needs when an order-amount minimum is all that is unmet;
 * `result.bundle` reports a bundle's identified and missing items.
 */
export function inapplicableResult(
  member: StackMember,
  redeemable: RedeemableDefinition | undefined,
  rejection: Rejection,
  options: ResultOptions,
): EngineInapplicable {
  return {
    status: 'INAPPLICABLE',
    id: member.id,
    object: member.object,
    result: {
      error: rejectionError(member, rejection, options.requestId),
      ...(rejection.bundle === undefined ? {} : { bundle: rejection.bundle }),
      ...(rejection.missingAmount === undefined
        ? {}
        : { promokit: { missing_amount: rejection.missingAmount } }),
    },
    ...(redeemable === undefined ? {} : redeemableDetails(redeemable, options.expandRedeemable)),
    ...(redeemable === undefined ? {} : { categories: [...redeemable.categories] }),
  };
}

/** SKIPPED with `result.details.key` saying why. */
export function skippedResult(
  { object, id }: StackMember,
  key: SkippedRedeemableKey,
): ValidationsRedeemableSkipped {
  return { status: 'SKIPPED', id, object, result: { details: { key, message: SKIPPED_MESSAGES[key] } } };
}
