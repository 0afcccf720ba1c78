import { expect, it } from 'vitest';

import * as api from './index.js';

/** The public API, pinned: adding or removing an export is a deliberate change to this list. */
it('exports exactly its public names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'MAX_CART_LINES',
    'MAX_CODES',
    'MAX_LINE_QUANTITY',
    'PROMO_ERROR_CODES',
    'PromoError',
    'REJECTION_REASONS',
    'appliedSchema',
    'cartKey',
    'cartLineSchema',
    'cartSchema',
    'codeEntryReducer',
    'codeSchema',
    'createPromoClient',
    'effectSchema',
    'errorBodySchema',
    'formatMoney',
    'initialCodeEntryState',
    'isPromoError',
    'minorDigits',
    'normalizeCode',
    'parseResponse',
    'promoKeys',
    'rejectionSchema',
    'responseSchemas',
    'totalsSchema',
    'validateRequestSchema',
    'validateResponseSchema',
  ]);
});
