import type { Offer } from '@promokit/core';
import type { ElementProps } from '@promokit/react';
import type { ReactNode } from 'react';

import { describeEffect } from './messages/describe-effect.js';
import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';
import { Slot } from './slot.js';

/**
 * Props of {@link OfferBadge}, and the badge's own (`className`, `id`, `aria-*`, `data-*`, `ref`...),
 * given to your element too with `asChild`.
 */
export interface OfferBadgeProps extends ElementProps<'span'> {
  /** The offer, from qualifications; nothing is shown without one, unless `loading`. */
  offer?: Offer | undefined;
  /**
   * While true, an empty badge keeps the badge's space and is marked busy, whatever `offer` holds;
   * e.g. `useOfferHints(...).isLoading`.
   */
  loading?: boolean;
  /** Renders your own element (a link to the offer's page, say) with the badge's attributes. */
  asChild?: boolean;
  /** Replaces the default text. */
  children?: ReactNode;
}

/**
 * A badge for listing and product pages: "20% off with SUMMER20" for a code, the promotion's name
 * ("Buy 2, get 1 free") for an automatic one.
 */
export function OfferBadge({ offer, loading, asChild, children, ...props }: OfferBadgeProps): ReactNode {
  const messages = useMessages(en);
  if (loading) {
    return (
      <span data-scope="offer-badge" data-part="root" data-state="loading" aria-busy="true" {...props}>
        <span data-scope="offer-badge" data-part="hidden" role="status">
          {messages.t('loading')}
        </span>
        <span aria-hidden="true">{'\u00a0'}</span>
      </span>
    );
  }
  if (!offer) return null;
  const text =
    offer.code === undefined
      ? offer.label
      : messages.t('offer.with_code', { effect: describeEffect(offer.effect, messages), code: offer.code });
  const Component = asChild ? Slot : 'span';
  return (
    <Component
      data-scope="offer-badge"
      data-part="root"
      data-state={offer.qualifies ? 'qualifies' : 'near'}
      data-effect={offer.effect.type}
      {...props}
    >
      {asChild ? children : (children ?? text)}
    </Component>
  );
}
