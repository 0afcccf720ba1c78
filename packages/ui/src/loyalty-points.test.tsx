import { caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, inject, it } from 'vitest';

import { LoyaltyPoints } from './loyalty-points.js';
import { busyPartOf, spoken } from './test-support/demo-shop.js';

const client = createPromoClient({ baseUrl: inject('promoBffUrl') });

function renderSlider(dir: 'ltr' | 'rtl', onApply: (points: number) => void) {
  render(
    <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
      <div dir={dir} style={{ direction: dir }}>
        <LoyaltyPoints balance={3000} pointValue={1} step={100} onApply={onApply} />
      </div>
    </PromoProvider>,
  );
  return screen.getByRole('slider', { name: 'Points to use' });
}

describe('LoyaltyPoints', () => {
  it('steps with the slider keys, keeps within its bounds and applies by keyboard', async () => {
    const applied: number[] = [];
    const slider = renderSlider('ltr', (points) => applied.push(points));
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(slider.getAttribute('aria-valuetext')).toBe('0 points = $0.00');
    await user.keyboard('{ArrowRight}{ArrowUp}');
    expect(slider.getAttribute('aria-valuetext')).toBe('200 points = $2.00');
    // 200 + 3 × 1000 stops at the 3,000-point balance; Page Down takes 1,000 off.
    await user.keyboard('{PageUp}{PageUp}{PageUp}{PageDown}');
    expect((slider as HTMLInputElement).value).toBe('2000');
    await user.keyboard('{End}{ArrowRight}');
    expect((slider as HTMLInputElement).value).toBe('3000');
    await user.keyboard('{Home}{ArrowDown}');
    expect((slider as HTMLInputElement).value).toBe('0');

    const apply = screen.getByRole('button', { name: 'Use points' });
    await user.tab();
    await user.keyboard('{Enter}');
    expect(applied).toEqual([]);
    expect(apply.getAttribute('aria-disabled')).toBe('true');
    slider.focus();
    await user.keyboard('{PageUp}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(applied).toEqual([1000]);
  });

  it('is a busy skeleton, read as "Loading…" alone, until the balance comes, then the slider', () => {
    const slider = (balance: number | undefined) => (
      <PromoProvider client={client} persistCodes="none">
        <LoyaltyPoints balance={balance} pointValue={1} defaultValue={500} onApply={() => undefined} />
      </PromoProvider>
    );
    const { rerender } = render(slider(undefined));
    const part = busyPartOf(screen.getByRole('status'));
    expect(spoken(part)).toBe('Loading…');
    expect(screen.queryByRole('slider')).toBeNull();

    rerender(slider(3000));
    // The points to use start from the default, within the balance that came.
    expect(screen.getByRole('slider', { name: 'Points to use' }).getAttribute('aria-valuetext')).toBe(
      '500 points = $5.00',
    );
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('swaps Right and Left in a right-to-left layout', async () => {
    const slider = renderSlider('rtl', () => undefined);
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}');
    expect((slider as HTMLInputElement).value).toBe('100');
  });
});
