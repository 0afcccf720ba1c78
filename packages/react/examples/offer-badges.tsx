'use client';

import { useOfferHints } from '@promokit/react';
import type { ReactNode } from 'react';

export function OfferBadges({ productIds }: { productIds: readonly string[] }): ReactNode {
  const { available, hints } = useOfferHints('listing', { productIds }); // as prefetched: no request
  return (
    <ul>
      {[...available, ...hints].map((offer) => (
        <li key={offer.id}>{offer.label}</li>
      ))}
    </ul>
  );
}
