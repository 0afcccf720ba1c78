import { type ReactNode, useEffect, useRef } from 'react';

import { CartPage } from './cart-page.js';
import { dismissAdded, useCart, useLastAdded } from './cart-store.js';
import { productById } from './catalog.js';
import { CheckoutPage } from './checkout-page.js';
import { ConfirmationPage } from './confirmation-page.js';
import { LANGUAGES, type Language, setLanguage, useCopy } from './i18n.js';
import { Link } from './link.js';
import { ListingPage } from './listing-page.js';
import { PersonaSwitcher } from './persona-switcher.js';
import { NotFound, ProductPage } from './product-page.js';
import { parseRoute, useLocation } from './router.js';
import { SalesPanel } from './sales-panel.js';

/** The store's name, shown in the header and in every page's title. */
export const STORE_NAME = 'Trailhead Supply';

export function App(): ReactNode {
  const location = useLocation();
  const [pathname = '/', search = ''] = location.split('?');
  const route = parseRoute(pathname, search);
  const cart = useCart();
  const copy = useCopy();
  const { t } = copy;
  const count = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  const main = useRef<HTMLElement>(null);
  const firstPage = useRef(true);

  // Each page its own title, from its heading; after a move within the store, focus goes to the
  // new page's heading, as a page load would put the reader at the top of the new page.
  useEffect(() => {
    const heading = main.current?.querySelector('h1');
    document.title = heading?.textContent ? `${heading.textContent} · ${STORE_NAME}` : STORE_NAME;
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    dismissAdded();
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [location]);
  // The title follows the language too, without moving focus.
  useEffect(() => {
    const heading = main.current?.querySelector('h1');
    if (heading?.textContent) document.title = `${heading.textContent} · ${STORE_NAME}`;
  }, [copy.language]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('Skip to content')}
      </a>
      <header className="site-header">
        <div className="site-header-top">
          <Link className="brand" href="/">
            <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
              <circle cx="16" cy="16" r="16" fill="#e9b44c" />
              <path d="M4 24 l8 -11 l5 6 l4 -5 l7 10 z" fill="#1e3a2f" />
              <circle cx="22" cy="9" r="3" fill="#fff7e0" />
            </svg>
            <span>{STORE_NAME}</span>
          </Link>
          <nav aria-label={t('Main')}>
            <Link href="/" aria-current={route.page === 'listing' ? 'page' : undefined}>
              {t('Shop')}
            </Link>
            <Link href="/cart" aria-current={route.page === 'cart' ? 'page' : undefined}>
              {t('Cart ({count})', { count })}
            </Link>
            <Link href="/sales" aria-current={route.page === 'sales' ? 'page' : undefined}>
              {t('Sales panel')}
            </Link>
          </nav>
        </div>
        <div className="site-header-controls">
          <PersonaSwitcher />
          <LanguageSwitcher />
        </div>
        <AddedNotice />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page()}
      </main>
      <footer className="site-footer">
        <p>
          {t(
            "{store} is PromoKit's demo store: every offer here runs on the embedded Voucherify-compatible engine.",
            {
              store: STORE_NAME,
            },
          )}
        </p>
      </footer>
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

/** English, German or Arabic: the store's copy, the kit's messages, money and the writing direction. */
function LanguageSwitcher(): ReactNode {
  const { language, t } = useCopy();
  return (
    <div className="header-field">
      <label htmlFor="language">{t('Language')}</label>
      <select
        id="language"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {Object.entries(LANGUAGES).map(([id, { label, locale }]) => (
          <option key={id} value={id} lang={locale}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Says what was just added to the cart, politely, with the way to it. */
function AddedNotice(): ReactNode {
  const added = useLastAdded();
  const { t, productName } = useCopy();
  const product = added && productById(added.productId);
  return (
    <div className="added-notice" data-shown={product ? 'true' : 'false'}>
      <p role="status">
        {product
          ? t('{product} added to your cart', { product: productName(product.id, product.name) })
          : null}
      </p>
      {product && <Link href="/cart">{t('View cart')}</Link>}
    </div>
  );
}
