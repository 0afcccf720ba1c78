import { expect, it } from 'vitest';

import * as api from './index.js';

/** The public API, pinned: adding or removing an export is a deliberate change to this list. */
it('exports exactly its public names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'PromoLiveUpdates',
    'PromoProvider',
    'mergeProps',
    'qualificationsOptions',
    'redeemMutationOptions',
    'rollbackMutationOptions',
    'useCodeField',
    'useOfferHints',
    'usePromoCart',
    'usePromoContext',
    'useQualifications',
    'useRedeem',
    'useRollback',
    'useValidateCode',
    'useWallet',
    'validateMutationOptions',
    'validationOptions',
    'walletOptions',
  ]);
});
