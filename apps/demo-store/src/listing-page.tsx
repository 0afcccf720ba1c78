import { formatMoney } from '@promokit/core';
import type { ReactNode } from 'react';

import { addToCart } from './cart-store.js';
import { currency, products } from './catalog.js';

export function ListingPage(): ReactNode {
  return (
    <>
      <h1>Shop</h1>
      <ul className="products">
        {products.map((product) => (
          <li key={product.id} className="product">
            <h2>{product.name}</h2>
            <p>{product.description}</p>
            <p className="price">{formatMoney(product.price, currency, 'en-US')}</p>
            <button
              type="button"
              onClick={() => addToCart(product.id)}
              aria-label={`Add ${product.name} to cart`}
            >
              Add to cart
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
