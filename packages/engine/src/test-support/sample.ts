import type { SeedInput } from '../seed/seed-schema.js';

/** A small seed: PERCENT10 (≥ 50.00), AMOUNT5 and ONEUSE (quantity 1). */
export const sampleSeed: SeedInput = {
  version: 1,
  validation_rules: [
    {
      id: 'val_Min5000',
      name: 'Order of at least 50.00',
      conditions: [{ type: 'min_order_amount', amount: 5000 }],
    },
  ],
  campaigns: [
    {
      id: 'camp_Sample1',
      name: 'Sample',
      type: 'DISCOUNT_COUPONS',
      validation_rules: ['val_Min5000'],
      vouchers: [{ id: 'v_Percent10', code: 'PERCENT10', discount: { type: 'PERCENT', percent_off: 10 } }],
    },
    {
      id: 'camp_Sample2',
      name: 'Sample amounts',
      type: 'DISCOUNT_COUPONS',
      vouchers: [
        { id: 'v_Amount5', code: 'AMOUNT5', discount: { type: 'AMOUNT', amount_off: 500 } },
        { id: 'v_OneUse', code: 'ONEUSE', quantity: 1, discount: { type: 'AMOUNT', amount_off: 100 } },
      ],
    },
  ],
};
