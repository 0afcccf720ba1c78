import type { Payment, Totals } from '@promokit/core';
import type { ElementProps } from '@promokit/react';
import type { ReactNode } from 'react';

import type { MessageKey } from './messages/catalogue.js';
import { enTotals } from './messages/en-checkout.js';
import { useMessages } from './messages/use-messages.js';

/** Props of {@link OrderTotals}, and the list's own (`className`, `id`, `aria-*`, `data-*`, `ref`...). */
export interface OrderTotalsProps extends ElementProps<'dl', 'children'> {
  /** Server-priced totals; while `undefined` the space is kept and marked busy. */
  totals: Totals | undefined;
}

/**
 * The order's totals as a list announced politely when it changes, every amount from the totals'
 * minor units in their currency:
 *
 * - Subtotal: the goods;
 * - Shipping: the charge after its discount, "Free" when a promotion takes it all, the charge before
 *   the discount struck through (and read out after the amount); no row when nothing is charged for
 *   shipping (an empty cart, a store that ships free or charges shipping elsewhere);
 * - Discount: what promotions and coupons take off the goods (`discount − shippingDiscount`), when
 *   anything;
 * - Total: the order's price;
 * - one row per gift card and loyalty card with what it pays, then "To pay" (`due`), when a card
 *   pays. Cards are payments, never a discount (see `Totals` in `@promokit/core`).
 */
export function OrderTotals({ totals, ...props }: OrderTotalsProps): ReactNode {
  const { t, money } = useMessages(enTotals);
  const format = (amount: number | undefined) =>
    amount === undefined ? '—' : money(amount, totals?.currency);
  // What is taken off or paid is negative: the money formatter writes its sign, as on the chips.
  const minus = (amount: number) => format(-amount);
  const row = (name: string, term: string, shown: ReactNode, payment?: Payment) => (
    <div
      key={payment?.code ?? name}
      data-scope="order-totals"
      data-part="row"
      data-row={name}
      data-kind={payment?.kind}
    >
      <dt>{term}</dt>
      <dd>{shown}</dd>
    </div>
  );
  const rowOf = (key: MessageKey, shown: ReactNode) => row(key.slice(7), t(key), shown);
  const shipping = totals && totals.shipping - totals.shippingDiscount;
  const goodsDiscount = totals ? totals.discount - totals.shippingDiscount : 0;
  return (
    <dl
      data-scope="order-totals"
      data-part="root"
      data-state={totals ? 'ready' : 'loading'}
      aria-live="polite"
      aria-busy={!totals}
      {...props}
    >
      {rowOf('totals.subtotal', format(totals?.subtotal))}
      {totals?.shipping
        ? rowOf(
            'totals.shipping',
            totals.shippingDiscount ? (
              <>
                <s aria-hidden="true">{format(totals.shipping)}</s>{' '}
                {shipping ? format(shipping) : t('totals.free')}
                <span data-scope="order-totals" data-part="hidden">
                  {' '}
                  {t('totals.was', { amount: format(totals.shipping) })}
                </span>
              </>
            ) : (
              format(shipping)
            ),
          )
        : null}
      {goodsDiscount > 0 && rowOf('totals.discount', minus(goodsDiscount))}
      {rowOf('totals.total', format(totals?.total))}
      {totals?.paid.map((payment) =>
        row('payment', t(`totals.${payment.kind}`, { code: payment.code }), minus(payment.amount), payment),
      )}
      {totals?.paid.length ? rowOf('totals.due', format(totals.due)) : null}
    </dl>
  );
}
