import { formatMoney } from '@promokit/core';
import { usePromoContext } from '@promokit/react';
import type { ReactNode } from 'react';

/** An amount in minor units, in the store's locale and currency. */
export function Money({ amount }: { amount: number }): ReactNode {
  const { locale, currency } = usePromoContext('Money');
  return <>{formatMoney(amount, currency, locale)}</>;
}
