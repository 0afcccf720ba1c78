import { caseInsensitiveCodes, createPromoClient, type LoyaltyReward } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';

import { LoyaltyRewards } from './loyalty-rewards.js';
import { ar } from './messages/ar.js';
import { de } from './messages/de.js';
import { PromoMessages } from './promo-messages.js';

const client = createPromoClient({ baseUrl: inject('promoBffUrl') });
const rewards: LoyaltyReward[] = [
  { id: 'rew_Mug', name: 'A Trail Mug', kind: 'product', points: 1000, productId: 'mug' },
  { id: 'rew_Thanks', name: '5.00 off', kind: 'coupon', points: 500 },
];

function renderRewards(props: { balance: number; chosen?: string }, chosen: string[] = []) {
  render(
    <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
      <LoyaltyRewards rewards={rewards} onChoose={(id) => chosen.push(id)} {...props} />
    </PromoProvider>,
  );
  return screen.getByRole('group', { name: 'Or spend your points on' });
}

describe('LoyaltyRewards', () => {
  it('lists each reward with its cost and gets an affordable one by keyboard', async () => {
    const chosen: string[] = [];
    const group = renderRewards({ balance: 700 }, chosen);
    const items = within(group).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'A Trail Mug1,000 points300 more points needed',
      '5.00 off500 pointsGet 5.00 off',
    ]);
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{Enter}');
    // The mug is out of reach: nothing is chosen until the coupon's button.
    expect(chosen).toEqual([]);
    expect(
      within(group).getByRole('button', { name: '300 more points needed' }).getAttribute('aria-disabled'),
    ).toBe('true');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(chosen).toEqual(['rew_Thanks']);
  });

  it('shows the chosen reward as chosen, not to be chosen again', async () => {
    const chosen: string[] = [];
    const group = renderRewards({ balance: 3000, chosen: 'rew_Mug' }, chosen);
    const button = within(group).getByRole('button', { name: 'A Trail Mug chosen' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await userEvent.setup().click(button);
    expect(chosen).toEqual([]);
  });

  it.each([
    [de, 'de-DE', 'Oder Punkte eintauschen gegen', '1.000 Punkte', 'Noch 1 Punkt nötig'],
    [ar, 'ar', 'أو استبدل نقاطك بـ', 'نقطة', 'تحتاج إلى نقطة واحدة إضافية'],
  ])('speaks the catalogue of %#', (catalogue, locale, label, cost, missing) => {
    render(
      <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none" locale={locale}>
        <PromoMessages catalogue={catalogue}>
          <LoyaltyRewards rewards={rewards} balance={999} onChoose={() => undefined} />
        </PromoMessages>
      </PromoProvider>,
    );
    const group = screen.getByRole('group', { name: label });
    expect(group.textContent).toContain(cost);
    expect(within(group).getByRole('button', { name: missing })).toBeTruthy();
  });
});
