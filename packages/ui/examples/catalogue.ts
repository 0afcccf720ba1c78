import { type Catalogue, en } from '@promokit/ui';

export const fr: Catalogue = {
  ...en, // start from English; the compiler refuses a key that is not a message
  'code.label': 'Code promo ou carte cadeau',
  // `{name}` placeholders receive formatted values: `{amount}` is money, `{count}` a number.
  'rejection.cart_below_minimum': 'Ajoutez {amount} pour utiliser {code}',
  // Messages that depend on a number give one form per Intl.PluralRules category.
  'summary.points': { one: 'Vous avez gagné {count} point', other: 'Vous avez gagné {count} points' },
};
