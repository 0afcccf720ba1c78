import type { Effect } from '@promokit/core';
import { expect, it } from 'vitest';

import { createMessages } from './create-messages.js';
import { de } from './de.js';
import { describeEffect } from './describe-effect.js';
import { en } from './en.js';

const effects: [Effect, string, string][] = [
  [{ type: 'percent_off', percentOff: 10 }, '10% off', '10 % Rabatt'],
  [
    { type: 'percent_off', percentOff: 25, cap: 2500 },
    '25% off, up to $25.00',
    '25 % Rabatt, höchstens 25,00 $',
  ],
  [{ type: 'amount_off', amountOff: 500 }, '$5.00 off', '5,00 $ Rabatt'],
  [{ type: 'fixed_price', price: 1999 }, 'New price $19.99', 'Neuer Preis 19,99 $'],
  [{ type: 'free_shipping' }, 'free shipping', 'kostenlosen Versand'],
  [{ type: 'free_items', quantity: 2 }, '2 free items', '2 Gratisartikel'],
  [
    { type: 'free_items', quantity: 1, productName: 'ride unlock' },
    '1 free ride unlock',
    '1 × ride unlock gratis',
  ],
  [
    {
      type: 'free_items',
      quantity: 3,
      items: [
        { productId: 'Trail Mug', quantity: 1 },
        { productId: 'Field Cap', quantity: 2 },
      ],
    },
    '1 free Trail Mug and 2 free Field Cap',
    '1 × Trail Mug gratis und 2 × Field Cap gratis',
  ],
  [
    { type: 'gift_card', balance: 5000, credits: 2000 },
    '$20.00 gift card credit',
    '20,00 $ Geschenkkartenguthaben',
  ],
  [{ type: 'loyalty_points', points: 1 }, '1 loyalty point', '1 Treuepunkt'],
  [{ type: 'loyalty_points', points: 250 }, '250 loyalty points', '250 Treuepunkte'],
];

/** Intl separates numbers from units with no-break spaces; the table reads better with plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

it.each(effects)('describes %o with no storefront code', (effect, english, german) => {
  expect(describeEffect(effect, createMessages(en, 'en-US', 'USD'))).toBe(english);
  expect(plain(describeEffect(effect, createMessages(de, 'de-DE', 'USD')))).toBe(german);
});
