import data from '@promokit/bff/demo-catalog.json' with { type: 'json' };

/** A product of the demo catalog; `price` in minor units of {@link currency}. */
export interface Product {
  id: string;
  name: string;
  price: number;
  category: string;
  description: string;
}

/** The store's ISO 4217 currency, the BFF's too. */
export const currency: string = data.currency;
/** Every product, as the BFF prices them. */
export const products: readonly Product[] = data.products;
/** The ids of every product, the listing's offer request. */
export const productIds: readonly string[] = products.map((product) => product.id);

/** The product with `id`, if the catalog has one. */
export function productById(id: string): Product | undefined {
  return products.find((product) => product.id === id);
}
