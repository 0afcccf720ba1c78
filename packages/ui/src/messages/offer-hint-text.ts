import type { Offer } from '@promokit/core';

import type { Messages } from './create-messages.js';
import { describeEffect } from './describe-effect.js';

/**
 * What an offer needs or gives, in one sentence: "$12.00 more for free shipping", "Add 1 × Trail
 * Mug for 1 free item", "You get 10% off".
 */
export function offerHintText(offer: Offer, messages: Messages): string {
  const described = describeEffect(offer.effect, messages);
  if (offer.qualifies) return messages.t('offer.qualifies', { offer: described });
  if (offer.missingItems?.length) {
    return messages.t('offer.missing_items', { items: messages.items(offer.missingItems), offer: described });
  }
  if (offer.missingAmount !== undefined) {
    return messages.t('offer.missing_amount', {
      amount: messages.money(offer.missingAmount),
      offer: described,
    });
  }
  return offer.label;
}
