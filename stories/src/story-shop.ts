import type { Cart } from '@promokit/core';
import { useState } from 'react';

/** Lines to add to a cart: a product and how many. */
type Lines = readonly { productId: string; quantity: number }[];

/** A story's cart, starting from `initial`, and a way to add lines to it as the shopper would. */
export function useStoryCart(initial: Cart): [Cart, (lines: Lines) => void] {
  const [cart, setCart] = useState(initial);
  const add = (lines: Lines) =>
    setCart((current) => {
      const quantities = new Map(current.lines.map((line) => [line.productId, line.quantity]));
      for (const line of lines)
        quantities.set(line.productId, (quantities.get(line.productId) ?? 0) + line.quantity);
      return { lines: [...quantities].map(([productId, quantity]) => ({ productId, quantity })) };
    });
  return [cart, add];
}
