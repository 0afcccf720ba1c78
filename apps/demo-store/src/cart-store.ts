import type { Cart } from '@promokit/core';
import { useSyncExternalStore } from 'react';

const KEY = 'promokit-demo-cart';
const empty: Cart = { lines: [] };
const listeners = new Set<() => void>();
let current: Cart | null = null;

function read(): Cart {
  if (current) return current;
  try {
    current = (JSON.parse(localStorage.getItem(KEY) ?? 'null') as Cart | null) ?? empty;
  } catch {
    current = empty;
  }
  return current;
}

function write(cart: Cart): void {
  current = cart;
  localStorage.setItem(KEY, JSON.stringify(cart));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The shopper's cart, kept in localStorage. */
export function useCart(): Cart {
  return useSyncExternalStore(subscribe, read, () => empty);
}

/** Sets a product's quantity; 0 removes the line. */
export function setQuantity(productId: string, quantity: number): void {
  const lines = read().lines;
  const exists = lines.some((line) => line.productId === productId);
  write({
    lines:
      quantity <= 0
        ? lines.filter((line) => line.productId !== productId)
        : exists
          ? lines.map((line) => (line.productId === productId ? { ...line, quantity } : line))
          : [...lines, { productId, quantity }],
  });
}

/** Adds `quantity` of a product. */
export function addToCart(productId: string, quantity = 1): void {
  const line = read().lines.find((item) => item.productId === productId);
  setQuantity(productId, (line?.quantity ?? 0) + quantity);
}

/** Empties the cart, once an order is placed. */
export function clearCart(): void {
  write(empty);
}
