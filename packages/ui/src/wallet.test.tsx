import { caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { type CodeMatching, caseSensitiveCodes, type WalletEntry } from '@promokit/core';
import { PromoProvider, usePromoCart, useWallet } from '@promokit/react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, inject, it } from 'vitest';

import { baseUrl, busyPartOf, signIn, spoken } from './test-support/demo-shop.js';
import { Wallet } from './wallet.js';

const client = createPromoClient({ baseUrl: inject('promoBffUrl') });

function GuestWallet(): ReactNode {
  const wallet = useWallet();
  if (!wallet.data) return null;
  return <Wallet entries={wallet.data.entries} onApply={() => undefined} />;
}

/** A wallet spelling a code as upstream does, beside a cart the shopper typed it into. */
function WalletBesideCart(): ReactNode {
  const promo = usePromoCart({ lines: [{ productId: 'mug', quantity: 2 }] });
  const entries: WalletEntry[] = [
    { code: 'SAVE5', kind: 'coupon', label: 'Save 5.00', effect: { type: 'amount_off', amountOff: 500 } },
  ];
  return (
    <>
      <button type="button" onClick={() => void promo.apply('save5')}>
        Type save5
      </button>
      <Wallet entries={entries} items={promo.items} onApply={(code) => void promo.apply(code)} />
      <output>{promo.items.map((item) => `${item.code}: ${item.status}`).join()}</output>
    </>
  );
}

describe('Wallet', () => {
  it.each<[string, CodeMatching, string]>([
    ['a case-insensitive project shows as applied', caseInsensitiveCodes, 'applied'],
    ['a case-sensitive project shows as another code', caseSensitiveCodes, 'available'],
  ])('a code typed in another case than the wallet spells it: %s', async (_, codeMatching, state) => {
    render(
      <PromoProvider client={client} codeMatching={codeMatching} persistCodes="none">
        <WalletBesideCart />
      </PromoProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Type save5' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('save5: applied'));
    const item = () => screen.getByText('SAVE5').closest('[data-part="item"]');
    await waitFor(() => expect(item()?.getAttribute('data-state')).toBe(state));
  });

  it("says a guest's wallet is empty, under its heading", async () => {
    render(
      <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none">
        <GuestWallet />
      </PromoProvider>,
    );
    const wallet = await screen.findByRole('region', { name: 'Your codes' });
    expect(wallet.getAttribute('data-state')).toBe('empty');
    expect(screen.getByText('No saved codes yet')).toBeDefined();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('is a busy section with a skeleton of one code, read as its heading and "Loading…", until the codes come', async () => {
    const cookie = await signIn('loyalty-member');
    function MemberWallet(): ReactNode {
      return <Wallet entries={useWallet().data?.entries} onApply={() => undefined} />;
    }
    render(
      <PromoProvider client={createPromoClient({ baseUrl, headers: { cookie } })} persistCodes="none">
        <MemberWallet />
      </PromoProvider>,
    );
    const wallet = screen.getByRole('region', { name: 'Your codes' });
    expect(busyPartOf(screen.getByRole('status'))).toBe(wallet);
    expect(spoken(screen.getByRole('heading'))).toBe('Your codes');
    expect(spoken(screen.getByRole('list'))).toBe('Loading…');
    expect(screen.queryByText('No saved codes yet')).toBeNull();

    await screen.findByRole('button', { name: 'Apply GIFT-5000-DEMO' });
    expect(wallet.getAttribute('data-state')).toBe('filled');
    expect(wallet.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('names the part used outside its root or item', () => {
    expect(() =>
      render(
        <PromoProvider client={client} codeMatching={caseInsensitiveCodes}>
          <Wallet.List />
        </PromoProvider>,
      ),
    ).toThrow('<Wallet.List> must be used inside <Wallet.Root>.');
    expect(() =>
      render(
        <PromoProvider client={client} codeMatching={caseInsensitiveCodes}>
          <Wallet.Root entries={[]} onApply={() => undefined}>
            <Wallet.Apply />
          </Wallet.Root>
        </PromoProvider>,
      ),
    ).toThrow('<Wallet.Apply> must be used inside <Wallet.Item>.');
  });
});
