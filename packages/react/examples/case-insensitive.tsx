import { caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import type { ReactNode } from 'react';

const client = createPromoClient({ baseUrl: '/api/promotions' });

export function Shop({ children }: { children: ReactNode }): ReactNode {
  return (
    <PromoProvider client={client} codeMatching={caseInsensitiveCodes}>
      {children}
    </PromoProvider>
  );
}
