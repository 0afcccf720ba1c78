import type { ElementProps } from '@promokit/react';
import { type KeyboardEvent, type ReactNode, useId } from 'react';

import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';
import { Skeleton } from './skeleton.js';
import { useControllableState } from './use-controllable-state.js';

/** Props of {@link LoyaltyPoints}, and its root element's own (`className`, `id`, `aria-*`, `data-*`, `ref`...). */
export interface LoyaltyPointsProps extends ElementProps<'div', 'children' | 'defaultValue'> {
  /**
   * Points on the shopper's card, e.g. the loyalty card's `points` in `useWallet().data?.entries`;
   * while `undefined` (still loading) a skeleton keeps the space and the root is marked busy.
   */
  balance: number | undefined;
  /** What one point is worth, in minor units of the store currency. */
  pointValue: number;
  /** Most points usable on this order (e.g. the amount due over `pointValue`); default the balance. */
  max?: number;
  /** Slider step in points; default 1. Page Up and Page Down move ten steps. */
  step?: number;
  /** Points to use (controlled). */
  value?: number;
  /** Points to use at first; default 0. */
  defaultValue?: number;
  /** Hears every change of the points to use. */
  onValueChange?: (points: number) => void;
  /** Pays `points` of the order with the card. */
  onApply: (points: number) => void;
}

/** Pay with points: a slider of points to use, with their money value, and apply. */
export function LoyaltyPoints({ balance, ...props }: LoyaltyPointsProps): ReactNode {
  if (balance !== undefined) return <LoyaltyPointsSlider balance={balance} {...props} />;
  // What the slider is given once the balance is known; the root's own props go to the skeleton's root.
  const {
    pointValue: _p,
    max: _m,
    step: _s,
    value: _v,
    defaultValue: _d,
    onValueChange: _o,
    onApply: _a,
    ...root
  } = props;
  return (
    <div data-scope="loyalty-points" data-part="root" data-state="loading" aria-busy="true" {...root}>
      {/* The label, the balance, the slider, its value and the apply button. */}
      <Skeleton scope="loyalty-points" bars={['line', 'line', 'line', 'line', 'control']} />
    </div>
  );
}

/** The slider once the balance is known: the points to use start within it. */
function LoyaltyPointsSlider({
  balance,
  pointValue,
  max,
  step = 1,
  value,
  defaultValue,
  onValueChange,
  onApply,
  ...props
}: LoyaltyPointsProps & { balance: number }): ReactNode {
  const messages = useMessages(en);
  const { t } = messages;
  const limit = Math.min(balance, max ?? balance);
  const [points, setPoints] = useControllableState(value, defaultValue ?? 0, onValueChange);
  const id = useId();
  // The keys of a WAI-ARIA slider, handled here so they step the same in every browser; Right and
  // Left swap in a right-to-left layout.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const forward = getComputedStyle(event.currentTarget).direction === 'rtl' ? -step : step;
    const moves: Partial<Record<string, number>> = {
      ArrowRight: points + forward,
      ArrowLeft: points - forward,
      ArrowUp: points + step,
      ArrowDown: points - step,
      PageUp: points + step * 10,
      PageDown: points - step * 10,
      Home: 0,
      End: limit,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setPoints(Math.min(limit, Math.max(0, next)));
  };
  const valueText = t('loyalty.value', { count: points, amount: messages.money(points * pointValue) });
  return (
    <div
      data-scope="loyalty-points"
      data-part="root"
      data-state={points > 0 ? 'selected' : 'none'}
      {...props}
    >
      <label data-scope="loyalty-points" data-part="label" htmlFor={`${id}-slider`}>
        {t('loyalty.label')}
      </label>
      <p data-scope="loyalty-points" data-part="balance">
        {t('loyalty.balance', { count: balance })}
      </p>
      <input
        id={`${id}-slider`}
        type="range"
        data-scope="loyalty-points"
        data-part="slider"
        min={0}
        max={limit}
        // A range only takes multiples of its step: when the order total is not one, the pointer
        // moves point by point so that paying it all stays possible (keys still move by `step`).
        step={limit % step === 0 ? step : 1}
        value={points}
        aria-valuetext={valueText}
        onChange={(event) => setPoints(Number(event.target.value))}
        onKeyDown={onKeyDown}
      />
      <output data-scope="loyalty-points" data-part="value" htmlFor={`${id}-slider`}>
        {valueText}
      </output>
      <button
        type="button"
        data-scope="loyalty-points"
        data-part="apply"
        aria-disabled={points === 0}
        onClick={() => {
          if (points > 0) onApply(points);
        }}
      >
        {t('loyalty.apply')}
      </button>
    </div>
  );
}
