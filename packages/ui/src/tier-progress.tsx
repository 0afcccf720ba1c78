import type { Offer } from '@promokit/core';
import type { ElementProps } from '@promokit/react';
import type { ReactNode } from 'react';

import { offerHintText } from './messages/offer-hint-text.js';
import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';
import { createPartContext } from './part-context.js';
import { Skeleton } from './skeleton.js';

/**
 * Props of {@link TierProgress} and {@link TierProgressRoot}, and its root element's own
 * (`className`, `id`, `aria-*`, `data-*`, handlers, `ref`).
 */
export interface TierProgressProps extends ElementProps<'div'> {
  /** Offers from qualifications; those still missing an amount become the tiers. */
  offers: readonly Offer[];
  /**
   * While true, a skeleton of the sentence and the bar keeps their space and the root is marked
   * busy, whatever `offers` holds; e.g. `useOfferHints(...).isLoading`.
   */
  loading?: boolean;
  /**
   * What the cart already counts towards the tiers, in minor units: the order amount the offers'
   * minimums are measured on, which for Voucherify is the goods and the shipping line
   * (`totals.subtotal + totals.shipping`).
   */
  amount: number;
}

interface Tier {
  offer: Offer;
  /** Cart amount at which the offer unlocks, in minor units. */
  threshold: number;
}

interface TierProgressContext {
  tiers: readonly Tier[];
  amount: number;
  max: number;
  text: string;
}

const [Context, usePart] = createPartContext<TierProgressContext>('TierProgress');

const percent = (value: number, max: number): string => `${Math.min(100, (value / max) * 100)}%`;

/**
 * Progress towards every spend-based offer at once. Renders nothing when no offer is missing an
 * amount; while the offers load, a skeleton of the default layout (your `children` show once they
 * are there).
 */
function TierProgressRoot({ offers, amount, loading, children, ...props }: TierProgressProps): ReactNode {
  const messages = useMessages(en);
  if (loading) {
    return (
      <div data-scope="tier-progress" data-part="root" data-state="loading" aria-busy="true" {...props}>
        <Skeleton scope="tier-progress" bars={['line']} />
        <div data-scope="tier-progress" data-part="track" aria-hidden="true" />
      </div>
    );
  }
  const tiers = offers
    .filter((offer) => !offer.qualifies && offer.missingAmount !== undefined)
    .map((offer) => ({ offer, threshold: amount + (offer.missingAmount ?? 0) }))
    .sort((a, b) => a.threshold - b.threshold);
  const last = tiers.at(-1);
  if (!last) return null;
  const text = tiers.map((tier) => offerHintText(tier.offer, messages)).join(' · ');
  return (
    <Context.Provider value={{ tiers, amount, max: last.threshold, text }}>
      <div data-scope="tier-progress" data-part="root" {...props}>
        {children ?? (
          <>
            <TierProgressLabel />
            <TierProgressTrack />
          </>
        )}
      </div>
    </Context.Provider>
  );
}

/** The visible sentence: "$12.00 more for free shipping · $37.00 more for 10% off". */
function TierProgressLabel(props: ElementProps<'p', 'children'>): ReactNode {
  const { text } = usePart('Label');
  return (
    <p data-scope="tier-progress" data-part="label" {...props}>
      {text}
    </p>
  );
}

/**
 * The bar: `role="progressbar"` from 0 to the last tier, with the sentence as its value text; an
 * `aria-label` you give replaces "Progress to offers".
 */
function TierProgressTrack(
  props: ElementProps<'div', 'children' | 'role' | `aria-value${'min' | 'max' | 'now' | 'text'}`>,
): ReactNode {
  const { tiers, amount, max, text } = usePart('Track');
  const { t } = useMessages(en);
  return (
    <div
      data-scope="tier-progress"
      data-part="track"
      role="progressbar"
      aria-label={t('tiers.label')}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(amount, max)}
      aria-valuetext={text}
      {...props}
    >
      <div data-scope="tier-progress" data-part="indicator" style={{ inlineSize: percent(amount, max) }} />
      {tiers.map(({ offer, threshold }) => (
        <span
          key={offer.id}
          data-scope="tier-progress"
          data-part="marker"
          data-effect={offer.effect.type}
          style={{ insetInlineStart: percent(threshold, max) }}
        />
      ))}
    </div>
  );
}

/**
 * Progress towards the next spend-based offers, several at once: "$12.00 more for free shipping ·
 * $37.00 more for 10% off", with a progress bar marking each tier; its props go to the root
 * element. Compose `TierProgress.Root`, `.Label` and `.Track` (each taking its element's own
 * props) to change the layout.
 */
export function TierProgress(props: Omit<TierProgressProps, 'children'>): ReactNode {
  return <TierProgressRoot {...props} />;
}

TierProgress.Root = TierProgressRoot;
TierProgress.Label = TierProgressLabel;
TierProgress.Track = TierProgressTrack;
