// @vitest-environment node
import { createPromoClient } from '@promokit/core';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';

import * as api from './index.js';

function Page(): ReactNode {
  const promo = api.usePromoCart({ lines: [{ productId: 'cap', quantity: 1 }] });
  const offers = api.useOfferHints('product', { productIds: ['cap'] });
  const wallet = api.useWallet();
  return (
    <p>
      {promo.isLoading && offers.isLoading && wallet.isPending ? 'loading' : 'ready'} {promo.codes.length}
    </p>
  );
}

it('imports and renders where there is no window', () => {
  expect(typeof window).toBe('undefined');
  const client = createPromoClient({ baseUrl: 'https://shop.example/api/promotions' });
  const html = renderToString(
    <api.PromoProvider client={client}>
      <api.PromoLiveUpdates url="https://shop.example/api/promotions/events" />
      <Page />
    </api.PromoProvider>,
  );
  expect(html).toBe('<p>loading<!-- --> <!-- -->0</p>');
});
