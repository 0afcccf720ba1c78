import type { Totals } from '@promokit/core';
import type { ReactNode } from 'react';

import { enTotals } from './messages/en-checkout.js';
import { useMessages } from './messages/use-messages.js';

/** Props of {@link OrderTotals}. */
export interface OrderTotalsProps {
  /** Server-priced totals; while `undefined` the space is kept and marked busy. */
  totals: Totals | undefined;
}

/** Subtotal, discount and total, announced politely when they change. */
export function OrderTotals({ totals }: OrderTotalsProps): ReactNode {
  const { t, money } = useMessages(enTotals);
  const format = (amount: number | undefined) =>
    amount === undefined ? '—' : money(amount, totals?.currency);
  const row = (key: 'totals.subtotal' | 'totals.discount' | 'totals.total', shown: string) => (
    <div data-scope="order-totals" data-part="row" data-row={key.slice(7)}>
      <dt>{t(key)}</dt>
      <dd>{shown}</dd>
    </div>
  );
  return (
    <dl
      data-scope="order-totals"
      data-part="root"
      data-state={totals ? 'ready' : 'loading'}
      aria-live="polite"
      aria-busy={!totals}
    >
      {row('totals.subtotal', format(totals?.subtotal))}
      {totals &&
        totals.discount > 0 &&
        // The same minus sign as the discount chips, in every locale.
        row('totals.discount', t('totals.discount_amount', { amount: format(totals.discount) }))}
      {row('totals.total', format(totals?.total))}
    </dl>
  );
}
