import { type Cart, caseInsensitiveCodes, createPromoClient, formatMoney } from '@promokit/core';
import { PromoProvider, useOfferHints } from '@promokit/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { describe, expect, inject, it } from 'vitest';

import { busyPartOf, spoken } from './test-support/demo-shop.js';
import { WhyNotApplied } from './why-not-applied.js';

const client = createPromoClient({ baseUrl: inject('promoBffUrl') });

/** Two Trail Mugs, $50.00 of goods: short of free shipping. */
const twoMugs: Cart = { lines: [{ productId: 'mug', quantity: 2 }] };

/** Near misses for two Trail Mugs from the real BFF, shown open or closed by the parent. */
function Controlled({ onOpenChange }: { onOpenChange: (open: boolean) => void }): ReactNode {
  const { hints } = useOfferHints('cart', { cart: twoMugs });
  const [open, setOpen] = useState(false);
  return (
    <WhyNotApplied
      offers={hints}
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        setOpen(next);
      }}
    />
  );
}

describe('WhyNotApplied', () => {
  it('opens and closes by keyboard, controlled, explaining each near-miss promotion', async () => {
    // What the server says is missing for free shipping: what the hint must say.
    const { offers } = await client.qualifications({ stage: 'cart', cart: twoMugs });
    const freeShipping = offers.find((offer) => offer.effect.type === 'free_shipping');
    if (freeShipping?.missingAmount === undefined) throw new Error('Two mugs are not short of free shipping');
    const changes: boolean[] = [];
    render(
      <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
        <Controlled onOpenChange={(open) => changes.push(open)} />
      </PromoProvider>,
    );
    const user = userEvent.setup();
    const trigger = await screen.findByRole('button', { name: 'Offers you are close to' });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list')).toBeNull();

    await user.tab();
    await user.keyboard('{Enter}');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('list').id).toBe(trigger.getAttribute('aria-controls'));
    expect(
      screen.getByText(`${formatMoney(freeShipping.missingAmount, 'USD', 'en-US')} more for free shipping`),
    ).toBeDefined();
    expect(screen.queryByText('Welcome 10%')).toBeNull();

    await user.keyboard(' ');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(changes).toEqual([true, false]);
  });

  it('is a busy skeleton, read as "Loading…" alone, until the offers come, then the button', async () => {
    function Loading(): ReactNode {
      const { hints, isLoading } = useOfferHints('cart', { cart: twoMugs });
      return <WhyNotApplied offers={hints} loading={isLoading} />;
    }
    render(
      <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
        <Loading />
      </PromoProvider>,
    );
    const part = busyPartOf(screen.getByRole('status'));
    expect(spoken(part)).toBe('Loading…');
    expect(screen.queryByRole('button')).toBeNull();

    await screen.findByRole('button', { name: 'Offers you are close to' });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('renders nothing without a near-miss promotion', () => {
    const { container } = render(
      <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
        <WhyNotApplied offers={[]} defaultOpen />
      </PromoProvider>,
    );
    expect(container.innerHTML).toBe('');
  });
});
