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
  noteAdded(productId);
}

/** Empties the cart, once an order is placed. */
export function clearCart(): void {
  write(empty);
}

/** What was last added to the cart, for a few seconds after. */
let lastAdded: { productId: string; at: number } | null = null;
let lastAddedTimer: ReturnType<typeof setTimeout> | undefined;
const addedListeners = new Set<() => void>();

function noteAdded(productId: string): void {
  lastAdded = { productId, at: Date.now() };
  clearTimeout(lastAddedTimer);
  lastAddedTimer = setTimeout(() => {
    lastAdded = null;
    for (const listener of addedListeners) listener();
  }, 4000);
  for (const listener of addedListeners) listener();
}

/** The product last added to the cart, while its notice shows (four seconds); else `null`. */
export function useLastAdded(): { productId: string; at: number } | null {
  return useSyncExternalStore(
    (listener) => {
      addedListeners.add(listener);
      return () => addedListeners.delete(listener);
    },
    () => lastAdded,
    () => null,
  );
}

/** Hides the added-to-cart notice, as when the shopper moves to another page. */
export function dismissAdded(): void {
  if (!lastAdded) return;
  lastAdded = null;
  clearTimeout(lastAddedTimer);
  for (const listener of addedListeners) listener();
}
