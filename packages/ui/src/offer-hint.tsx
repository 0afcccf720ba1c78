import type { Offer } from '@promokit/core';
import type { ElementProps } from '@promokit/react';
import type { ReactNode } from 'react';

import { offerHintText } from './messages/offer-hint-text.js';
import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';
import { Skeleton } from './skeleton.js';

/** Props of {@link OfferHint}, and the paragraph's own (`className`, `id`, `aria-*`, `data-*`, `ref`...). */
export interface OfferHintProps extends ElementProps<'p', 'children'> {
  /** The offer, from qualifications; nothing is shown without one, unless `loading`. */
  offer?: Offer | undefined;
  /**
   * While true, a skeleton line keeps the hint's space and the paragraph is marked busy, whatever
   * `offer` holds; e.g. `useOfferHints(...).isLoading`.
   */
  loading?: boolean;
}

/** One offer's hint: "$12.00 more for free shipping", or "You get 10% off" once it qualifies. */
export function OfferHint({ offer, loading, ...props }: OfferHintProps): ReactNode {
  const messages = useMessages(en);
  if (loading) {
    return (
      <p data-scope="offer-hint" data-part="root" data-state="loading" aria-busy="true" {...props}>
        <Skeleton scope="offer-hint" bars={['line']} />
      </p>
    );
  }
  if (!offer) return null;
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
