import type { ReactNode } from 'react';

import { CartPage } from './cart-page.js';
import { useCart } from './cart-store.js';
import { CheckoutPage } from './checkout-page.js';
import { ConfirmationPage } from './confirmation-page.js';
import { Link } from './link.js';
import { ListingPage } from './listing-page.js';
import { PersonaSwitcher } from './persona-switcher.js';
import { NotFound, ProductPage } from './product-page.js';
import { parseRoute, useLocation } from './router.js';
import { SalesPanel } from './sales-panel.js';

export function App(): ReactNode {
  const location = useLocation();
  const [pathname = '/', search = ''] = location.split('?');
  const route = parseRoute(pathname, search);
  const cart = useCart();
  const count = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <>
      <header className="site-header">
        <Link className="brand" href="/">
          PromoKit Demo Store
        </Link>
        <nav aria-label="Main">
          <Link href="/" aria-current={route.page === 'listing' ? 'page' : undefined}>
            Shop
          </Link>
          <Link href="/cart" aria-current={route.page === 'cart' ? 'page' : undefined}>
            Cart ({count})
          </Link>
          <Link href="/sales" aria-current={route.page === 'sales' ? 'page' : undefined}>
            Sales panel
          </Link>
        </nav>
        <PersonaSwitcher />
      </header>
      <main>{page()}</main>
    </>
  );

  function page(): ReactNode {
    switch (route.page) {
      case 'listing':
        return <ListingPage category={route.category} />;
      case 'product':
        return <ProductPage productId={route.productId} />;
      case 'cart':
        return <CartPage cart={cart} />;
      case 'checkout':
        return <CheckoutPage cart={cart} />;
      case 'confirmation':
        return <ConfirmationPage orderId={route.orderId} />;
      case 'sales':
        return <SalesPanel />;
      case 'not-found':
        return <NotFound />;
    }
  }
}
