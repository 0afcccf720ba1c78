import { useWallet } from '@promokit/react';
import { OrderTotals, RedemptionSummary, useMessages } from '@promokit/ui';
import { type ReactNode, useId } from 'react';

import { useCopy } from './i18n.js';
import { LineItems } from './line-items.js';
import { Link } from './link.js';
import { loadOrder } from './orders.js';

/** Order placed: the items, the full breakdown, what the shopper saved, points earned, and their referral code. */
export function ConfirmationPage({ orderId }: { orderId: string }): ReactNode {
  const order = loadOrder(orderId);
  const wallet = useWallet();
  const { t } = useCopy();
  const { money } = useMessages();
  const referral = wallet.data?.entries.find((entry) => entry.ownReferral);
  const summaryId = useId();
  if (!order) {
    return (
      <>
        <h1>{t('Order not found')}</h1>
        <p>
          <Link href="/">{t('Back to the shop')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('Thank you for your order')}</h1>
      <p>
        {t('Order {order}: {amount} charged to your card.', {
          order: order.orderId,
          amount: money(order.totals.due, order.totals.currency),
        })}
      </p>
      <div className="confirmation">
        <section className="order-summary" aria-labelledby={summaryId}>
          <h2 id={summaryId}>{t('Order summary')}</h2>
          {order.lines && <LineItems lines={order.lines} />}
          <OrderTotals totals={order.totals} />
        </section>
        <div className="order-savings">
          <RedemptionSummary
            totals={order.totals}
            rejected={order.rejected}
            {...(order.pointsEarned ? { pointsEarned: order.pointsEarned } : {})}
            {...(order.pointsEarnedOn === undefined ? {} : { pointsEarnedOn: order.pointsEarnedOn })}
            {...(referral
              ? { referralCode: referral.code, shareUrl: `${window.location.origin}/?ref=${referral.code}` }
              : {})}
          />
        </div>
      </div>
      <p>
        <Link href="/">{t('Continue shopping')}</Link>
      </p>
    </>
  );
}
