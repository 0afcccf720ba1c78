import type { Cart, Offer, PromoError, Stage } from '@promokit/core';
import { type MouseEvent, useEffect, useRef } from 'react';

import type { ElementProps, MergedProps, Only } from './element-props.js';
import { mergeProps } from './merge-props.js';
import { usePromoContext } from './promo-context.js';
import { useQualifications } from './use-qualifications.js';

/** Options of {@link useOfferHints}. */
export interface UseOfferHintsOptions {
  /** The shopper's cart; default empty (a listing or product page before anything is added). */
  cart?: Cart;
  /** Products on screen, for offers on them. */
  productIds?: readonly string[];
}

/** Props a storefront may pass to `getOfferProps`: those of a link or a button. */
export type OfferElementProps = ElementProps<'a'> | ElementProps<'button'>;

/** Props for an offer's call to action. */
export interface OfferProps {
  onClick: (event: MouseEvent) => void;
  /** `qualified` when the cart gets the offer now, `close` when something is still missing. */
  'data-state': 'qualified' | 'close';
}

/** The offers worth showing at a journey stage. */
export interface OfferHints {
  /** Offers the cart qualifies for now. */
  available: readonly Offer[];
  /** Offers the cart is close to, the smallest missing amount first, with what is missing. */
  hints: readonly Offer[];
  isLoading: boolean;
  error: PromoError | null;
  /**
   * Props for an offer's call to action; a click reports `Promotion Clicked`. `props` are the
   * link's or button's own, merged as `mergeProps` does: your `onClick` runs first, and the click
   * is not reported when it calls `event.preventDefault()`.
   */
  getOfferProps<P extends OfferElementProps = Record<never, never>>(
    offer: Offer,
    props?: Only<P, ElementProps<'a'> & ElementProps<'button'>>,
  ): MergedProps<OfferProps, P>;
}

const EMPTY_CART: Cart = { lines: [] };
const NONE: readonly Offer[] = [];

const byMissingAmount = (a: Offer, b: Offer): number =>
  (a.missingAmount ?? Number.MAX_SAFE_INTEGER) - (b.missingAmount ?? Number.MAX_SAFE_INTEGER);

/**
 * Offers and progress hints for a stage ("$12 more for free shipping"), built on
 * {@link useQualifications}. Reports `Promotion Viewed` once per offer shown and `Promotion
 * Clicked` through {@link OfferHints.getOfferProps}.
 */
export function useOfferHints(stage: Stage, options: UseOfferHintsOptions = {}): OfferHints {
  const { onEvent } = usePromoContext('useOfferHints');
  const query = useQualifications({
    stage,
    cart: options.cart ?? EMPTY_CART,
    ...(options.productIds ? { productIds: [...options.productIds] } : {}),
  });
  const offers = query.data?.offers ?? NONE;
  const viewed = useRef(new Set<string>());

  useEffect(() => {
    offers.forEach((offer, index) => {
      if (viewed.current.has(offer.id)) return;
      viewed.current.add(offer.id);
      onEvent({ name: 'Promotion Viewed', properties: promotionProperties(stage, offer, index) });
    });
  }, [offers, onEvent, stage]);

  return {
    available: offers.filter((offer) => offer.qualifies),
    hints: offers.filter((offer) => !offer.qualifies).sort(byMissingAmount),
    isLoading: query.isPending,
    error: query.error,
    getOfferProps: (offer: Offer, props: object = {}) =>
      mergeProps(
        {
          'data-state': offer.qualifies ? 'qualified' : 'close',
          onClick: () => {
            const properties = promotionProperties(stage, offer, offers.indexOf(offer));
            onEvent({ name: 'Promotion Clicked', properties });
          },
        },
        props,
      ),
  } as OfferHints;
}

function promotionProperties(stage: Stage, offer: Offer, index: number) {
  return { promotion_id: offer.id, name: offer.label, creative: stage, position: String(index + 1) };
}
