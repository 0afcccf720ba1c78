import type { Offer } from '@promokit/core';
import type { ReactNode } from 'react';

import { offerHintText } from './messages/offer-hint-text.js';
import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';

/** Props of {@link WhyNotApplied}. */
export interface WhyNotAppliedProps {
  /** Offers from qualifications; the automatic promotions that do not qualify yet are explained. */
  offers: readonly Offer[];
  /** Open at first; default closed. */
  defaultOpen?: boolean;
}

/**
 * Explains near-miss automatic promotions in a disclosure: each by name, with what it still
 * needs. Renders nothing when there is none.
 */
export function WhyNotApplied({ offers, defaultOpen = false }: WhyNotAppliedProps): ReactNode {
  const messages = useMessages(en);
  const nearMisses = offers.filter((offer) => offer.code === undefined && !offer.qualifies);
  if (!nearMisses.length) return null;
  return (
    <details data-scope="why-not-applied" data-part="root" open={defaultOpen}>
      <summary data-scope="why-not-applied" data-part="summary">
        {messages.t('why.heading')}
      </summary>
      <ul data-scope="why-not-applied" data-part="list">
        {nearMisses.map((offer) => (
          <li key={offer.id} data-scope="why-not-applied" data-part="item" data-effect={offer.effect.type}>
            <strong data-scope="why-not-applied" data-part="name">
              {offer.label}
            </strong>{' '}
            <span data-scope="why-not-applied" data-part="reason">
              {offerHintText(offer, messages)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
