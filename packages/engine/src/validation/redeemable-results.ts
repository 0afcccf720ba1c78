import type {
  ApplicableToList,
  OrderCalculated,
  SkippedRedeemableKey,
  ValidationsRedeemableApplicable,
  ValidationsRedeemableInapplicable,
  ValidationsRedeemableSkipped,
} from '@promokit/voucherify';

import type { RuleViolation } from '../rules/rule-violation.js';
import type { UnavailableReason } from '../rules/voucher-availability.js';
import type { VoucherRecord } from '../voucher-record.js';
import type { StackMember } from './check-redeemables.js';

/** How results are shaped for one request. */
export interface ResultOptions {
  /** Shared by every error of the request. */
  requestId: string;
  /** `options.expand` includes `redeemable`: add metadata and campaign name and id. */
  expandRedeemable: boolean;
}

const EMPTY_LIST: ApplicableToList = { data: [], total: 0, data_ref: 'data', object: 'list' };

const UNAVAILABLE_MESSAGES: Record<UnavailableReason, string> = {
  voucher_disabled: 'voucher is disabled',
  voucher_not_active: 'voucher not active',
  voucher_expired: 'voucher expired',
  quantity_exceeded: 'quantity exceeded',
};

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

function redeemableDetails(voucher: VoucherRecord, options: ResultOptions) {
  return options.expandRedeemable
    ? { metadata: voucher.metadata, campaign_name: voucher.campaignName, campaign_id: voucher.campaignId }
    : {};
}

/** APPLICABLE: the code's discount, and the order after it when `order` is given. */
export function applicableResult(
  id: string,
  voucher: VoucherRecord,
  order: OrderCalculated | undefined,
  options: ResultOptions,
): ValidationsRedeemableApplicable {
  return {
    status: 'APPLICABLE',
    id,
    object: 'voucher',
    ...(order === undefined ? {} : { order }),
    applicable_to: EMPTY_LIST,
    inapplicable_to: EMPTY_LIST,
    result: { discount: { ...voucher.discount, is_dynamic: false } },
    ...redeemableDetails(voucher, options),
    categories: [],
  };
}

/** INAPPLICABLE 404 `not_found`, inside the HTTP 200, exactly as Voucherify reports an unknown code. */
export function notFoundResult(
  { object, id }: StackMember,
  options: ResultOptions,
): ValidationsRedeemableInapplicable {
  return {
    status: 'INAPPLICABLE',
    id,
    object,
    result: {
      error: {
        code: 404,
        key: 'not_found',
        message: 'Resource not found',
        details: `Cannot find ${object} with id ${id}`,
        request_id: options.requestId,
        resource_id: id,
        resource_type: object,
      },
    },
  };
}

/** INAPPLICABLE 400: the code is disabled, not active yet, expired or used up. */
export function unavailableResult(
  id: string,
  voucher: VoucherRecord,
  reason: UnavailableReason,
  options: ResultOptions,
): ValidationsRedeemableInapplicable {
  return {
    status: 'INAPPLICABLE',
    id,
    object: 'voucher',
    result: {
      error: {
        code: 400,
        key: reason,
        message: UNAVAILABLE_MESSAGES[reason],
        details: voucher.code,
        request_id: options.requestId,
        resource_id: id,
        resource_type: 'voucher',
      },
    },
    ...redeemableDetails(voucher, options),
  };
}

/**
 * INAPPLICABLE 400 `order_rules_violated`. When adding to the order would satisfy the rules,
 * `result.promokit.missing_amount` (a PromoKit extension) says by how much.
 */
export function rulesViolatedResult(
  id: string,
  voucher: VoucherRecord,
  violation: RuleViolation,
  options: ResultOptions,
): ValidationsRedeemableInapplicable {
  return {
    status: 'INAPPLICABLE',
    id,
    object: 'voucher',
    result: {
      error: {
        code: 400,
        key: 'order_rules_violated',
        message: 'order does not match validation rules',
        details: `Discount Coupon cannot be redeemed because of violated validation rules: ${violation.ruleIds.join(', ')}`,
        request_id: options.requestId,
        resource_id: id,
        resource_type: 'voucher',
      },
      ...(violation.missingAmount === undefined
        ? {}
        : { promokit: { missing_amount: violation.missingAmount } }),
    },
    ...redeemableDetails(voucher, options),
  };
}

/** SKIPPED with `result.details.key` saying why. */
export function skippedResult(
  { object, id }: StackMember,
  key: SkippedRedeemableKey,
): ValidationsRedeemableSkipped {
  return {
    status: 'SKIPPED',
    id,
    object,
    result: { details: { key, message: SKIPPED_MESSAGES[key] } },
  };
}
