import { type CodeEntry, PromoError, type ValidateResponse, validateRequestSchema } from '@promokit/core';
import {
  VoucherifyApiError,
  VoucherifyClientError,
  type ValidationsValidateRequestBody,
} from '@promokit/voucherify';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

import type { Catalog, PricedCart } from './catalog.js';
import { badRequest, statusOf } from './http-errors.js';
import { type Identify, type Shopper, guestIdentity } from './identity.js';
import type { Upstream } from './upstream.js';
import { cartAmount, toValidateResponse } from './validate-response.js';

/** Options of {@link createBff}. */
export interface BffOptions {
  /** Voucherify or the embedded engine. */
  upstream: Upstream;
  /** Prices carts; prices sent by the browser are never used. */
  catalog: Catalog;
  /** Who is shopping, from the request; defaults to everyone being a guest. */
  identify?: Identify;
  /** Largest accepted request body in bytes; default 16 KiB. */
  maxBodyBytes?: number;
}

/**
 * Creates the PromoKit BFF: a Hono app whose routes are the kit contract of `@promokit/core`.
 * Mount it anywhere (`app.route('/api/promotions', createBff(...))`) or serve its `fetch` from any
 * fetch runtime.
 */
export function createBff(options: BffOptions): Hono {
  const identify = options.identify ?? guestIdentity;
  const app = new Hono();

  app.use(
    '*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 16 * 1024,
      onError: () => {
        throw new PromoError('payload_too_large', 'The request body is too large', { status: 413 });
      },
    }),
  );

  app.post('/validate', async (c) => {
    const request = await parseBody(c.req.raw, validateRequestSchema);
    const cart = await priceCart(options.catalog, request.cart.lines);
    const shopper = await identify(c.req.raw);
    return c.json(await validate(options.upstream, cart, request.codes, shopper, c.req.raw.signal));
  });

  app.notFound(() => {
    throw new PromoError('not_found', 'No such PromoKit route', { status: 404 });
  });

  app.onError((error, c) => {
    const promoError =
      error instanceof PromoError
        ? error
        : new PromoError('server', 'Internal error', { cause: error, status: 500 });
    return c.json(promoError.toBody(), statusOf(promoError) as ContentfulStatusCode);
  });

  return app;
}

async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await request.json();
  } catch (cause) {
    if (cause instanceof PromoError) throw cause;
    throw new PromoError('bad_request', 'The request body is not valid JSON', { status: 400, cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw badRequest(parsed.error);
  return parsed.data;
}

async function priceCart(catalog: Catalog, lines: Parameters<Catalog['price']>[0]): Promise<PricedCart> {
  const priced = await catalog.price(lines);
  if ('unknownLine' in priced) {
    const path = `cart.lines[${priced.unknownLine}].productId`;
    throw new PromoError('bad_request', `${path}: unknown product`, { status: 400, path });
  }
  return priced;
}

/** The upstream validation body for a priced cart: server prices, server-known customer. */
export function toValidationBody(
  cart: PricedCart,
  codes: readonly CodeEntry[],
  shopper: Shopper | null,
): ValidationsValidateRequestBody {
  return {
    redeemables: codes.map((entry) =>
      typeof entry === 'string'
        ? { object: 'voucher' as const, id: entry }
        : {
            object: 'voucher' as const,
            id: entry.code,
            ...(entry.amount ? { gift: { credits: entry.amount } } : {}),
          },
    ),
    order: {
      amount: cartAmount(cart),
      items: cart.lines.map((line) => ({
        source_id: line.productId,
        related_object: 'product' as const,
        quantity: line.quantity,
        price: line.price,
        amount: line.price * line.quantity,
      })),
    },
    ...(shopper ? { customer: { source_id: shopper.sourceId, metadata: shopper.metadata ?? {} } } : {}),
    options: { expand: ['order', 'redeemable'] },
  };
}

async function validate(
  upstream: Upstream,
  cart: PricedCart,
  codes: readonly CodeEntry[],
  shopper: Shopper | null,
  signal: AbortSignal,
): Promise<ValidateResponse> {
  const unique = uniqueCodes(codes);
  if (!unique.length) return toValidateResponse(cart, { redeemables: [] });
  try {
    return toValidateResponse(cart, await upstream.validate(toValidationBody(cart, unique, shopper), signal));
  } catch (error) {
    if (!isOutage(error)) throw error;
    const response = toValidateResponse(cart, { redeemables: [] });
    response.rejected = unique.map((entry) => ({ reason: 'promotions_unavailable', code: codeOf(entry) }));
    return response;
  }
}

/**
 * Whether an upstream failure means promotions are unavailable right now (timeout, network,
 * overload) rather than a fault in the request. Checkout goes on without discounts.
 */
function isOutage(error: unknown): boolean {
  if (!(error instanceof VoucherifyClientError)) return false;
  return !(error instanceof VoucherifyApiError) || error.status >= 500 || error.status === 429;
}

const codeOf = (entry: CodeEntry): string => (typeof entry === 'string' ? entry : entry.code);

/** The entries with each code once, the first occurrence winning (Voucherify rejects duplicates). */
function uniqueCodes(codes: readonly CodeEntry[]): CodeEntry[] {
  const seen = new Set<string>();
  return codes.filter((entry) => !seen.has(codeOf(entry)) && seen.add(codeOf(entry)));
}
