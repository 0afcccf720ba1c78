import type { Offer, Totals, WalletEntry } from '@promokit/core';
import type { ApplyOutcome } from '@promokit/react';
import { type FormEvent, type MouseEvent, createRef } from 'react';
import { describe, expectTypeOf, it } from 'vitest';

import { AppliedDiscounts } from './applied-discounts.js';
import { CodeInput } from './code-input.js';
import { GiftCardApply } from './gift-card-apply.js';
import { LoyaltyPoints } from './loyalty-points.js';
import { MissingItemsHint } from './missing-items-hint.js';
import { OfferBadge } from './offer-badge.js';
import { OfferHint } from './offer-hint.js';
import { OrderTotals } from './order-totals.js';
import { RedemptionSummary } from './redemption-summary.js';
import { TierProgress } from './tier-progress.js';
import { Wallet } from './wallet.js';
import { WhyNotApplied } from './why-not-applied.js';

declare const apply: (code: string) => Promise<ApplyOutcome>;
declare const offer: Offer;
declare const totals: Totals;
declare const entries: readonly WalletEntry[];

describe("components take their elements' own props", () => {
  it('type-check className, style, id, aria-*, data-*, handlers and refs of the right element', () => {
    const page = (
      <>
        <CodeInput
          apply={apply}
          className="code"
          id="code"
          aria-label="Promo code"
          data-section="checkout"
          placeholder="SUMMER10"
          style={{ marginBlock: 8 }}
          onSubmit={(event: FormEvent<HTMLFormElement>) => event.currentTarget.reset()}
          ref={createRef<HTMLFormElement>()}
        />
        <CodeInput.Root apply={apply}>
          <CodeInput.Label className="label" />
          <CodeInput.Field
            id="field"
            placeholder="SUMMER10"
            ref={createRef<HTMLInputElement>()}
            inputMode="text"
          />
          <CodeInput.Submit className="apply" onClick={(event: MouseEvent<HTMLButtonElement>) => event} />
          <CodeInput.Status className="status" />
          <CodeInput.Message id="message" />
          <CodeInput.Recovery className="recovery" />
        </CodeInput.Root>
        <AppliedDiscounts applied={[]} className="chips" ref={createRef<HTMLElement>()} />
        <OrderTotals
          totals={totals}
          className="totals"
          ref={createRef<HTMLDListElement>()}
          aria-label="Totals"
        />
        <GiftCardApply code="GIFT" balance={5000} onApply={() => {}} className="gift" onSubmit={() => {}} />
        <LoyaltyPoints balance={100} pointValue={1} onApply={() => {}} className="points" />
        <MissingItemsHint offer={offer} className="missing" />
        <OfferBadge offer={offer} className="badge" ref={createRef<HTMLSpanElement>()} />
        <OfferHint offer={offer} className="hint" ref={createRef<HTMLParagraphElement>()} />
        <RedemptionSummary totals={totals} className="summary" />
        <TierProgress offers={[offer]} amount={0} className="tiers" />
        <Wallet entries={entries} onApply={() => {}} className="wallet" />
        <WhyNotApplied offers={[offer]} className="why" />
      </>
    );
    expectTypeOf(page).toBeObject();
  });

  it('refuse props their element does not take, props the kit owns, and wrong types', () => {
    const page = (
      <>
        {/* @ts-expect-error A form has no `href`. */}
        <CodeInput apply={apply} href="/cart" />
        {/* @ts-expect-error The label follows the field's id itself. */}
        <CodeInput.Label htmlFor="elsewhere" />
        {/* @ts-expect-error The field's value is the root's `value`. */}
        <CodeInput.Field value="SUMMER10" />
        {/* @ts-expect-error The apply button submits. */}
        <CodeInput.Submit type="button" />
        {/* @ts-expect-error The status is a status. */}
        <CodeInput.Status role="alert" />
        {/* @ts-expect-error The totals render their own rows. */}
        <OrderTotals totals={totals}>rows</OrderTotals>
        {/* @ts-expect-error A ref of another element. */}
        <OrderTotals totals={totals} ref={createRef<HTMLInputElement>()} />
        {/* @ts-expect-error A class name is a string. */}
        <OfferHint offer={offer} className={3} />
        {/* @ts-expect-error A handler is a function. */}
        <GiftCardApply code="GIFT" balance={5000} onApply={() => {}} onSubmit="apply" />
        {/* @ts-expect-error The track is a progress bar. */}
        <TierProgress.Track role="meter" />
      </>
    );
    expectTypeOf(page).toBeObject();
  });
});
