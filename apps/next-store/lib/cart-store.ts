import type { Cart } from '@promokit/core';
import { useSyncExternalStore } from 'react';

const KEY = 'next-store:cart';
const EMPTY: Cart = { lines: [] };
const listeners = new Set<() => void>();
let cached: { raw: string | null; cart: Cart } = { raw: null, cart: EMPTY };

function read(): Cart {
  const raw = localStorage.getItem(KEY);
  if (raw !== cached.raw) cached = { raw, cart: raw ? (JSON.parse(raw) as Cart) : EMPTY };
  return cached.cart;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The shopper's cart, kept in local storage; empty on the server and while hydrating. */
export function useCart(): Cart {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}

/** Sets a line's quantity; 0 removes it. */
export function setQuantity(productId: string, quantity: number): void {
  const current = read().lines;
  const lines = current.some((line) => line.productId === productId)
    ? current.map((line) => (line.productId === productId ? { productId, quantity } : line))
    : [...current, { productId, quantity }];
  localStorage.setItem(KEY, JSON.stringify({ lines: lines.filter((line) => line.quantity > 0) }));
  listeners.forEach((listener) => listener());
}

/** Adds one of `productId`. */
export function addToCart(productId: string): void {
  const line = read().lines.find((candidate) => candidate.productId === productId);
  setQuantity(productId, (line?.quantity ?? 0) + 1);
}

/** Empties the cart, once the order is placed. */
export function clearCart(): void {
  localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}
