import type { Offer } from '@promokit/core';
import type { ElementProps } from '@promokit/react';
import { type ReactNode, useId } from 'react';

import { en } from './messages/en.js';
import { offerHintText } from './messages/offer-hint-text.js';
import { useMessages } from './messages/use-messages.js';
import { Skeleton } from './skeleton.js';
import { useControllableState } from './use-controllable-state.js';

/** Props of {@link WhyNotApplied}, and its root element's own (`className`, `id`, `aria-*`, `data-*`, `ref`...). */
export interface WhyNotAppliedProps extends ElementProps<'div', 'children'> {
  /** Offers from qualifications; the automatic promotions that do not qualify yet are explained. */
  offers: readonly Offer[];
  /**
   * While true, a skeleton line keeps the button's space and the root is marked busy, whatever
   * `offers` holds; e.g. `useOfferHints(...).isLoading`.
   */
  loading?: boolean;
  /** Whether the explanations show (controlled). */
  open?: boolean;
  /** Open at first; default closed. */
  defaultOpen?: boolean;
  /** Hears every opening and closing. */
  onOpenChange?: (open: boolean) => void;
}

/**
 * Explains near-miss automatic promotions behind a disclosure button: each by name, with what it
 * still needs. Renders nothing when there is none.
 */
export function WhyNotApplied({
  offers,
  loading,
  open: openProp,
  defaultOpen,
  onOpenChange,
  ...props
}: WhyNotAppliedProps): ReactNode {
  const messages = useMessages(en);
  const [open, setOpen] = useControllableState(openProp, defaultOpen ?? false, onOpenChange);
  const listId = useId();
  if (loading) {
    return (
      <div data-scope="why-not-applied" data-part="root" data-state="loading" aria-busy="true" {...props}>
        <Skeleton scope="why-not-applied" bars={['line']} />
      </div>
    );
  }
  const nearMisses = offers.filter((offer) => offer.code === undefined && !offer.qualifies);
  if (!nearMisses.length) return null;
  const state = open ? 'open' : 'closed';
  return (
    <div data-scope="why-not-applied" data-part="root" data-state={state} {...props}>
      <button
        type="button"
        data-scope="why-not-applied"
        data-part="trigger"
        data-state={state}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {messages.t('why.heading')}
      </button>
      <ul data-scope="why-not-applied" data-part="list" id={listId} hidden={!open}>
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
    </div>
  );
}
