import { setTimeout as sleep } from 'node:timers/promises';

import type { RedeemResponse, ValidateResponse } from '@promokit/core';

import { raceCode } from './load-stack.js';

/** One request a shopper made: its route, when it started and ended (ms since the run began), and what came back. */
export interface Sample {
  route: string;
  start: number;
  end: number;
  /** What came back, as one word: `redeemed`, `unknown`, `promotions_unavailable`, `http_503`, `network`… */
  kind: string;
  /** Whether the shopper was told promotions were unavailable or the outcome unknown. */
  degraded: boolean;
  /** The order a `redeem` or `rollback` was for. */
  orderId?: string;
}

/** What a shopper was last told about an order they placed. */
export interface OrderOutcome {
  orderId: string;
  /**
   * `redeemed` (with `booked`: whether anything applied, so a redemption should be stored),
   * `rolled_back`, `rejected`, or `unresolved` when the shopper gave up before a settled answer
   * (`rollback_unresolved`: before the answer to its rollback).
   */
  told: 'redeemed' | 'rolled_back' | 'rejected' | 'unresolved' | 'rollback_unresolved';
  booked: boolean;
  /** The `totals.due` of the `redeemed` answer, what the order is charged. */
  due?: number;
}

/** What shoppers share: the BFFs, the clock, and where they record. */
export interface ShopperContext {
  bffs: readonly string[];
  /** `performance.now()` when the run began. */
  began: number;
  /** Shoppers start no new order from this time on (ms since the run began). */
  endsAt: number;
  /** Shoppers stop retrying an unsettled order at this time (ms since the run began). */
  settleBy: number;
  samples: Sample[];
  orders: OrderOutcome[];
  /** Race codes in play: `raceWindowMs` of run time move shoppers to the next `raceCodesPerWindow` codes. */
  raceWindowMs: number;
  raceCodesPerWindow: number;
  /** How long a shopper pauses before each step of an order, in ms (0: none, a stress test). */
  thinkMs: number;
}

const PERSONAS = ['new-customer', 'returning-customer', 'loyalty-member', 'referred-friend'];
const PRODUCTS = ['mug', 'camp-kettle', 'enamel-plate-set', 'pour-over-dripper', 'rain-shell', 'tote'];
const COUPONS = ['SAVE5', 'WELCOME10', 'BIG25', 'CLEARANCE30'];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function classify(status: number, body: unknown): { kind: string; degraded: boolean } {
  if (status !== 200) {
    const code = (body as { error?: { code?: string } } | null)?.error?.code;
    return { kind: `http_${status}${code ? `_${code}` : ''}`, degraded: status === 503 };
  }
  return { kind: 'ok', degraded: false };
}

/**
 * One shopper, signed in (as one of the demo's customers) or a guest, placing order after order
 * until the run ends: `qualifications` → `validate` → `redeem` with what validation showed
 * (`expectedDue`) → sometimes `rollback`, each request on the next BFF instance in turn. An
 * `unknown` outcome or a 503 is asked again after its `retryAfter`, with the same order id and
 * request, as the README tells a storefront to.
 */
export async function runShopper(context: ShopperContext, index: number): Promise<void> {
  const { bffs, samples } = context;
  const elapsed = () => performance.now() - context.began;
  let turn = index;
  const signedIn = index % 2 === 0;
  let cookie = '';

  async function call<T>(
    route: string,
    body: { orderId?: string } & Record<string, unknown>,
    kindOf: (answer: T) => { kind: string; degraded: boolean },
  ): Promise<{ status: number; answer: T | null; retryAfter?: number }> {
    const url = `${bffs[turn++ % bffs.length]}/${route}`;
    const start = elapsed();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
      const parsed = (await response.json().catch(() => null)) as T | null;
      const outcome =
        response.status === 200 && parsed !== null ? kindOf(parsed) : classify(response.status, parsed);
      samples.push({
        route,
        start,
        end: elapsed(),
        ...outcome,
        ...(body.orderId ? { orderId: body.orderId } : {}),
      });
      const retryAfter = (parsed as { error?: { retryAfter?: number } } | null)?.error?.retryAfter;
      return { status: response.status, answer: parsed, ...(retryAfter ? { retryAfter } : {}) };
    } catch {
      samples.push({
        route,
        start,
        end: elapsed(),
        kind: 'network',
        degraded: true,
        ...(body.orderId ? { orderId: body.orderId } : {}),
      });
      return { status: 0, answer: null };
    }
  }

  // One session per shopper, signed in as a demo customer or a guest; its cookie is good on every instance.
  const persona = signedIn ? pick(PERSONAS) : 'guest';
  const start = elapsed();
  try {
    const response = await fetch(`${bffs[turn++ % bffs.length]}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona }),
    });
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    samples.push({
      route: 'session',
      start,
      end: elapsed(),
      ...classify(response.status, await response.json()),
    });
  } catch {
    samples.push({ route: 'session', start, end: elapsed(), kind: 'network', degraded: true });
  }
  if (!cookie) return;

  for (let n = 0; elapsed() < context.endsAt; n++) {
    const orderId = `load-${index}-${n}`;
    const cart = {
      lines: Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => ({
        productId: pick(PRODUCTS),
        quantity: 1 + Math.floor(Math.random() * 2),
      })).filter((line, i, lines) => lines.findIndex((other) => other.productId === line.productId) === i),
    };
    const window = Math.floor(elapsed() / context.raceWindowMs);
    const race = raceCode(
      window * context.raceCodesPerWindow + Math.floor(Math.random() * context.raceCodesPerWindow),
    );
    const codes = pick([[], [pick(COUPONS)], [race], [race, pick(COUPONS)], [race]]);

    const think = () => (context.thinkMs ? sleep(context.thinkMs * (0.5 + Math.random())) : undefined);
    await think();
    await call<{ offers: unknown[] }>('qualifications', { stage: 'cart', cart }, (answer) => ({
      kind: answer.offers.length ? 'offers' : 'no_offers',
      // Every cart of the run has an offer at least near (free shipping over 75.00): none is the degraded answer.
      degraded: !answer.offers.length,
    }));
    await think();
    const validated = await call<ValidateResponse>('validate', { cart, codes }, (answer) => {
      const unavailable = answer.rejected.some((item) => item.reason === 'promotions_unavailable');
      return { kind: unavailable ? 'promotions_unavailable' : 'validated', degraded: unavailable };
    });
    if (validated.status !== 200 || !validated.answer) continue;
    const shown = validated.answer;
    const request = {
      orderId,
      cart,
      codes: shown.applied.map((item) => item.code),
      expectedDue: shown.totals.due,
    };

    await think();
    let outcome: OrderOutcome = { orderId, told: 'unresolved', booked: false };
    context.orders.push(outcome);
    for (;;) {
      const redeemed = await call<RedeemResponse>('redeem', request, (answer) => {
        const unavailable =
          answer.status === 'rejected' &&
          answer.rejected.some((item) => item.reason === 'promotions_unavailable');
        return {
          kind: unavailable ? 'rejected_promotions_unavailable' : answer.status,
          degraded: unavailable || answer.status === 'unknown',
        };
      });
      const answer = redeemed.status === 200 ? redeemed.answer : null;
      if (answer?.status === 'redeemed') {
        outcome = Object.assign(outcome, {
          told: 'redeemed',
          booked: answer.applied.length + answer.promotions.length > 0,
          due: answer.totals.due,
        });
        break;
      }
      if (answer?.status === 'rejected') {
        outcome.told = 'rejected';
        break;
      }
      // Unknown, 503 or no answer: the same request again, unless the run is over.
      const wait = answer?.status === 'unknown' ? answer.retryAfter : (redeemed.retryAfter ?? 1);
      if (redeemed.status !== 200 && redeemed.status !== 503 && redeemed.status !== 0) break;
      if (elapsed() + wait * 1000 > context.settleBy) break;
      await sleep(wait * 1000);
    }

    if (outcome.told === 'redeemed' && outcome.booked && Math.random() < 0.2) {
      // Payment failed: the storefront rolls the order's redemption back.
      for (;;) {
        const rolled = await call<{ status: string }>(
          'rollback',
          { orderId, reason: 'payment failed' },
          (answer) => ({ kind: answer.status, degraded: false }),
        );
        if (rolled.status === 200) {
          outcome.told = 'rolled_back';
          break;
        }
        if ((rolled.status !== 503 && rolled.status !== 0) || elapsed() + 1000 > context.settleBy) {
          // Refused, or given up on: whether it was rolled back is for the reconciliation to say.
          if (rolled.status !== 400 && rolled.status !== 403) outcome.told = 'rollback_unresolved';
          break;
        }
        await sleep((rolled.retryAfter ?? 1) * 1000);
      }
    }
  }
}
