import type { Catalogue } from './catalogue.js';
import { enCheckout, enTotals } from './en-checkout.js';

/**
 * English copy. Placeholders in braces: `{amount}` and other money values arrive formatted for the
 * locale, `{count}` picks the plural form.
 */
export const en: Catalogue = {
  ...enCheckout,
  ...enTotals,
  'offer.with_code': '{effect} with {code}',
  'offer.missing_amount': '{amount} more for {offer}',
  'offer.missing_items': 'Add {items} for {offer}',
  'offer.qualifies': 'You get {offer}',
  'tiers.label': 'Progress to your next offers',
  'missing.add': 'Add to cart',
  'why.heading': 'Offers you are close to',
  loading: 'Loading…',
  'wallet.heading': 'Your codes',
  'wallet.empty': 'No saved codes yet',
  'wallet.apply': 'Apply {code}',
  'wallet.applied': '{code} applied',
  'wallet.done': 'Applied',
  'wallet.expires': 'Expires {date}',
  'wallet.balance': 'Balance {amount}',
  'wallet.points': { one: '{count} point', other: '{count} points' },
  'wallet.points_at_checkout': 'Pay with points at checkout',
  'wallet.tier': '{tier} member',
  'wallet.next_tier': '{tier} member · {points} to {next}',
  'gift.label': 'Amount to use from {code}',
  'gift.balance': 'Balance {amount}',
  'gift.apply': 'Use {amount}',
  'gift.apply_typed': 'Use this amount',
  'gift.invalid': 'Enter an amount above 0 and up to {max}',
  'gift.not_a_number': 'Enter the amount as a number, such as {example}',
  'gift.too_many_decimals': {
    one: 'Enter the amount with at most {count} decimal, such as {example}',
    other: 'Enter the amount with at most {count} decimals, such as {example}',
  },
  'loyalty.label': 'Points to use',
  'loyalty.balance': { one: 'You have {count} point', other: 'You have {count} points' },
  'loyalty.value': { one: '{count} point = {amount}', other: '{count} points = {amount}' },
  'loyalty.apply': 'Use points',
  'summary.heading': 'Your savings',
  'summary.saved': 'You saved {amount}',
  'summary.points': { one: 'You earned {count} point', other: 'You earned {count} points' },
  'summary.points_on': {
    one: 'You earned {count} point on {amount}',
    other: 'You earned {count} points on {amount}',
  },
  'summary.charged': 'Amount charged',
  'summary.unavailable': '{code} was not applied: promotions were unavailable when the order was placed',
  'summary.rejected': { one: 'This code was not applied', other: 'These codes were not applied' },
  'summary.referral': 'Share your code {code}: friends get a discount, you get a reward',
  'summary.copy': 'Copy code',
  'summary.copied': 'Copied',
  'summary.share': 'Share',
  'summary.share_text': 'Use my code {code}',
};
