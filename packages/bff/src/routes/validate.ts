import { type CodeEntry, type ValidateResponse, validateRequestSchema } from '@promokit/core';
import type { Context, Handler } from 'hono';

import { entryKey, screenCodes } from '../attempt-limiter.js';
import { automaticTiers } from '../automatic-tiers.js';
import type { BffEnv } from '../bff-env.js';
import { type BffRuntime, type Caller, callerOf } from '../bff-runtime.js';
import type { PricedCart } from '../catalog.js';
import { toEffect } from '../effects.js';
import { duplicateCodes } from '../duplicate-codes.js';
import { isOutage } from '../is-outage.js';
import { maskCode } from '../mask-code.js';
import { parseBody } from '../parse-body.js';
import { pointsRewards } from '../points-rewards.js';
import { priceCart } from '../price-cart.js';
import { agreedLockKey, lockHolder, lockedCodes, readLock, releaseLock, writeLock } from '../session-lock.js';
import { settleStack } from '../settle-stack.js';
import { isResultOf, type StackMember } from '../stack-member.js';
import { tooManyAttempts } from '../too-many-attempts.js';
import { spelledAsSent } from '../spelled-as-sent.js';
import { codeOf, uniqueCodes } from '../unique-codes.js';
import { toValidateResponse } from '../validate-response.js';
import { toValidationBody } from '../validation-body.js';

/**
 * `POST /validate`: prices the cart, then validates its codes upstream in one call, under the
 * customer's `LOCK` for a signed-in shopper only (see {@link validateCart}). Callers over their
 * failed-attempt limit get a 429, except for codes that applied for them before (those are
 * validated, the rest rejected `too_many_attempts`); each new code takes an attempt before it goes
 * upstream, and codes beyond what the caller has left are rejected `too_many_attempts` unsent
 * ({@link screenCodes}); unknown codes, and cards asked for more than their balance, keep theirs
 * (see `isFailedAttempt`), the others give it back. An upstream outage answers every code
 * `promotions_unavailable`. A validation without codes gives back what the session's lock
 * reserved. A code repeated under the project's matching is sent once and answered for each
 * spelling ({@link duplicateCodes}: `already_applied`).
 */
export function validateRoute(runtime: BffRuntime): Handler<BffEnv> {
  return async (c) => {
    const request = await parseBody(c.req.raw, validateRequestSchema);
    const cart = await priceCart(runtime.catalog, request.cart.lines);
    const caller = await callerOf(runtime, c);
    const screened = await screenCodes(
      runtime.limiter,
      caller,
      uniqueCodes(request.codes, runtime.codes),
      runtime.codes,
    );
    if (screened.blocked.length && !screened.allowed.length) {
      return tooManyAttempts(screened.blocked.map(codeOf), screened.retryAfter);
    }
    let response: ValidateResponse;
    try {
      ({ response } = await validateCart(runtime, cart, screened.allowed, caller, c));
      await screened.attempts.answered(response.rejected);
    } finally {
      await screened.attempts.settle();
    }
    response.rejected.push(...screened.blocked);
    await runtime.limiter.applied(
      caller,
      screened.allowed
        .filter((entry) => response.applied.some((item) => item.code === codeOf(entry)))
        .map((entry) => entryKey(entry, runtime.codes)),
    );
    // Answered after the attempts are counted: a repeat is not another guess.
    response.rejected.push(...duplicateCodes(request.codes, runtime.codes, response));
    c.get('log').info(
      {
        applied: response.applied.map((item) => ({
          code: item.kind === 'coupon' || item.kind === 'referral' ? item.code : maskCode(item.code),
          kind: item.kind,
        })),
        rejected: response.rejected.map((item) => ({ code: maskCode(item.code), reason: item.reason })),
      },
      'validated',
    );
    return c.json(response);
  };
}

/** What {@link validateCart} settled on: the kit's answer, and the stack to redeem it with. */
export interface ValidatedCart {
  response: ValidateResponse;
  /** The codes and automatic promotion tiers that apply, in the order they apply upstream. */
  members: StackMember[];
  /**
   * What upstream leaves to pay for the order once they apply (its `order.total_amount`, in minor
   * units): what redeeming them books. `undefined` when nothing applies.
   */
  upstreamTotal: number | undefined;
}

/**
 * Validates the codes and the automatic promotion tiers of a priced cart upstream, settled as
 * {@link settleStack} says: a code that does not apply drops out alone with its own reason, and the
 * rest go upstream in one order of application (item-level and free units, then order-level, then
 * payments). `promotions_unavailable` for every code during an outage. `codes` are unique under
 * the project's matching; the answer names each as `codes` spell it. Points spent on a loyalty
 * card go upstream as its campaign's pay-with-points reward.
 *
 * Only a signed-in shopper's validation reserves: it goes upstream under their `LOCK`, one per
 * customer whichever of their sessions (phone, laptop) validates, so a code they reserved in one
 * is theirs in the other,
 * and upstream reserves only what applies to that customer (a code whose rules admit only its
 * holder applies to no one else), so a single-use code's use, a gift card's credit or loyalty
 * points are still theirs at `/redeem`. A guest's validation, an anonymous browse of the cart, goes
 * upstream without a session and reserves nothing, so no one can take a code from its shoppers by
 * validating it, however many guest sessions they start; at `/redeem` the redemption itself decides
 * what the guest's order gets, and `expectedDue` makes sure it is never charged other than shown
 * (the `DESIGN` principle "Nobody reserves what is not theirs"; DIGEST §10 for the `LOCK`).
 *
 * The shopper's lock is remembered with the codes it reserves. Sending its key again replaces
 * what it reserves upstream, so codes dropped from a validation that reaches upstream are given
 * back there; a validation with neither codes nor tiers, answered without upstream, releases each
 * code the lock still reserves (`DELETE /v1/vouchers/{code}/sessions/{key}`), so a removed gift
 * card's credit or single-use code is free for other shoppers at once, not when the lock expires.
 * Signing out leaves the customer's reservations theirs until they expire (30 minutes) or one of
 * their sessions validates without them; the guest the session becomes holds nothing.
 */
export async function validateCart(
  runtime: BffRuntime,
  cart: PricedCart,
  codes: readonly CodeEntry[],
  caller: Caller,
  c: Context<BffEnv>,
): Promise<ValidatedCart> {
  const signal = c.get('upstreamSignal');
  const log = c.get('log');
  const promotionTiers = await automaticTiers(
    runtime,
    cart,
    caller,
    (err) => log.warn({ err }, 'no tiers'),
    signal,
  );
  const holder = lockHolder(caller);
  // Only a signed-in shopper reserves, under one lock across their sessions.
  const held = holder ? await readLock(runtime.store, holder) : null;
  const members: StackMember[] = [
    ...codes.map((entry) => ({ object: 'voucher' as const, entry })),
    ...promotionTiers.map((id) => ({ object: 'promotion_tier' as const, id })),
  ];
  // An empty cart has nothing a code could take off: no code is reserved, let alone booked, for it.
  if (!members.length || !cart.lines.length) {
    if (holder && held?.codes.length) await releaseLock(runtime, holder, held, c);
    const response = toValidateResponse(cart, { redeemables: [] });
    response.rejected = codes.map((entry) => ({ reason: 'cart_not_eligible', code: codeOf(entry) }));
    return { response, members: [], upstreamTotal: undefined };
  }
  const rewards = await pointsRewards(runtime, codes, caller, signal);
  try {
    // One key per customer, agreed in the store before it goes upstream (see agreedLockKey).
    let key = holder ? (held?.key ?? (await agreedLockKey(runtime.store, holder))) : null;
    let reserved: string[] = [];
    const settled = await settleStack(
      members,
      async (stack) => {
        const body = toValidationBody(cart, stack, caller.shopper, {
          rewards,
          ...(holder ? { lock: { key } } : {}),
        });
        const validation = await runtime.breaker.run(() => runtime.upstream.validate(body, signal), signal);
        key = validation.session?.key ?? key;
        // The lock keeps upstream's own spelling, which releasing it names the voucher by.
        reserved = lockedCodes(validation);
        return spelledAsSent(validation, codes, runtime.codes);
      },
      runtime.stackRanks,
    );
    const validation = settled.validation ?? { redeemables: [] };
    if (holder && key)
      await writeLock(runtime.store, holder, { key, codes: settled.validation ? reserved : [] });
    // What applies and does something: a code that gives nothing is not redeemed (see toValidateResponse).
    const applying = settled.members.filter((member) =>
      validation.redeemables.some(
        (result) =>
          result.status === 'APPLICABLE' && toEffect(result.result) !== null && isResultOf(member, result),
      ),
    );
    return {
      response: toValidateResponse(cart, validation, settled.dropped),
      members: applying,
      upstreamTotal: applying.length ? (settled.validation?.order?.total_amount ?? undefined) : undefined,
    };
  } catch (error) {
    if (!isOutage(error)) throw error;
    const response = toValidateResponse(cart, { redeemables: [] });
    response.rejected = codes.map((entry) => ({ reason: 'promotions_unavailable', code: codeOf(entry) }));
    return { response, members: [], upstreamTotal: undefined };
  }
}
