import type { ReactNode } from 'react';

import { CartPage } from './cart-page.js';
import { useCart } from './cart-store.js';
import { ListingPage } from './listing-page.js';
import { navigate, usePath } from './router.js';

export function App(): ReactNode {
  const path = usePath();
  const cart = useCart();
  const count = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <>
      <header className="site-header">
        <a className="brand" href="/" onClick={navigate}>
          PromoKit Demo Store
        </a>
        <nav aria-label="Main">
          <a href="/" onClick={navigate} aria-current={path === '/' ? 'page' : undefined}>
            Shop
          </a>
          <a href="/cart" onClick={navigate} aria-current={path === '/cart' ? 'page' : undefined}>
            Cart ({count})
          </a>
        </nav>
      </header>
      <main>{path === '/cart' ? <CartPage cart={cart} /> : <ListingPage />}</main>
    </>
  );
}
