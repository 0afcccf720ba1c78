import { type CartLine, PromoError } from '@promokit/core';

import type { Catalog, PricedCart } from './catalog.js';

/** Prices a cart from the catalog; an unknown product is a 400 naming its line. */
export async function priceCart(catalog: Catalog, lines: readonly CartLine[]): Promise<PricedCart> {
  const priced = await catalog.price(lines);
  if ('unknownLine' in priced) {
    const path = `cart.lines[${priced.unknownLine}].productId`;
    throw new PromoError('bad_request', `${path}: unknown product`, { status: 400, path });
  }
  return priced;
}
