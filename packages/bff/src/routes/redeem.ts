import {
  type CodeEntry,
  type CodeMatching,
  PromoError,
  type RedeemResponse,
  redeemRequestSchema,
  type Rejection,
  type Totals,
  cartKey,
} from '@promokit/core';
import { VoucherifyApiError } from '@promokit/voucherify';
import type { Context, Handler } from 'hono';

import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, type Caller, callerOf } from '../bff-runtime.js';
import type { PricedCart } from '../catalog.js';
import { type AttemptReservation, screenCodes, unreservedAttempts } from '../attempt-limiter.js';
import { bookedRedemptions } from '../booked-redemptions.js';
import { boughtRewards } from '../bought-rewards.js';
import { isOutage } from '../is-outage.js';
import { type LoyaltyCard, loyaltyCards } from '../loyalty-cards.js';
import {
  type InDoubt,
  type OrderRecord,
  forgetOrder,
  orderClaimKey,
  ownerOf,
  readOrder,
  writeOrder,
} from '../order-record.js';
import { parseBody } from '../parse-body.js';
import { pointsRewards } from '../points-rewards.js';
import { priceCart } from '../price-cart.js';
import { redeemFailure } from '../redeem-failure.js';
import { rollBackRedemption } from '../roll-back-redemption.js';
import { ERROR_KEY_REASONS } from '../rejections.js';
import { forgetLock, lockHolder, readLock } from '../session-lock.js';
import { tooManyAttempts } from '../too-many-attempts.js';
import { codeOf, uniqueCodes } from '../unique-codes.js';
import { toValidationBody } from '../validation-body.js';
import { validateCart } from './validate.js';

const CLAIM_TTL_MS = 30_000;
const POLL_MS = 20;
/** Seconds a storefront waits before asking again about an order whose outcome is unknown. */
const RETRY_AFTER_S = 1;

type Redeemed = Extract<RedeemResponse, { status: 'redeemed' }>;

/** What a shopper asks to redeem: one `POST /redeem`, priced. */
interface OrderRequest {
  orderId: string;
  cart: PricedCart;
  codes: readonly CodeEntry[];
  caller: Caller;
  expectedDue: number | undefined;
  /** The cart and codes, as one key: what a retry of a settled order must send again. */
  request: string;
  /** Codes not sent upstream, each with why (the caller is over its failed-attempt limit). */
  blocked?: readonly Rejection[];
  /** The failed attempts reserved for its codes, counted as they are answered. */
  attempts: AttemptReservation;
}

/** What one redeem produced: the answer, and the order's record when it is kept. */
interface Settled {
  record: OrderRecord | null;
  response: RedeemResponse;
}

/**
 * `POST /redeem`: redeems a cart's codes and automatic promotions for an order, once. The cart is
 * validated again (under the session's lock for a signed-in shopper), then redeemed with that lock
 * if there is one; a code that stopped
 * applying is left out with its reason, and when the order would then cost other than the
 * `expectedDue` shown the answer is `rejected`, booking nothing. Retries with the same order id
 * (even concurrent ones, even on another instance sharing the store) get the first answer and
 * cause no second redemption; another shopper reusing the order id gets 403. An order rolled back
 * (its payment failed) is redeemed anew when placed again, with whatever cart and codes it then has.
 *
 * When the BFF cannot know whether upstream booked the redemption (its call timed out, the
 * connection dropped after sending, upstream answered 5xx), it answers `unknown` and the order
 * stays in doubt in the store (see `InDoubt`). The next redeem of the order, on any instance,
 * first asks upstream what it booked for the order id: a booked redemption of what the shopper was
 * shown answers `redeemed`; any other is rolled back; with nothing booked, the order is redeemed
 * anew once `lateRedemptionMs` has passed since the lost call (until then the answer stays
 * `unknown`), so that a redemption still on its way cannot land beside a second one.
 */
export function redeemRoute(runtime: BffRuntime): Handler<BffEnv> {
  const inFlight = new Map<string, Promise<OrderRecord | null>>();

  return async (c) => {
    const body = await parseBody(c.req.raw, redeemRequestSchema);
    const caller = await callerOf(runtime, c);
    const order: OrderRequest = {
      orderId: body.orderId,
      cart: await priceCart(runtime.catalog, body.cart.lines),
      codes: uniqueCodes(body.codes, runtime.codes),
      caller,
      expectedDue: body.expectedDue,
      attempts: unreservedAttempts(runtime.limiter, caller),
      request: JSON.stringify([
        cartKey(body.cart),
        body.codes.map((entry) =>
          typeof entry === 'string'
            ? runtime.codes.key(entry)
            : [
                runtime.codes.key(entry.code),
                entry.amount ?? 0,
                entry.points ?? 0,
                ...(entry.reward ? [entry.reward] : []),
              ],
        ),
      ]),
    };
    const { orderId, codes } = order;
    const owner = ownerOf(caller);
    const claim = orderClaimKey(orderId);

    const mine = (record: OrderRecord) => {
      if (record.owner !== owner)
        throw new PromoError('forbidden', 'This order belongs to someone else', { status: 403 });
      return record;
    };
    const answer = (record: OrderRecord) => {
      // Whose the order is comes first: anyone else learns nothing of it, not even that it was
      // placed with another cart.
      mine(record);
      // A settled order answers again only the cart and codes it was settled for: another cart under
      // the same id would be told totals it was never priced at.
      if (!record.inDoubt && record.request !== undefined && record.request !== order.request) {
        throw new PromoError('bad_request', 'This order id was placed with another cart or other codes', {
          status: 409,
          path: 'orderId',
        });
      }
      return c.json(record.response);
    };
    const wait = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

    for (const deadline = Date.now() + CLAIM_TTL_MS; Date.now() < deadline;) {
      const pending = inFlight.get(orderId);
      if (pending) {
        // A concurrent redeem of the order on this instance: its answer, even an unknown one.
        const record = await pending;
        if (record) return answer(record);
        await wait();
        continue;
      }
      const stored = await readOrder(runtime.store, orderId);
      if (stored && answerStands(stored)) return answer(stored);
      if (stored) mine(stored);
      if (!(await runtime.store.setIfAbsent(claim, owner ?? '', CLAIM_TTL_MS))) {
        await wait();
        continue;
      }
      // Read again under the claim: another instance may have settled the order meanwhile.
      const record = await readOrder(runtime.store, orderId);
      if (record && answerStands(record)) {
        await runtime.store.delete(claim);
        return answer(record);
      }
      let screened = order;
      // Codes sent again for an order in doubt passed the limiter when first sent; others did not.
      if (!record?.inDoubt || record.inDoubt.request !== order.request) {
        const { allowed, blocked, retryAfter, attempts } = await screenCodes(
          runtime.limiter,
          caller,
          codes,
          runtime.codes,
        );
        if (blocked.length && !allowed.length) {
          await runtime.store.delete(claim);
          return tooManyAttempts(
            blocked.map((rejection) => rejection.code),
            retryAfter,
          );
        }
        screened = { ...order, codes: allowed, blocked, attempts };
      }
      const doubt = record?.inDoubt;
      const work = (async () => {
        const settled = record && doubt ? await settleDoubt(runtime, order, record, doubt, c) : null;
        return settled ?? (await redeemOnce(runtime, screened, c));
      })().finally(() => Promise.all([runtime.store.delete(claim), screened.attempts.settle()]));
      // A concurrent redeem of the order waits for this one's record, or for nothing when it fails
      // (then reads the store again); the failure itself is this request's to answer, and left
      // unhandled here it would stop the server.
      inFlight.set(
        orderId,
        work.then(
          ({ record: kept }) => kept,
          () => null,
        ),
      );
      try {
        const { record: kept, response } = await work;
        return kept ? answer(kept) : c.json(response);
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
 * Whether an order's answer stands for every retry: it is neither in doubt nor rolled back. A
 * rolled-back order (its payment failed) has nothing booked, and is redeemed anew when placed
 * again under its id.
 */
const answerStands = (record: OrderRecord): boolean => !record.inDoubt && !record.rolledBack;

/** The `unknown` answer for an order in doubt: the totals it is booked at if upstream booked it. */
function unknownAnswer(orderId: string, doubt: InDoubt): RedeemResponse {
  return { status: 'unknown', orderId, totals: doubt.booking.totals, retryAfter: RETRY_AFTER_S };
}

/**
 * Finds out what upstream booked for an order in doubt and settles it when it can:
 *
 * - a booked redemption of what the shopper was shown (upstream's order total is the one
 *   validated, and the request's `expectedDue`, if sent, is its `due`) is the order's: `redeemed`,
 *   and any other booked redemption is rolled back;
 * - a booked redemption of anything else is rolled back, and so is one more than the order's;
 * - once what was booked is rolled back, or with nothing booked once a lost redemption can no
 *   longer land (`lateRedemptionMs` after it was sent), the order is redeemed anew (`null`); with
 *   nothing booked before then, and whenever upstream cannot be asked, the answer stays `unknown`.
 */
async function settleDoubt(
  runtime: BffRuntime,
  order: OrderRequest,
  record: OrderRecord,
  doubt: InDoubt,
  c: Context<BffEnv>,
): Promise<Settled | null> {
  const signal = c.get('upstreamSignal');
  const log = c.get('log');
  const still: Settled = { record, response: unknownAnswer(order.orderId, doubt) };
  try {
    const booked = await bookedRedemptions(runtime, order.orderId, signal);
    // What was sent is what this placement was shown only for the same cart and codes.
    const sameRequest = doubt.request === undefined || doubt.request === order.request;
    const shown =
      sameRequest && (order.expectedDue === undefined || order.expectedDue === doubt.booking.totals.due);
    const kept = shown ? booked.find((redemption) => redemption.total === doubt.upstreamTotal) : undefined;
    for (const redemption of booked) {
      if (redemption === kept) continue;
      log.warn(
        { orderId: order.orderId, redemptionId: redemption.id },
        'rolling back a redemption not shown',
      );
      await rollBackRedemption(runtime, redemption.id, 'Redemption the shopper was not shown', signal);
    }
    if (kept) {
      const booking: Redeemed = { ...doubt.booking };
      if (doubt.cardsBefore.length) {
        const earned = pointsEarned(
          doubt.cardsBefore,
          await readCards(runtime, order.caller, signal),
          booking,
        );
        if (earned !== undefined) {
          booking.pointsEarned = earned;
          booking.pointsEarnedOn = booking.totals.due;
        }
      }
      const settled: OrderRecord = {
        owner: record.owner,
        parentRedemptionId: kept.id,
        response: booking,
        rolledBack: false,
        redeemedAt: Date.now(),
        request: order.request,
      };
      await writeOrder(runtime.store, order.orderId, settled);
      // A successful redemption ends its session upstream: nothing is left to release.
      const holder = lockHolder(order.caller);
      if (holder) await forgetLock(runtime.store, holder);
      log.info({ orderId: order.orderId, parentRedemptionId: kept.id }, 'redeemed, found booked');
      return { record: settled, response: booking };
    }
    // The lost redemption landed (and is rolled back), or can no longer land: redeem anew.
    if (booked.length || Date.now() >= doubt.sentAt + runtime.lateRedemptionMs) return null;
  } catch (error) {
    if (!isOutage(error)) throw error;
    log.warn({ err: error, orderId: order.orderId }, 'outcome still unknown');
    return still;
  }
  log.info({ orderId: order.orderId }, 'nothing booked yet; the lost redemption may still land');
  return still;
}

/**
 * Validates then redeems what applies; the record is kept only when the order went on, or while
 * its outcome is unknown. A code that no longer applies is left out with its reason and the rest
 * is redeemed, unless the shopper was shown another amount to pay (`expectedDue`): then nothing is
 * booked and the answer is `rejected` with the new totals; so it is, with the codes
 * `promotions_unavailable`, when the validation could not reach upstream (an outage, the budget
 * spent) and no `expectedDue` says the shopper was shown the full price it leaves. When upstream
 * refuses a redemption that had just validated, naming a code (another order took its last use),
 * the cart is validated again without that code, and redeemed if it still comes to what the
 * shopper was shown; a refusal naming none is tried once more. Before a redemption is sent, the order is recorded as in doubt, so
 * that a lost answer (or this instance stopping) leaves the order to be found out, not redeemed
 * again blindly.
 */
async function redeemOnce(runtime: BffRuntime, order: OrderRequest, c: Context<BffEnv>): Promise<Settled> {
  const { cart, codes, caller, orderId, expectedDue } = order;
  const signal = c.get('upstreamSignal');
  const cardsBefore = caller.shopper ? await readCards(runtime, caller, signal) : [];
  let refused: Rejection[] = [...(order.blocked ?? [])];
  let sendable = [...codes];
  for (let attempt = 0; ; attempt++) {
    const {
      response: validated,
      members,
      upstreamTotal,
    } = await validateCart(runtime, cart, sendable, caller, c);
    await order.attempts.answered(validated.rejected);
    const rejected = [...refused, ...validated.rejected];
    // Promotions unavailable (an outage, or the budget spent validating) before anything was sent:
    // nothing is booked, and the order is not settled without the discounts the shopper may have
    // been shown. One whose shopper was shown this very amount (`expectedDue`: the full price the
    // outage showed at checkout) goes on at it, so an outage never blocks an order.
    const unavailable = validated.rejected.some((item) => item.reason === 'promotions_unavailable');
    if (
      (unavailable && expectedDue === undefined) ||
      (expectedDue !== undefined && validated.totals.due !== expectedDue)
    ) {
      await forgetOrder(runtime.store, orderId);
      return { record: null, response: { status: 'rejected', orderId, rejected, totals: validated.totals } };
    }
    const redeemed: Redeemed = {
      status: 'redeemed',
      orderId,
      applied: validated.applied,
      promotions: validated.promotions,
      rejected,
      totals: validated.totals,
    };
    let parentRedemptionId: string | null = null;
    if (members.length) {
      const holder = lockHolder(caller);
      const lock = holder ? await readLock(runtime.store, holder) : null;
      const body = toValidationBody(cart, members, caller.shopper, {
        orderId,
        rewards: await pointsRewards(runtime, sendable, caller, signal),
        ...(lock ? { lock: { key: lock.key } } : {}),
      });
      const doubt: OrderRecord = {
        owner: ownerOf(caller),
        parentRedemptionId: null,
        response: { status: 'unknown', orderId, totals: redeemed.totals, retryAfter: RETRY_AFTER_S },
        rolledBack: false,
        inDoubt: {
          sentAt: Date.now(),
          booking: redeemed,
          upstreamTotal: upstreamTotal ?? validated.totals.due,
          cardsBefore,
          request: order.request,
        },
      };
      let sent = false;
      try {
        // With the request's upstream time spent, nothing is sent, so nothing can be in doubt.
        signal.throwIfAborted();
        await writeOrder(runtime.store, orderId, doubt);
        sent = true;
        const result = await runtime.breaker.run(() => runtime.upstream.redeem(body, signal), signal);
        parentRedemptionId = result.parent_redemption?.id ?? result.redemptions[0]?.id ?? null;
        const rewards = boughtRewards(result.redemptions, sendable, runtime.codes);
        if (rewards.length) redeemed.rewards = rewards;
        // A successful redemption ends its session upstream: nothing is left to release.
        if (holder && lock) await forgetLock(runtime.store, holder);
      } catch (error) {
        if (!sent && !isOutage(error)) throw error;
        const failure = sent ? redeemFailure(error) : 'not_sent';
        if (failure === 'in_doubt') {
          c.get('log').warn({ err: error, orderId }, 'redemption outcome unknown');
          return { record: doubt, response: doubt.response };
        }
        // Nothing was booked: the order is no longer in doubt.
        await forgetOrder(runtime.store, orderId);
        if (failure === 'not_sent') {
          const totals = fullPrice(validated.totals);
          const unavailable = codes.map((entry) => ({
            reason: 'promotions_unavailable' as const,
            code: codeOf(entry),
          }));
          const rejected = [...(order.blocked ?? []), ...unavailable];
          return { record: null, response: { status: 'rejected', orderId, rejected, totals } };
        }
        if (!(error instanceof VoucherifyApiError) || error.status === 401) throw error;
        // A code upstream names (another order used it up meanwhile, a gift card was spent
        // elsewhere) drops out with its own reason, and the cart is validated again without it.
        const named = refusedCode(error, sendable.map(codeOf), runtime.codes);
        if (named) {
          refused = [...refused, named];
          sendable = sendable.filter((entry) => codeOf(entry) !== named.code);
          continue;
        }
        // A refusal that names no code is tried once more, as validated again.
        if (attempt > 0) {
          throw new PromoError('unavailable', 'The order could not be redeemed; retry shortly', {
            status: 503,
            retryAfter: 1,
            cause: error,
          });
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
      redeemedAt: Date.now(),
      request: order.request,
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
 * The code upstream names as why it refused a redemption that had just validated (another order
 * took the last use, a gift card was spent elsewhere), with its reason, in the project's matching
 * (so upstream's own spelling names the shopper's); `undefined` when the refusal names none of
 * `codes`.
 */
function refusedCode(
  error: VoucherifyApiError,
  codes: readonly string[],
  matching: CodeMatching,
): Rejection | undefined {
  const names = (code: string, value: string | null | undefined) =>
    typeof value === 'string' && matching.same(code, value);
  const code = codes.find(
    (candidate) => names(candidate, error.body?.resource_id) || names(candidate, error.body?.details),
  );
  if (code === undefined) return undefined;
  return { reason: ERROR_KEY_REASONS[error.body?.key ?? ''] ?? 'usage_limit_reached', code };
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
