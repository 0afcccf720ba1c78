import type { Offer } from '@promokit/core';
import type { ElementProps } from '@promokit/react';
import type { ReactNode } from 'react';

import { offerHintText } from './messages/offer-hint-text.js';
import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';

/** Props of {@link OfferHint}, and the paragraph's own (`className`, `id`, `aria-*`, `data-*`, `ref`...). */
export interface OfferHintProps extends ElementProps<'p', 'children'> {
  offer: Offer;
}

/** One offer's hint: "$12.00 more for free shipping", or "You get 10% off" once it qualifies. */
export function OfferHint({ offer, ...props }: OfferHintProps): ReactNode {
  const messages = useMessages(en);
  return (
    <p
      data-scope="offer-hint"
      data-part="root"
      data-state={offer.qualifies ? 'qualifies' : 'near'}
      data-effect={offer.effect.type}
      {...props}
    >
      {offerHintText(offer, messages)}
    </p>
  );
}
