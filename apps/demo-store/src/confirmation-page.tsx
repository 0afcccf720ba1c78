import { useWallet } from '@promokit/react';
import { OrderTotals, RedemptionSummary } from '@promokit/ui';
import { type ReactNode, useId } from 'react';

import { Link } from './link.js';
import { Money } from './money.js';
import { loadOrder } from './orders.js';

/** Order placed: what the shopper saved, points earned, and their referral code to share. */
export function ConfirmationPage({ orderId }: { orderId: string }): ReactNode {
  const order = loadOrder(orderId);
  const wallet = useWallet();
  const referral = wallet.data?.entries.find((entry) => entry.ownReferral);
  const summaryId = useId();
  if (!order) {
    return (
      <>
        <h1>Order not found</h1>
        <p>
          <Link href="/">Back to the shop</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Thank you for your order</h1>
      <p>
        Order <strong>{order.orderId}</strong>: <Money amount={order.totals.due} /> charged to your card.
      </p>
      <section className="order-summary" aria-labelledby={summaryId}>
        <h2 id={summaryId}>Order summary</h2>
        <OrderTotals totals={order.totals} />
      </section>
      <RedemptionSummary
        totals={order.totals}
        rejected={order.rejected}
        {...(order.pointsEarned ? { pointsEarned: order.pointsEarned } : {})}
        {...(order.pointsEarnedOn === undefined ? {} : { pointsEarnedOn: order.pointsEarnedOn })}
        {...(referral
          ? { referralCode: referral.code, shareUrl: `${window.location.origin}/?ref=${referral.code}` }
          : {})}
      />
      <p>
        <Link href="/">Continue shopping</Link>
      </p>
    </>
  );
}
