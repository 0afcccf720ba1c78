import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';
import './globals.css';

import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

import { CartLink } from './cart-link';
import { Providers } from './providers';

export const metadata: Metadata = { title: 'PromoKit Next.js store' };

export default function RootLayout({ children }: { children: ReactNode }): ReactNode {
  return (
    <html lang="en">
      <body>
        <Providers>
          <header>
            <nav aria-label="Store">
              <Link href="/">Shop</Link>
              <CartLink />
            </nav>
          </header>
          <main>{children}</main>
        </Providers>
      </body>
    </html>
  );
}
