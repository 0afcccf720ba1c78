// Parts of a storefront's pages that the README shows on their own. Each region is a README block.
import type { Cart, RedeemResponse } from '@promokit/core';
import { usePromoCart, useWallet } from '@promokit/react';
import { AppliedDiscounts, CodeInput, RedemptionSummary, Wallet } from '@promokit/ui';
import { type ReactNode, useState } from 'react';

export function CartCodes({ cart }: { cart: Cart }): ReactNode {
  // #region wallet
  const promo = usePromoCart(cart);
  const wallet = useWallet();
  const codes = (
    <>
      <Wallet entries={wallet.data?.entries} items={promo.items} onApply={promo.apply} />
      <AppliedDiscounts
        applied={promo.applied}
        items={promo.items}
        promotions={promo.promotions}
        onRemove={promo.remove}
      />
    </>
  );
  // #endregion wallet
  // #region code-input
  const [code, setCode] = useState(() => new URLSearchParams(location.search).get('code') ?? '');
  const field = (
    <CodeInput
      apply={promo.apply}
      onRemove={promo.remove}
      value={code}
      onValueChange={setCode}
      cartHref="/cart"
    />
  );
  // #endregion code-input
  return (
    <>
      {field}
      {codes}
    </>
  );
}

export function Confirmation({ order }: { order: RedeemResponse }): ReactNode {
  const wallet = useWallet();
  const referral = wallet.data?.entries.find((entry) => entry.ownReferral);
  if (order.status !== 'redeemed') return null;
  return (
    // #region confirmation
    // order: a `redeemed` answer of useRedeem()
    <RedemptionSummary
      totals={order.totals}
      {...(order.pointsEarned === undefined ? {} : { pointsEarned: order.pointsEarned })}
      rejected={order.rejected}
      {...(referral ? { referralCode: referral.code } : {})}
    />
    // #endregion confirmation
  );
}
