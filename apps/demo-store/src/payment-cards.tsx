import type { Totals, WalletEntry } from '@promokit/core';
import type { PromoCart } from '@promokit/react';
import { GiftCardApply, LoyaltyPoints } from '@promokit/ui';
import type { ReactNode } from 'react';

/**
 * The shopper's gift cards and loyalty cards at checkout: use part of a gift card's balance, or
 * pay with points, up to what the order still costs.
 */
export function PaymentCards({
  entries,
  promo,
  totals,
}: {
  entries: readonly WalletEntry[];
  promo: PromoCart;
  totals: Totals;
}): ReactNode {
  // What is left to pay once every discount and the other cards applied; a card can pay its own
  // part again, so it may take up to that plus what it pays now.
  const due = totals.due;
  const paying = (code: string) => promo.applied.find((item) => item.code === code)?.paid ?? 0;
  return entries.map((entry) => {
    if (entry.kind === 'gift_card' && entry.balance) {
      return (
        <GiftCardApply
          key={entry.code}
          code={entry.code}
          balance={entry.balance}
          max={due + paying(entry.code)}
          onApply={(amount) => void promo.apply({ code: entry.code, amount })}
        />
      );
    }
    // What a point pays comes from the wallet (the loyalty program's reward), never from the store.
    if (entry.kind === 'loyalty_card' && entry.points && entry.pointValue) {
      const pointValue = entry.pointValue;
      return (
        <LoyaltyPoints
          key={entry.code}
          balance={entry.points}
          pointValue={pointValue}
          step={100}
          max={Math.floor((due + paying(entry.code)) / pointValue)}
          onApply={(points) => void promo.apply({ code: entry.code, points })}
        />
      );
    }
    return null;
  });
}
