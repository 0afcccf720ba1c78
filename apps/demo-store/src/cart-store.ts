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

export function addToCart(productId: string): void {
  const cart = read();
  const line = cart.lines.find((item) => item.productId === productId);
  write({
    lines: line
      ? cart.lines.map((item) => (item === line ? { ...item, quantity: item.quantity + 1 } : item))
      : [...cart.lines, { productId, quantity: 1 }],
  });
}

export function removeFromCart(productId: string): void {
  write({ lines: read().lines.filter((item) => item.productId !== productId) });
}
