import type { CartLine } from '@promokit/core';

/** A cart line priced by the server. */
export interface PricedLine extends CartLine {
  name: string;
  /** Unit price in minor units. */
  price: number;
}

/** A cart priced by the server: the only prices the BFF ever sends upstream. */
export interface PricedCart {
  currency: string;
  lines: PricedLine[];
}

/**
 * Prices a cart from the storefront's own catalog. Returns `undefined` for a line whose product is
 * unknown, which the BFF reports as a bad request naming that line.
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

/** A {@link Catalog} over a fixed product list, e.g. one loaded from a JSON file. */
export function jsonCatalog(currency: string, products: readonly CatalogProduct[]): Catalog {
  const byId = new Map(products.map((product) => [product.id, product]));
  return {
    price(lines) {
      const priced: PricedLine[] = [];
      for (const [index, line] of lines.entries()) {
        const product = byId.get(line.productId);
        if (!product) return { unknownLine: index };
        priced.push({ ...line, name: product.name, price: product.price });
      }
      return { currency, lines: priced };
    },
  };
}
