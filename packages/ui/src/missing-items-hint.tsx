import type { Offer } from '@promokit/core';
import type { ElementProps } from '@promokit/react';
import type { ReactNode } from 'react';

import { offerHintText } from './messages/offer-hint-text.js';
import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';
import { Skeleton } from './skeleton.js';

/** Props of {@link MissingItemsHint}, and its root element's own (`className`, `id`, `aria-*`, `data-*`, `ref`...). */
export interface MissingItemsHintProps extends ElementProps<'div', 'children'> {
  /** A bundle offer from qualifications; renders nothing unless it is missing items, or `loading`. */
  offer?: Offer | undefined;
  /**
   * While true, a skeleton keeps the hint's space (its line, and its button when `onAdd` is given)
   * and the root is marked busy, whatever `offer` holds; e.g. `useOfferHints(...).isLoading`.
   */
  loading?: boolean;
  /** Adds the missing items to the cart; without it no button is shown. */
  onAdd?: (items: NonNullable<Offer['missingItems']>) => void;
}

/** What a bundle still needs ("Add 1 × Canvas Tote for 1 free item"), with a button to add it. */
export function MissingItemsHint({ offer, loading, onAdd, ...props }: MissingItemsHintProps): ReactNode {
  const messages = useMessages(en);
  if (loading) {
    return (
      <div data-scope="missing-items-hint" data-part="root" data-state="loading" aria-busy="true" {...props}>
        <Skeleton scope="missing-items-hint" bars={onAdd ? ['line', 'control'] : ['line']} />
      </div>
    );
  }
  const items = offer?.missingItems;
  if (!offer || offer.qualifies || !items?.length) return null;
  return (
    <div data-scope="missing-items-hint" data-part="root" data-effect={offer.effect.type} {...props}>
      <p data-scope="missing-items-hint" data-part="text">
        {offerHintText(offer, messages)}
      </p>
      {onAdd && (
        <button
          type="button"
          data-scope="missing-items-hint"
          data-part="add"
          aria-label={`${messages.t('missing.add')}: ${messages.items(items)}`}
          onClick={() => onAdd(items)}
        >
          {messages.t('missing.add')}
        </button>
      )}
    </div>
  );
}
