import { caseInsensitiveCodes, createPromoClient, type WalletEntry } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';

import type { Catalogue } from './messages/catalogue.js';
import { ar } from './messages/ar.js';
import { de } from './messages/de.js';
import { en } from './messages/en.js';
import { PromoMessages } from './promo-messages.js';
import { Wallet } from './wallet.js';

const client = createPromoClient({ baseUrl: inject('promoBffUrl') });

const card = (tier: WalletEntry['tier']): WalletEntry => ({
  code: 'LOYALTY-SAM',
  kind: 'loyalty_card',
  label: 'Trail Rewards',
  effect: { type: 'loyalty_points', points: 3000 },
  points: 3000,
  ...(tier ? { tier } : {}),
});

function renderIn(catalogue: Catalogue, locale: string, entry: WalletEntry) {
  render(
    <PromoProvider client={client} codeMatching={caseInsensitiveCodes} persistCodes="none" locale={locale}>
      <PromoMessages catalogue={catalogue}>
        <Wallet entries={[entry]} onApply={() => undefined} />
      </PromoMessages>
    </PromoProvider>,
  );
  return document.querySelector('[data-scope="wallet"][data-part="tier"]')?.textContent;
}

describe("Wallet: a loyalty card's tier", () => {
  it.each<[string, Catalogue, string, string, string]>([
    ['en', en, 'en-US', 'Summit member · 2,000 points to Peak', 'Peak member'],
    ['de', de, 'de-DE', 'Stufe Summit · noch 2.000 Punkte bis Peak', 'Stufe Peak'],
    ['ar', ar, 'ar-EG', 'مستوى Summit · ٢٬٠٠٠ نقطة للوصول إلى Peak', 'مستوى Peak'],
  ])(
    'in %s, names the tier and the points the next one needs, or the tier alone at the top',
    (_, catalogue, locale, withNext, top) => {
      expect(
        renderIn(catalogue, locale, card({ name: 'Summit', next: { name: 'Peak', pointsToGo: 2000 } })),
      ).toBe(withNext);
      document.body.innerHTML = '';
      expect(renderIn(catalogue, locale, card({ name: 'Peak' }))).toBe(top);
    },
  );

  it('says one point in the singular, and nothing of tiers when upstream tells none', () => {
    expect(renderIn(en, 'en-US', card({ name: 'Summit', next: { name: 'Peak', pointsToGo: 1 } }))).toBe(
      'Summit member · 1 point to Peak',
    );
    document.body.innerHTML = '';
    expect(renderIn(en, 'en-US', card(undefined))).toBeUndefined();
    expect(screen.getByText('3,000 points')).toBeDefined();
  });
});
