import type {
  ValidationsRedeemable,
  ValidationsRedeemableInapplicable,
  ValidationsValidateRequestBody,
  ValidationsValidateResponseBody,
} from '@promokit/voucherify';

import type { NewId } from '../ids.js';
import { calculatedOrder } from '../pricing/calculated-order.js';
import { orderDiscountAmount } from '../pricing/order-discount.js';
import { initialTotals, payableAmount, withOrderDiscount } from '../pricing/order-totals.js';
import { findRuleViolation, type RuleContext } from '../rules/rule-violation.js';
import { unavailableReason } from '../rules/voucher-availability.js';
import type { VoucherRecord } from '../voucher-record.js';
import { checkRedeemables, type StackMember } from './check-redeemables.js';
import {
  applicableResult,
  notFoundResult,
  rulesViolatedResult,
  skippedResult,
  unavailableResult,
  type ResultOptions,
} from './redeemable-results.js';
import { resolveSession, sessionResponse, type SessionRecord } from './session.js';
import { DEFAULT_STACKING_RULES } from './stacking-rules.js';
import { trackingIdFor } from './tracking-id.js';

/** A stored code named by the request, with the uses other sessions hold on it. */
export interface VoucherCandidate {
  voucher: VoucherRecord;
  /** Unexpired locks on this code held by sessions other than the request's. */
  lockedElsewhere: number;
}

/** Everything {@link validateStack} decides from. */
export interface StackInput {
  request: ValidationsValidateRequestBody;
  /** The stored codes the request names, keyed by the `id` the request used. */
  vouchers: ReadonlyMap<string, VoucherCandidate>;
  now: Date;
  /** Request id shared by every error of this request. */
  requestId: string;
  newId: NewId;
}

/** The response, and what to store for the session. */
export interface StackOutcome {
  response: ValidationsValidateResponseBody;
  /** The session to store when the request asked for one. */
  session: SessionRecord | undefined;
  /** Codes the session reserves: the applicable ones, and only when the validation is valid. */
  lockedVoucherIds: string[];
}

/**
 * Validates the requested redeemables against the order, in request order, as Voucherify does in
 * `ALL` mode:
 *
 * - an unknown, unusable or rule-violating code is INAPPLICABLE, makes `valid` false and every later
 *   redeemable SKIPPED (`preceding_validation_failed`);
 * - beyond `applicable_redeemables_limit` applicable codes, further ones are SKIPPED;
 * - each APPLICABLE code's order-level discount is taken from what is still payable after the
 *   previous ones, so the figures accumulate down the stack.
 *
 * Rules are checked against the order amount before discounts. With `options.expand: ["order"]`,
 * each APPLICABLE result carries the order after it; the top-level `order` (valid responses only)
 * has them all applied. Pure: storage is read before and written after.
 *
 * @throws {EngineRequestError} when the request as a whole is refused (see `checkRedeemables`).
 */
export function validateStack({ request, vouchers, now, requestId, newId }: StackInput): StackOutcome {
  const { redeemables } = request;
  checkRedeemables(redeemables, requestId);
  const expand = new Set(request.options?.expand ?? []);
  const options: ResultOptions = { requestId, expandRedeemable: expand.has('redeemable') };
  const ruleContext: RuleContext = { orderAmount: initialTotals(request.order).amount };

  let totals = initialTotals(request.order);
  let failed = false;
  const applied: VoucherRecord[] = [];
  const results: ValidationsRedeemable[] = [];
  for (const redeemable of redeemables) {
    if (failed) {
      results.push(skippedResult(redeemable, 'preceding_validation_failed'));
      continue;
    }
    const evaluation = evaluate(redeemable, vouchers, now, ruleContext, options);
    if ('rejection' in evaluation) {
      failed = true;
      results.push(evaluation.rejection);
      continue;
    }
    if (applied.length >= DEFAULT_STACKING_RULES.applicable_redeemables_limit) {
      results.push(skippedResult(redeemable, 'applicable_redeemables_limit_exceeded'));
      continue;
    }
    const { voucher } = evaluation;
    const discount = orderDiscountAmount(voucher.discount, payableAmount(totals));
    totals = withOrderDiscount(totals, discount);
    applied.push(voucher);
    const order = expand.has('order') ? calculatedOrder(request.order, totals, discount) : undefined;
    results.push(applicableResult(redeemable.id, voucher, order, options));
  }

  const valid = !failed;
  const session = request.session ? resolveSession(request.session, now, newId) : undefined;
  const trackingId = trackingIdFor(request);
  return {
    response: {
      id: newId('validation'),
      valid,
      redeemables: results,
      ...(valid ? { order: calculatedOrder(request.order, totals, totals.discountAmount) } : {}),
      ...(trackingId === undefined ? {} : { tracking_id: trackingId }),
      ...(session === undefined ? {} : { session: sessionResponse(session) }),
      stacking_rules: DEFAULT_STACKING_RULES,
    },
    session,
    lockedVoucherIds: session && valid ? applied.map((voucher) => voucher.id) : [],
  };
}

/** The usable stored code a redeemable names, or why it is INAPPLICABLE. */
function evaluate(
  redeemable: StackMember,
  vouchers: ReadonlyMap<string, VoucherCandidate>,
  now: Date,
  ruleContext: RuleContext,
  options: ResultOptions,
): { voucher: VoucherRecord } | { rejection: ValidationsRedeemableInapplicable } {
  const candidate = redeemable.object === 'voucher' ? vouchers.get(redeemable.id) : undefined;
  if (candidate === undefined) return { rejection: notFoundResult(redeemable, options) };
  const { voucher, lockedElsewhere } = candidate;
  const reason = unavailableReason(voucher, now, lockedElsewhere);
  if (reason) return { rejection: unavailableResult(redeemable.id, voucher, reason, options) };
  const violation = findRuleViolation(voucher.rules, ruleContext);
  if (violation) return { rejection: rulesViolatedResult(redeemable.id, voucher, violation, options) };
  return { voucher };
}
