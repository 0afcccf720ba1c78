// The demo seed plus what the attacks need: a gift card published to no one (its balance is
// whoever-has-the-code's), and single-use codes to race for.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = createRequire(import.meta.url).resolve('@promokit/engine/seeds/demo.json');
const seed = JSON.parse(readFileSync(file, 'utf8'));
seed.campaigns.push(
  {
    id: 'camp_Att4ckGift',
    name: 'Open gift cards',
    type: 'GIFT_VOUCHERS',
    vouchers: [{ id: 'v_Att4ckGift1', code: 'OPENGIFT-1', gift: { amount: 4321 } }],
  },
  {
    id: 'camp_Att4ckOnce',
    name: 'Single-use race codes',
    type: 'DISCOUNT_COUPONS',
    vouchers: Array.from({ length: 20 }, (_, i) => ({
      id: `v_Att4ckOnce${i}`,
      code: `ONLY-${i}`,
      quantity: 1,
      discount: { type: 'AMOUNT', amount_off: 500 },
    })),
  },
);
writeFileSync(process.argv[2], JSON.stringify(seed));
