import { type Cart, type Offer, caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoProvider, usePromoCart } from '@promokit/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type FormEvent, type MouseEvent, type ReactNode, createRef } from 'react';
import { describe, expect, it } from 'vitest';

import { AppliedDiscounts } from './applied-discounts.js';
import { CodeInput } from './code-input.js';
import { GiftCardApply } from './gift-card-apply.js';
import { LoyaltyPoints } from './loyalty-points.js';
import { MissingItemsHint } from './missing-items-hint.js';
import { OfferBadge } from './offer-badge.js';
import { OfferHint } from './offer-hint.js';
import { OrderTotals } from './order-totals.js';
import { RedemptionSummary } from './redemption-summary.js';
import { baseUrl } from './test-support/demo-shop.js';
import { TierProgress } from './tier-progress.js';
import { Wallet } from './wallet.js';
import { WhyNotApplied } from './why-not-applied.js';

const client = createPromoClient({ baseUrl });
const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };
const oneMug: Cart = { lines: [{ productId: 'mug', quantity: 1 }] };

function renderIn(page: ReactNode) {
  render(
    <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
      {page}
    </PromoProvider>,
  );
  return userEvent.setup();
}

/** Offers for `cart` from the real BFF, the first that `pick` takes. */
async function offerFor(cart: Cart, pick: (offer: Offer) => boolean): Promise<Offer> {
  const offer = (await client.qualifications({ stage: 'cart', cart })).offers.find(pick);
  if (!offer) throw new Error('The demo BFF offers none such for this cart');
  return offer;
}

/** A code field composed of parts, each given the storefront's own props. */
function ComposedCodeInput({
  cart,
  fieldRef,
  onSubmitClick,
}: {
  cart: Cart;
  fieldRef?: React.Ref<HTMLInputElement>;
  onSubmitClick?: (event: MouseEvent) => void;
}): ReactNode {
  const promo = usePromoCart(cart);
  return (
    <CodeInput.Root apply={promo.apply} onRemove={promo.remove} cartHref="/cart" aria-label="Promo code">
      <CodeInput.Label className="shop-label" />
      <CodeInput.Field
        id="shop-code"
        ref={fieldRef}
        className="shop-field"
        placeholder="SUMMER10"
        aria-describedby="code-hint"
        data-track="code"
      />
      <p id="code-hint">Codes keep their case.</p>
      <CodeInput.Submit className="shop-submit" onClick={onSubmitClick} />
      <CodeInput.Status className="shop-status" />
      <CodeInput.Message id="shop-message" className="shop-message" />
      <CodeInput.Recovery className="shop-recovery" />
    </CodeInput.Root>
  );
}

describe("CodeInput takes its elements' own props", () => {
  it('gives the form its props and the field its placeholder, and lets an onSubmit that prevents the default keep the code unsent', async () => {
    const submitted: string[] = [];
    function Page(): ReactNode {
      const promo = usePromoCart(twoMugs);
      return (
        <CodeInput
          apply={promo.apply}
          id="checkout-code"
          className="shop-form"
          aria-label="Promo code"
          data-section="checkout"
          placeholder="SUMMER10"
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            const code = new FormData(event.currentTarget).get('promo-code') as string;
            submitted.push(code);
            if (code === 'HOLD') event.preventDefault();
          }}
        />
      );
    }
    const user = renderIn(<Page />);
    const form = screen.getByRole('form', { name: 'Promo code' });
    expect([form.id, form.className, form.dataset.section, form.dataset.part]).toEqual([
      'checkout-code',
      'shop-form',
      'checkout',
      'root',
    ]);
    const field = within(form).getByRole<HTMLInputElement>('textbox', { name: 'Promo or gift card code' });
    expect(field.placeholder).toBe('SUMMER10');

    await user.type(field, 'HOLD{Enter}');
    expect(submitted).toEqual(['HOLD']);
    expect(field.readOnly).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('');

    await user.clear(field);
    await user.type(field, 'welcome10{Enter}');
    expect(submitted).toEqual(['HOLD', 'welcome10']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('welcome10 applied'));
  });

  it('gives each part its props; the label follows the id given to the field, and the field is described by the message under its given id and by its own description', async () => {
    const fieldRef = createRef<HTMLInputElement>();
    const user = renderIn(
      <ComposedCodeInput cart={{ lines: [{ productId: 'cap', quantity: 1 }] }} fieldRef={fieldRef} />,
    );
    // Named by the label only if the label's htmlFor follows the id given to the field.
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Promo or gift card code' });
    expect([field.id, field.className, field.placeholder, field.dataset.track]).toEqual([
      'shop-code',
      'shop-field',
      'SUMMER10',
      'code',
    ]);
    expect(fieldRef.current).toBe(field);
    expect(screen.getByText('Promo or gift card code').className).toBe('shop-label');
    expect(screen.getByRole('button', { name: 'Apply' }).className).toBe('shop-submit');
    expect(screen.getByRole('status').className).toBe('shop-status');

    await user.type(field, 'welcome10{Enter}');
    const message = await screen.findByRole('alert');
    await waitFor(() => expect(message.dataset.reason).toBe('cart_below_minimum'));
    expect([message.id, message.className]).toEqual(['shop-message', 'shop-message']);
    expect(field.getAttribute('aria-describedby')).toBe('shop-message code-hint');
    expect(
      screen.getByRole('textbox', { description: `${message.textContent} Codes keep their case.` }),
    ).toBe(field);
    expect(screen.getByRole('link', { name: /^Add / }).className).toBe('shop-recovery');
  });

  it("runs a part's own handler first and skips the part's when it prevents the default", async () => {
    let hold = true;
    const clicks: boolean[] = [];
    const user = renderIn(
      <ComposedCodeInput
        cart={twoMugs}
        onSubmitClick={(event) => {
          clicks.push(hold);
          if (hold) event.preventDefault();
        }}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Promo or gift card code' }), 'welcome10');
    // A prevented click on a submit button submits nothing.
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('status').textContent).toBe('');
    hold = false;
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('welcome10 applied'));
    expect(clicks).toEqual([true, false]);
  });
});

describe("The other components take their root element's own props", () => {
  it('AppliedDiscounts: the section and its parts, named by the heading under the id given to it', async () => {
    const sectionRef = createRef<HTMLElement>();
    function Page(): ReactNode {
      const promo = usePromoCart(twoMugs);
      return (
        <>
          <button type="button" onClick={() => void promo.apply('welcome10')}>
            Add WELCOME10
          </button>
          <AppliedDiscounts.Root
            applied={promo.applied}
            items={promo.items}
            onRemove={promo.remove}
            ref={sectionRef}
            className="shop-discounts"
            data-section="cart"
          >
            <AppliedDiscounts.Heading id="discounts-heading" className="shop-heading" />
            <AppliedDiscounts.List className="shop-list" />
          </AppliedDiscounts.Root>
        </>
      );
    }
    const user = renderIn(<Page />);
    await user.click(screen.getByRole('button', { name: 'Add WELCOME10' }));
    const section = await screen.findByRole('region', { name: 'Applied discounts' });
    expect(section).toBe(sectionRef.current);
    expect([section.className, section.dataset.section, section.getAttribute('aria-labelledby')]).toEqual([
      'shop-discounts',
      'cart',
      'discounts-heading',
    ]);
    expect(within(section).getByRole('heading').className).toBe('shop-heading');
    expect(within(section).getByRole('list').className).toBe('shop-list');
  });

  it('OrderTotals, OfferHint, WhyNotApplied, TierProgress and MissingItemsHint', async () => {
    const [totals, nearMiss, bundle] = await Promise.all([
      client.validate({ cart: twoMugs, codes: [] }).then((answer) => answer.totals),
      offerFor(twoMugs, (offer) => offer.code === undefined && offer.missingAmount !== undefined),
      offerFor(oneMug, (offer) => !offer.qualifies && Boolean(offer.missingItems?.length)),
    ]);
    const trackRef = createRef<HTMLDivElement>();
    renderIn(
      <>
        <OrderTotals totals={totals} role="group" aria-label="Order totals" className="shop-totals" />
        <OfferHint offer={nearMiss} id="next-offer" className="shop-hint" />
        <WhyNotApplied offers={[nearMiss]} role="group" aria-label="Near misses" className="shop-why" />
        <TierProgress.Root offers={[nearMiss]} amount={totals.subtotal} role="group" aria-label="Tiers">
          <TierProgress.Label className="shop-tier-label" />
          <TierProgress.Track ref={trackRef} aria-label="Spend more, save more" className="shop-track" />
        </TierProgress.Root>
        <MissingItemsHint offer={bundle} onAdd={() => undefined} role="group" aria-label="Bundle" />
      </>,
    );
    const list = screen.getByRole('group', { name: 'Order totals' });
    expect([list.tagName, list.className, list.getAttribute('aria-live')]).toEqual([
      'DL',
      'shop-totals',
      'polite',
    ]);
    expect(within(list).getAllByRole('term').length).toBeGreaterThan(1);
    expect(screen.getByText((_, element) => element?.id === 'next-offer').className).toBe('shop-hint');
    const why = screen.getByRole('group', { name: 'Near misses' });
    expect(why.className).toBe('shop-why');
    expect(within(why).getByRole('button', { name: 'Offers you are close to' })).toBeDefined();
    const track = within(screen.getByRole('group', { name: 'Tiers' })).getByRole('progressbar', {
      name: 'Spend more, save more',
    });
    expect([track, track.className]).toEqual([trackRef.current, 'shop-track']);
    expect(within(screen.getByRole('group', { name: 'Bundle' })).getByRole('button')).toBeDefined();
  });

  it('OfferBadge, its own element merging class names and refs with asChild', async () => {
    const offer = await offerFor(twoMugs, () => true);
    const spanRef = createRef<HTMLElement>();
    const badgeRef = createRef<HTMLElement>();
    const linkRef = createRef<HTMLAnchorElement>();
    renderIn(
      <>
        <OfferBadge offer={offer} ref={spanRef} className="shop-badge" aria-describedby="badge-note" />
        <OfferBadge offer={offer} asChild className="shop-badge" ref={badgeRef}>
          <a href="/offers" className="shop-link" ref={linkRef}>
            See the offer
          </a>
        </OfferBadge>
        <p id="badge-note">Ends Sunday</p>
      </>,
    );
    const link = screen.getByRole('link', { name: 'See the offer' });
    expect([link.className, link.dataset.scope, linkRef.current, badgeRef.current]).toEqual([
      'shop-badge shop-link',
      'offer-badge',
      link,
      link,
    ]);
    const badge = spanRef.current;
    expect([badge?.tagName, badge?.className, badge?.dataset.scope]).toEqual([
      'SPAN',
      'shop-badge',
      'offer-badge',
    ]);
    expect(badge?.getAttribute('aria-describedby')).toBe('badge-note');
  });

  it('GiftCardApply and LoyaltyPoints: their own props, and a gift card onSubmit that prevents the default applies nothing', async () => {
    const applied: string[] = [];
    let hold = true;
    const user = renderIn(
      <>
        <GiftCardApply
          code="GIFT-5000-DEMO"
          balance={5000}
          onApply={(amount) => applied.push(`gift ${amount}`)}
          aria-label="Gift card"
          className="shop-gift"
          onSubmit={(event: FormEvent) => hold && event.preventDefault()}
        />
        <LoyaltyPoints
          balance={1000}
          pointValue={1}
          defaultValue={300}
          onApply={(points) => applied.push(`points ${points}`)}
          role="group"
          aria-label="Points"
          className="shop-points"
        />
      </>,
    );
    const gift = screen.getByRole('form', { name: 'Gift card' });
    expect(gift.className).toBe('shop-gift');
    await user.click(within(gift).getByRole('button'));
    expect(applied).toEqual([]);
    hold = false;
    await user.click(within(gift).getByRole('button'));
    expect(applied).toEqual(['gift 5000']);
    const points = screen.getByRole('group', { name: 'Points' });
    expect(points.className).toBe('shop-points');
    await user.click(within(points).getByRole('button'));
    expect(applied).toEqual(['gift 5000', 'points 300']);
  });

  it('Wallet: the section named by the heading under its given id, Apply skipping a prevented click', async () => {
    const entries = [
      { code: 'SAVE5', kind: 'coupon', label: 'Save 5.00', effect: { type: 'amount_off', amountOff: 500 } },
    ] as const;
    const applied: string[] = [];
    let hold = true;
    const user = renderIn(
      <Wallet.Root entries={entries} onApply={(code) => applied.push(code)} className="shop-wallet">
        <Wallet.Heading id="wallet-heading" />
        <Wallet.List className="shop-codes">
          {(entry) => (
            <Wallet.Item key={entry.code} entry={entry} className="shop-code">
              <Wallet.Apply className="shop-apply" onClick={(event) => hold && event.preventDefault()} />
            </Wallet.Item>
          )}
        </Wallet.List>
        <Wallet.Empty className="shop-empty" />
      </Wallet.Root>,
    );
    const wallet = await screen.findByRole('region', { name: 'Your codes' });
    expect([wallet.className, wallet.getAttribute('aria-labelledby')]).toEqual([
      'shop-wallet',
      'wallet-heading',
    ]);
    expect(within(wallet).getByRole('list').className).toBe('shop-codes');
    expect(within(wallet).getByRole('listitem').className).toBe('shop-code');
    const apply = within(wallet).getByRole('button', { name: 'Apply SAVE5' });
    expect(apply.className).toBe('shop-apply');
    await user.click(apply);
    expect(applied).toEqual([]);
    hold = false;
    await user.click(apply);
    expect(applied).toEqual(['SAVE5']);
  });

  it('RedemptionSummary: the section, and Copy skipping a prevented click', async () => {
    const totals = (await client.validate({ cart: twoMugs, codes: [] })).totals;
    let hold = true;
    const user = renderIn(
      <RedemptionSummary.Root
        totals={totals}
        referralCode="REF-SAM"
        className="shop-summary"
        data-order="o-1"
      >
        <RedemptionSummary.Referral className="shop-referral" />
      </RedemptionSummary.Root>,
    );
    const summary = screen.getByRole('region', { name: 'Your savings' });
    expect([summary.className, summary.dataset.order]).toEqual(['shop-summary', 'o-1']);
    render(
      <PromoProvider client={client}>
        <RedemptionSummary.Root totals={totals} referralCode="REF-SAM" heading="Order o-2">
          <RedemptionSummary.Copy className="shop-copy" onClick={(event) => hold && event.preventDefault()} />
        </RedemptionSummary.Root>
      </PromoProvider>,
    );
    const copy = within(screen.getByRole('region', { name: 'Order o-2' })).getByRole('button', {
      name: 'Copy code',
    });
    expect(copy.className).toBe('shop-copy');
    await user.click(copy);
    expect(copy.dataset.state).toBe('idle');
    hold = false;
    await user.click(copy);
    await waitFor(() => expect(copy.dataset.state).toBe('copied'));
  });
});
