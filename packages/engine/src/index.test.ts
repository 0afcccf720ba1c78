import { expect, it } from 'vitest';

import * as engine from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(engine).sort()).toEqual([
    'DEFAULT_STACKING_RULES',
    'EngineRequestError',
    'InvalidSeedError',
    'LOCAL_APP_ID',
    'LOCAL_APP_TOKEN',
    'REJECTION_ERROR_KEYS',
    'REQUEST_ERROR_KEYS',
    'createEngineApp',
    'demoSeed',
    'loadSeedFile',
    'openEngine',
    'parseSeed',
    'payWithPointsRewards',
    'seedAmountDiscountSchema',
    'seedCampaignSchema',
    'seedDiscountCouponsCampaignSchema',
    'seedDiscountSchema',
    'seedMinOrderAmountConditionSchema',
    'seedPercentDiscountSchema',
    'seedRuleConditionSchema',
    'seedSchema',
    'seedValidationRuleSchema',
    'seedVoucherSchema',
    'serveEngine',
  ]);
});
