import {
  type CodeEntry,
  type CodeMatching,
  PromoError,
  type RedeemResponse,
  redeemRequestSchema,
  type Rejection,
  type Totals,
} from '@promokit/core';
import { VoucherifyApiError } from '@promokit/voucherify';
import type { Context, Handler } from 'hono';

import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, type Caller, callerOf } from '../bff-runtime.js';
import type { PricedCart } from '../catalog.js';
import { failedAttempts } from '../failed-attempts.js';
import { isOutage } from '../is-outage.js';
import { type LoyaltyCard, loyaltyCards } from '../loyalty-cards.js';
import { type OrderRecord, ownerOf, readOrder, writeOrder } from '../order-record.js';
import { parseBody } from '../parse-body.js';
import { pointsRewards } from '../points-rewards.js';
import { priceCart } from '../price-cart.js';
import { ERROR_KEY_REASONS } from '../rejections.js';
import { forgetLock, readLock } from '../session-lock.js';
import { tooManyAttempts } from '../too-many-attempts.js';
import { codeOf, uniqueCodes } from '../unique-codes.js';
import { toValidationBody } from '../validation-body.js';
import { validateCart } from './validate.js';

const CLAIM_TTL_MS = 30_000;
const POLL_MS = 20;

/**
 * `POST /redeem`: redeems a cart's codes and automatic promotions for an order, once. The cart is
 * validated again (under the session's lock for a signed-in shopper), then redeemed with that lock
 * if there is one; a code that stopped applying answers `rejected` and books nothing. Retries with
 * the same order id (even concurrent ones, even on another instance sharing the store) get the
 * first answer and cause no second redemption; another shopper reusing the order id gets 403.
 */
export function redeemRoute(runtime: BffRuntime): Handler<BffEnv> {
  const inFlight = new Map<string, Promise<OrderRecord | null>>();

  return async (c) => {
    const request = await parseBody(c.req.raw, redeemRequestSchema);
    const cart = await priceCart(runtime.catalog, request.cart.lines);
    const caller = await callerOf(runtime, c);
    const owner = ownerOf(caller);
    const { orderId } = request;
    const codes = uniqueCodes(request.codes, runtime.codes);

    const answer = (record: OrderRecord) => {
      if (record.owner !== owner)
        throw new PromoError('forbidden', 'This order belongs to someone else', { status: 403 });
      return c.json(record.response);
    };

    for (const deadline = Date.now() + CLAIM_TTL_MS; Date.now() < deadline;) {
      const pending = inFlight.get(orderId);
      const record = pending ? await pending : await readOrder(runtime.store, orderId);
      if (record) return answer(record);
      if (pending) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      if (!(await runtime.store.setIfAbsent(`order-claim:${orderId}`, owner ?? '', CLAIM_TTL_MS))) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      if (codes.length) {
        const retryAfter = await runtime.limiter.blockedFor(caller);
        if (retryAfter > 0) {
          await runtime.store.delete(`order-claim:${orderId}`);
          return tooManyAttempts(codes.map(codeOf), retryAfter);
        }
      }
      const work = redeemOnce(runtime, cart, codes, caller, orderId, request.expectedDue, c).finally(() =>
        runtime.store.delete(`order-claim:${orderId}`),
      );
      const done = work.then(({ record }) => record);
      inFlight.set(orderId, done);
      try {
        const { record, response } = await work;
        return record ? answer(record) : c.json(response);
      } finally {
        inFlight.delete(orderId);
      }
    }
    throw new PromoError('unavailable', 'The order is still being redeemed; retry shortly', {
      status: 503,
      retryAfter: 1,
    });
  };
}

/**
 * Validates then redeems what applies; the record is kept only when the order went on. A code that
 * no longer applies is left out with its reason and the rest is redeemed, unless the shopper was
 * shown another amount to pay (`expectedDue`): then nothing is booked and the answer is `rejected`
 * with the new totals. When upstream refuses a redemption that had just validated (another order
 * took the last use), the cart is validated and redeemed once more without what it refused.
 */
async function redeemOnce(
  runtime: BffRuntime,
  cart: PricedCart,
  codes: readonly CodeEntry[],
  caller: Caller,
  orderId: string,
  expectedDue: number | undefined,
  c: Context<BffEnv>,
): Promise<{ record: OrderRecord | null; response: RedeemResponse }> {
  const signal = c.get('upstreamSignal');
  const cardsBefore = caller.shopper ? await readCards(runtime, caller, signal) : [];
  let refused: Rejection[] = [];
  let sendable = [...codes];
  for (let attempt = 0; ; attempt++) {
    const { response: validated, members } = await validateCart(runtime, cart, sendable, caller, c);
    const failures = failedAttempts(validated.rejected);
    if (failures) await runtime.limiter.fail(caller, failures);
    const rejected = [...refused, ...validated.rejected];
    if (expectedDue !== undefined && validated.totals.due !== expectedDue) {
      return { record: null, response: { status: 'rejected', orderId, rejected, totals: validated.totals } };
    }
    const redeemed: RedeemResponse = {
      status: 'redeemed',
      orderId,
      applied: validated.applied,
      promotions: validated.promotions,
      rejected,
      totals: validated.totals,
    };
    let parentRedemptionId: string | null = null;
    if (members.length) {
      const lock = caller.sessionId ? await readLock(runtime.store, caller.sessionId) : null;
      const body = toValidationBody(cart, members, caller.shopper, {
        orderId,
        rewards: await pointsRewards(runtime, sendable, caller, signal),
        ...(lock ? { lock: { key: lock.key } } : {}),
      });
      try {
        const result = await runtime.breaker.run(() => runtime.upstream.redeem(body, signal));
        parentRedemptionId = result.parent_redemption?.id ?? result.redemptions[0]?.id ?? null;
        // A successful redemption ends its session upstream: nothing is left to release.
        if (caller.sessionId && lock) await forgetLock(runtime.store, caller.sessionId);
      } catch (error) {
        if (isOutage(error)) {
          const totals = fullPrice(validated.totals);
          const unavailable = codes.map((entry) => ({
            reason: 'promotions_unavailable' as const,
            code: codeOf(entry),
          }));
          return { record: null, response: { status: 'rejected', orderId, rejected: unavailable, totals } };
        }
        if (!(error instanceof VoucherifyApiError) || error.status >= 500 || error.status === 401)
          throw error;
        if (attempt > 0) {
          throw new PromoError('unavailable', 'The order could not be redeemed; retry shortly', {
            status: 503,
            retryAfter: 1,
          });
        }
        // Validated again, a code another order used up meanwhile drops out with its own reason.
        const refusal = redeemRefusal(error, sendable.map(codeOf), runtime.codes);
        if (refusal.length < sendable.length) {
          refused = refusal;
          sendable = sendable.filter((entry) => !refusal.some((item) => item.code === codeOf(entry)));
        }
        continue;
      }
    }
    if (cardsBefore.length) {
      const earned = pointsEarned(cardsBefore, await readCards(runtime, caller, signal), redeemed);
      if (earned !== undefined) {
        redeemed.pointsEarned = earned;
        redeemed.pointsEarnedOn = redeemed.totals.due;
      }
    }
    const record: OrderRecord = {
      owner: ownerOf(caller),
      parentRedemptionId,
      response: redeemed,
      rolledBack: false,
    };
    await writeOrder(runtime.store, orderId, record);
    c.get('log').info({ orderId, parentRedemptionId }, 'redeemed');
    return { record, response: redeemed };
  }
}

/** The totals with no promotion at all: what the order costs when none could be booked. */
function fullPrice(totals: Totals): Totals {
  const total = totals.subtotal + totals.shipping;
  return { ...totals, discount: 0, shippingDiscount: 0, total, paid: [], due: total };
}

/**
 * Why upstream refused a redemption that had just validated (another order took the last use, a
 * gift card was spent elsewhere): the error's code when it names one (in the project's matching,
 * so upstream's own spelling names the shopper's), else every code.
 */
function redeemRefusal(
  error: VoucherifyApiError,
  codes: readonly string[],
  matching: CodeMatching,
): Rejection[] {
  const reason = ERROR_KEY_REASONS[error.body?.key ?? ''] ?? 'usage_limit_reached';
  const names = (code: string, value: string | null | undefined) =>
    typeof value === 'string' && matching.same(code, value);
  const named = codes.find(
    (code) => names(code, error.body?.resource_id) || names(code, error.body?.details),
  );
  return (named ? [named] : codes).map((code) => ({ reason, code }));
}

/** The shopper's loyalty cards, or none when the wallet cannot be read (points earned are then left out). */
async function readCards(runtime: BffRuntime, caller: Caller, signal: AbortSignal): Promise<LoyaltyCard[]> {
  if (!caller.shopper) return [];
  try {
    return await loyaltyCards(runtime, caller.shopper, signal);
  } catch {
    return [];
  }
}

/**
 * Points the order earned on the shopper's loyalty cards: what their balances gained across the
 * redemption, plus the points it spent. `undefined` when the cards could not be read afterwards.
 */
function pointsEarned(
  before: readonly LoyaltyCard[],
  after: readonly LoyaltyCard[],
  redeemed: Extract<RedeemResponse, { status: 'redeemed' }>,
): number | undefined {
  if (!after.length) return undefined;
  const spent = redeemed.applied.reduce(
    (sum, item) => sum + (item.effect.type === 'loyalty_points' ? item.effect.points : 0),
    0,
  );
  const gained = after.reduce(
    (sum, card) =>
      sum + card.balance - (before.find((old) => old.code === card.code)?.balance ?? card.balance),
    0,
  );
  return Math.max(0, gained + spent);
}
