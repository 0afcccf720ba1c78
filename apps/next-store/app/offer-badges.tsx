'use client';

import type { Stage } from '@promokit/core';
import { useOfferHints } from '@promokit/react';
import { OfferBadge } from '@promokit/ui';
import type { ReactNode } from 'react';

/** Props of {@link OfferBadges}. */
export interface OfferBadgesProps {
  stage: Stage;
  /** The products on the page, as the page prefetched their offers. */
  productIds: readonly string[];
  /** The product whose offers to show. */
  productId: string;
}

/**
 * A product's offer badges. The page prefetches the same offers on the server, so they are in the
 * server HTML and the browser does not fetch them again.
 */
export function OfferBadges({ stage, productIds, productId }: OfferBadgesProps): ReactNode {
  const { available, hints } = useOfferHints(stage, { productIds });
  const offers = [...available, ...hints].filter((offer) => offer.productIds?.includes(productId));
  return (
    <div className="badges">
      {offers.map((offer) => (
        <OfferBadge key={offer.id} offer={offer} />
      ))}
    </div>
  );
}
