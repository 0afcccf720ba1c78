import data from '@promokit/bff/demo-catalog.json' with { type: 'json' };

/** A product of the demo catalog. Prices in minor units; the BFF prices carts from the same file. */
export interface Product {
  id: string;
  name: string;
  price: number;
  category: string;
  description: string;
}

export const currency: string = data.currency;
export const products: readonly Product[] = data.products;
export const categories: readonly string[] = [...new Set(products.map((product) => product.category))];

export function productById(id: string): Product | undefined {
  return products.find((product) => product.id === id);
}
