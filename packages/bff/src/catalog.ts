import type { CartLine } from '@promokit/core';

/** A cart line priced by the server. */
export interface PricedLine extends CartLine {
  name: string;
  /** Unit price in minor units of the cart's currency. */
  price: number;
}

/** A cart priced by the server: the only prices the BFF ever sends upstream. */
export interface PricedCart {
  /** ISO 4217 code of every amount. */
  currency: string;
  lines: PricedLine[];
  /**
   * The shipping charge before any discount, in minor units; 0 when the order ships free. Sent
   * upstream as Voucherify's shipping line, so a free-shipping promotion takes off this and only
   * this.
   */
  shipping: number;
}

/**
 * Prices a cart from the storefront's own catalog: each line, and the shipping charge. Returns
 * `{ unknownLine }` for a line whose product is unknown, which the BFF reports as a bad request
 * naming that line.
 */
export interface Catalog {
  price(lines: readonly CartLine[]): Promise<PricedCart | UnknownProduct> | PricedCart | UnknownProduct;
}

/** The catalog does not know the product of line `index`. */
export interface UnknownProduct {
  unknownLine: number;
}

/** A product as {@link jsonCatalog} takes it. */
export interface CatalogProduct {
  id: string;
  name: string;
  /** Unit price in minor units. */
  price: number;
}

/**
 * How {@link jsonCatalog} charges shipping, in minor units: `flatRate` for any cart with goods,
 * nothing from `freeFrom` of goods on (when set). Free-shipping promotions come on top, upstream.
 */
export interface ShippingRate {
  flatRate: number;
  freeFrom?: number;
}

/** Options of {@link jsonCatalog}. */
export interface JsonCatalogOptions {
  /** The shipping charge; none when absent (the storefront charges shipping elsewhere, or never). */
  shipping?: ShippingRate;
}

/** Sum of a priced cart's goods (its lines, shipping excluded), in minor units. */
export function goodsAmount(cart: Pick<PricedCart, 'lines'>): number {
  return cart.lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
}

/**
 * A {@link Catalog} over a fixed product list, e.g. one loaded from a JSON file, with an optional
 * flat shipping rate.
 *
 * @throws {RangeError} when a price or the shipping rate is not a non-negative integer.
 */
export function jsonCatalog(
  currency: string,
  products: readonly CatalogProduct[],
  options: JsonCatalogOptions = {},
): Catalog {
  const amounts: [string, number | undefined][] = [
    ...products.map((product): [string, number] => [`price of ${product.id}`, product.price]),
    ['shipping.flatRate', options.shipping?.flatRate],
    ['shipping.freeFrom', options.shipping?.freeFrom],
  ];
  for (const [name, amount] of amounts) {
    if (amount !== undefined && !(Number.isSafeInteger(amount) && amount >= 0))
      throw new RangeError(`${name} must be a non-negative integer of minor units, got ${amount}`);
  }
  const byId = new Map(products.map((product) => [product.id, product]));
  const rate = options.shipping;
  return {
    price(lines) {
      const priced: PricedLine[] = [];
      for (const [index, line] of lines.entries()) {
        const product = byId.get(line.productId);
        if (!product) return { unknownLine: index };
        priced.push({ ...line, name: product.name, price: product.price });
      }
      const goods = goodsAmount({ lines: priced });
      const free = !rate || goods === 0 || (rate.freeFrom !== undefined && goods >= rate.freeFrom);
      return { currency, lines: priced, shipping: free ? 0 : rate.flatRate };
    },
  };
}
