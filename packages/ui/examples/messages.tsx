import { createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { PromoMessages } from '@promokit/ui';
import { de } from '@promokit/ui/messages/de';
import type { ReactNode } from 'react';

const client = createPromoClient({ baseUrl: '/api/promotions' });
const catalog: Record<string, { name: string }> = { mug: { name: 'Emaillebecher' } };

export function Shop({ children }: { children: ReactNode }): ReactNode {
  return (
    <PromoProvider client={client} locale="de-DE" currency="EUR">
      <PromoMessages catalogue={de} productName={(id) => catalog[id]?.name ?? id}>
        {children}
      </PromoMessages>
    </PromoProvider>
  );
}
