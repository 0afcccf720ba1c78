import type { LoyaltyReward } from '@promokit/core';
import type { ElementProps } from '@promokit/react';
import { type ReactNode, useId } from 'react';

import { en } from './messages/en.js';
import { useMessages } from './messages/use-messages.js';

/** Props of {@link LoyaltyRewards}, and its root element's own (`className`, `id`, `aria-*`, `data-*`, `ref`...). */
export interface LoyaltyRewardsProps extends ElementProps<'div', 'children'> {
  /** What the card's points buy, e.g. its wallet entry's `rewards`. */
  rewards: readonly LoyaltyReward[];
  /** Points on the card; a reward costing more is shown out of reach. */
  balance: number;
  /** The reward already on the cart (its `id`), shown as chosen. */
  chosen?: string | undefined;
  /**
   * Buys a reward with the card, e.g. by applying `{ code, reward: id }`: a product is added to the
   * order, a coupon is published to the shopper when the order is placed.
   */
  onChoose: (rewardId: string) => void;
}

/**
 * A loyalty card's rewards besides paying with points (a free product, a coupon): each with its
 * cost in points, and a button to get it, out of reach (`aria-disabled`, with the points still
 * missing) when the card holds too few.
 */
export function LoyaltyRewards({
  rewards,
  balance,
  chosen,
  onChoose,
  ...props
}: LoyaltyRewardsProps): ReactNode {
  const { t } = useMessages(en);
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} data-scope="loyalty-rewards" data-part="root" {...props}>
      <p id={labelId} data-scope="loyalty-rewards" data-part="label">
        {t('loyalty.rewards')}
      </p>
      <ul data-scope="loyalty-rewards" data-part="list">
        {rewards.map((reward) => {
          const missing = reward.points - balance;
          const isChosen = reward.id === chosen;
          const state = isChosen ? 'chosen' : missing > 0 ? 'out-of-reach' : 'available';
          return (
            <li
              key={reward.id}
              data-scope="loyalty-rewards"
              data-part="item"
              data-state={state}
              data-kind={reward.kind}
            >
              <span data-scope="loyalty-rewards" data-part="name">
                {reward.name}
              </span>
              <span data-scope="loyalty-rewards" data-part="cost">
                {t('loyalty.reward_cost', { count: reward.points })}
              </span>
              <button
                type="button"
                data-scope="loyalty-rewards"
                data-part="choose"
                aria-disabled={state !== 'available'}
                onClick={() => {
                  if (state === 'available') onChoose(reward.id);
                }}
              >
                {state === 'chosen'
                  ? t('loyalty.reward_chosen', { reward: reward.name })
                  : state === 'out-of-reach'
                    ? t('loyalty.reward_missing', { count: missing })
                    : t('loyalty.reward_choose', { reward: reward.name })}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
