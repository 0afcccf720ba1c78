// Parts of a storefront's cart page that the README shows on their own; the page around them is
// the storefront's. Each region is a README block.
import { type Cart, type Rejection, createPromoClient, formatMoney } from '@promokit/core';
import {
  PromoProvider,
  usePromoCart,
  usePromoContext,
  useQualifications,
  useRedeem,
  useRollback,
  useValidateCode,
  useWallet,
} from '@promokit/react';
import { type ReactNode, useRef } from 'react';

const client = createPromoClient({ baseUrl: '/api/promotions' });
const product = { id: 'cap', name: 'Field Cap' };

/** The storefront's own: tells the shopper why the order did not go through. */
function explain(rejected: readonly Rejection[]): void {
  console.info(rejected);
}
/** The storefront's own: places the same order again after `seconds`. */
function retryLater(seconds: number): void {
  console.info(`again in ${seconds} s`);
}
/** The storefront's own payment; resolves whether the payment went through. */
async function pay(orderId: string, amount: number): Promise<boolean> {
  return Boolean(orderId) && amount >= 0;
}

export function CartPage({ cart }: { cart: Cart }): ReactNode {
  const { locale } = usePromoContext('CartPage');
  // #region qualifications
  const { data, isPending, error } = useQualifications({ stage: 'product', cart, productIds: [product.id] });
  const badges = data?.offers.filter((offer) => offer.productIds?.includes(product.id)) ?? [];
  // #endregion qualifications
  // #region wallet
  const wallet = useWallet();
  const promo = usePromoCart(cart);

  const usable = wallet.data?.entries.filter((entry) => !entry.ownReferral) ?? [];
  const walletButtons = usable.map((entry) => (
    <button key={entry.code} type="button" onClick={() => void promo.apply(entry.code)}>
      {entry.label}
    </button>
  ));
  // #endregion wallet
  const check = useValidateCode();
  // #region redeem
  const redeem = useRedeem();
  const rollback = useRollback();
  // One id per order, made when the shopper first places it (never while rendering, which Next.js
  // prerenders), and kept for every retry, a rolled-back attempt's included.
  const order = useRef<string | null>(null);

  async function placeOrder() {
    order.current ??= crypto.randomUUID();
    const orderId = order.current;
    const result = await redeem.mutateAsync({
      orderId,
      cart,
      codes: [...promo.entries],
      // The order is charged what the shopper was shown, or not placed.
      ...(promo.totals ? { expectedDue: promo.totals.due } : {}),
    });
    // The order would now cost another amount (a code expired meanwhile): nothing was booked, and the
    // cart's totals on screen refresh; the shopper places the order again at them.
    if (result.status === 'rejected') return explain(result.rejected);
    // Not confirmed yet: charge nothing, and place the same order (same orderId) again shortly.
    if (result.status === 'unknown') return retryLater(result.retryAfter);
    // result.rejected: codes that dropped out; the order went on without them, at result.totals.
    if (!(await pay(orderId, result.totals.due))) {
      // Nothing stays booked; placed again, the same order id is redeemed anew.
      await rollback.mutateAsync({ orderId, reason: 'payment_declined' });
      return;
    }
    order.current = null; // the next order gets its own id
    promo.clear(); // result.pointsEarned: loyalty points the order earns
  }
  // #endregion redeem

  async function applyCodes() {
    // #region apply
    const outcome = await promo.apply(' welcome10 '); // trimmed, kept as typed: welcome10
    if (outcome.status === 'rejected') console.info(outcome.rejection);
    // e.g. { reason: 'cart_below_minimum', code: 'welcome10', missingAmount: 1305 }

    await promo.apply({ code: 'GIFT-5000-DEMO', amount: 2000 }); // 20.00 of the gift card's balance
    await promo.apply({ code: 'GIFT-5000-DEMO', amount: 1500 }); // applying it again changes the amount
    await promo.apply({ code: 'LOYALTY-SAM', points: 500 }); // pay with 500 loyalty points
    // #endregion apply
  }

  async function applyClearance() {
    // #region clearance
    // Three Trail Mugs: "Buy 2, get 1 free" applies automatically; CLEARANCE30 is exclusive.
    await promo.apply('CLEARANCE30');
    // { status: 'rejected', rejection: { reason: 'not_combinable', code: 'CLEARANCE30',
    //   conflictsWith: [], promotions: ['Buy 2 mugs, get 1 free'] } }: 30 % saves less than the free mug

    // With a camp kettle besides, 30 % saves more:
    await promo.apply('CLEARANCE30');
    // { status: 'applied', applied: { code: 'CLEARANCE30', … }, replaced: ['Buy 2 mugs, get 1 free', '5% off from 100.00'] }
    // #endregion clearance
  }

  async function checkCodes() {
    // #region validate-code
    const answer = await check.mutateAsync({ cart, codes: ['SAVE5', 'NOPE'] });
    console.info(answer.rejected); // [{ reason: 'not_found', code: 'NOPE' }]
    // #endregion validate-code
  }

  // #region output
  const total = (
    <output>
      {promo.totals ? formatMoney(promo.totals.total, promo.totals.currency, locale) : 'Calculating…'}
    </output>
  );
  // #endregion output

  return (
    <>
      {isPending ? 'Looking for offers' : error ? error.message : badges.map((offer) => offer.label)}
      {walletButtons}
      {total}
      <button type="button" onClick={() => void applyCodes()}>
        Apply
      </button>
      <button type="button" onClick={() => void applyClearance()}>
        Clearance
      </button>
      <button type="button" onClick={() => void checkCodes()}>
        Check
      </button>
      <button type="button" onClick={() => void placeOrder()}>
        Place order
      </button>
    </>
  );
}

export function TrackedShop({ children }: { children: ReactNode }): ReactNode {
  return (
    // #region on-event
    <PromoProvider client={client} onEvent={(event) => console.info(event.name, event.properties)}>
      {children}
    </PromoProvider>
    // #endregion on-event
  );
}
