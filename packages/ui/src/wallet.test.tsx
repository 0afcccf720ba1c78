import { createPromoClient } from '@promokit/core';
import { PromoProvider, useWallet } from '@promokit/react';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, inject, it } from 'vitest';

import { Wallet } from './wallet.js';

const client = createPromoClient({ baseUrl: inject('promoBffUrl') });

function GuestWallet(): ReactNode {
  const wallet = useWallet();
  if (!wallet.data) return null;
  return <Wallet entries={wallet.data.entries} onApply={() => undefined} />;
}

describe('Wallet', () => {
  it("says a guest's wallet is empty, under its heading", async () => {
    render(
      <PromoProvider client={client} persistCodes="none">
        <GuestWallet />
      </PromoProvider>,
    );
    const wallet = await screen.findByRole('region', { name: 'Your codes' });
    expect(wallet.getAttribute('data-state')).toBe('empty');
    expect(screen.getByText('No saved codes yet')).toBeDefined();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('names the part used outside its root or item', () => {
    expect(() =>
      render(
        <PromoProvider client={client}>
          <Wallet.List />
        </PromoProvider>,
      ),
    ).toThrow('<Wallet.List> must be used inside <Wallet.Root>.');
    expect(() =>
      render(
        <PromoProvider client={client}>
          <Wallet.Root entries={[]} onApply={() => undefined}>
            <Wallet.Apply />
          </Wallet.Root>
        </PromoProvider>,
      ),
    ).toThrow('<Wallet.Apply> must be used inside <Wallet.Item>.');
  });
});
