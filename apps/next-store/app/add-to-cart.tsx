'use client';

import type { ReactNode } from 'react';

import { addToCart } from '../lib/cart-store';

/** Adds one of a product to the cart. */
export function AddToCart({ productId, label }: { productId: string; label: string }): ReactNode {
  return (
    <button type="button" onClick={() => addToCart(productId)} aria-describedby={label}>
      Add to cart
    </button>
  );
}
