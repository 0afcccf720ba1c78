'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';

import { useCart } from '../lib/cart-store';

/** The header's link to the cart, with how many items are in it. */
export function CartLink(): ReactNode {
  const count = useCart().lines.reduce((sum, line) => sum + line.quantity, 0);
  return <Link href="/cart">Cart ({count})</Link>;
}
