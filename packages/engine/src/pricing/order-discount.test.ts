import { describe, expect, it } from 'vitest';

import type { EngineDiscount } from '../seed/seed-schema.js';
import { orderDiscountAmount } from './order-discount.js';

const percent = (percent_off: number, amount_limit?: number): EngineDiscount => ({
  type: 'PERCENT',
  percent_off,
  effect: 'APPLY_TO_ORDER',
  ...(amount_limit === undefined ? {} : { amount_limit }),
});
const amount = (amount_off: number): EngineDiscount => ({
  type: 'AMOUNT',
  amount_off,
  effect: 'APPLY_TO_ORDER',
});

describe('orderDiscountAmount', () => {
  it.each([
    ['10% of 60.00', percent(10), 6000, 600],
    ['40% of 9.00', percent(40), 900, 360],
    ['half a cent rounds up', percent(10), 1005, 101],
    ['below half a cent rounds down', percent(10), 1004, 100],
    ['15% of 34.90 is exact, not float-drifted', percent(15), 3490, 524],
    ['fractional percent', percent(12.5), 1001, 125],
    ['4-decimal percent', percent(33.3333), 30000, 10000],
    ['capped by amount_limit', percent(25, 2500), 20000, 2500],
    ['under amount_limit', percent(25, 2500), 4000, 1000],
    ['100% takes everything', percent(100), 4321, 4321],
    ['AMOUNT off', amount(500), 6000, 500],
    ['AMOUNT never exceeds what is payable', amount(500), 300, 300],
    ['nothing payable', amount(500), 0, 0],
  ])('%s', (_, discount, payable, expected) => {
    expect(orderDiscountAmount(discount, payable)).toBe(expected);
  });
});
