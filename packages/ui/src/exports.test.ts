import { expect, it } from 'vitest';

import * as api from './index.js';

/** The public API, pinned: adding or removing an export is a deliberate change to this list. */
it('exports exactly its public names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'AppliedDiscounts',
    'CodeInput',
    'GiftCardApply',
    'LoyaltyPoints',
    'LoyaltyRewards',
    'MissingItemsHint',
    'OfferBadge',
    'OfferHint',
    'OrderTotals',
    'PromoMessages',
    'RedemptionSummary',
    'TierProgress',
    'Wallet',
    'WhyNotApplied',
    'createMessages',
    'describeEffect',
    'en',
    'interpolate',
    'offerHintText',
    'recoveryAction',
    'recoveryLabel',
    'rejectionMessage',
    'useMessages',
  ]);
});
