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
  const row = (key: 'totals.subtotal' | 'totals.discount' | 'totals.total', amount: number | undefined) => (
    <div data-scope="order-totals" data-part="row" data-row={key.slice(7)}>
      <dt>{t(key)}</dt>
      <dd>{amount === undefined ? '—' : money(amount, totals?.currency)}</dd>
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
      {row('totals.subtotal', totals?.subtotal)}
      {totals && totals.discount > 0 && row('totals.discount', -totals.discount)}
      {row('totals.total', totals?.total)}
    </dl>
  );
}
