import { describe, expect, it } from 'vitest';

import { InvalidSeedError, parseSeed } from './parse-seed.js';
import type { SeedInput } from './seed-schema.js';

const base = {
  version: 1,
  categories: [{ id: 'cat_Auto', name: 'Automatic' }],
  campaigns: [
    {
      id: 'camp_Promo',
      name: 'Promo',
      type: 'PROMOTION',
      tiers: [
        { id: 'promo_A', name: 'A', discount: { type: 'AMOUNT', amount_off: 100 } },
        { id: 'promo_B', name: 'B', discount: { type: 'PERCENT', percent_off: 5 } },
      ],
    },
    {
      id: 'camp_Codes',
      name: 'Codes',
      type: 'DISCOUNT_COUPONS',
      vouchers: [{ id: 'v_C', code: 'C', discount: { type: 'AMOUNT', amount_off: 100 } }],
    },
    {
      id: 'camp_Other',
      name: 'Other',
      type: 'PROMOTION',
      tiers: [{ id: 'promo_X', name: 'X', discount: { type: 'AMOUNT', amount_off: 100 } }],
    },
  ],
} satisfies SeedInput;

function withStacks(stacks: unknown[]): unknown {
  return { ...base, promotion_stacks: stacks };
}

function problemsOf(json: unknown): string[] {
  try {
    parseSeed(json);
  } catch (error) {
    if (error instanceof InvalidSeedError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

const good = {
  id: 'stack_AB',
  name: 'A and B',
  campaign_id: 'camp_Promo',
  tiers: { ids: ['promo_B', 'promo_A'] },
  category_id: 'cat_Auto',
};

describe('promotion stacks in the seed', () => {
  it("keeps a stack with the spec's fields, its tiers in the order listed, MANUAL by default", () => {
    const seed = parseSeed(withStacks([good]));
    expect(seed.promotion_stacks).toEqual([
      { ...good, tiers: { ids: ['promo_B', 'promo_A'], hierarchy_mode: 'MANUAL' } },
    ]);
    expect(parseSeed(base).promotion_stacks).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['an id without stack_', { ...good, id: 'AB' }, 'promotion_stacks[0].id: must look like stack_'],
    [
      'no tiers',
      { ...good, tiers: { ids: [] } },
      'promotion_stacks[0].tiers.ids: a promotion stack needs at least one tier',
    ],
    [
      'more than 30 tiers',
      { ...good, tiers: { ids: Array.from({ length: 31 }, () => 'promo_A') } },
      'promotion_stacks[0].tiers.ids: a promotion stack holds at most 30 tiers',
    ],
    [
      'an unknown campaign',
      { ...good, campaign_id: 'camp_Nope' },
      'promotion_stacks[0].campaign_id: unknown PROMOTION campaign camp_Nope',
    ],
    [
      'a campaign that is not a promotion',
      { ...good, campaign_id: 'camp_Codes' },
      'promotion_stacks[0].campaign_id: unknown PROMOTION campaign camp_Codes',
    ],
    [
      "another campaign's tier",
      { ...good, tiers: { ids: ['promo_A', 'promo_X'] } },
      'promotion_stacks[0].tiers.ids[1]: promo_X is not a tier of campaign camp_Promo',
    ],
    [
      'a tier twice',
      { ...good, tiers: { ids: ['promo_A', 'promo_A'] } },
      'promotion_stacks[0].tiers.ids[1]: tier promo_A listed twice',
    ],
    [
      'a hierarchy mode the spec does not have',
      { ...good, tiers: { ids: ['promo_A'], hierarchy_mode: 'AUTO' } },
      'promotion_stacks[0].tiers.hierarchy_mode',
    ],
    [
      'an unknown category',
      { ...good, category_id: 'cat_Nope' },
      'promotion_stacks[0].category_id: unknown category cat_Nope',
    ],
    ['an unknown field', { ...good, tiers_ids: [] }, 'promotion_stacks[0]'],
  ])('refuses %s with InvalidSeedError at its path', (_what, stack, problem) => {
    const problems = problemsOf(withStacks([stack]));
    expect(
      problems.some((p) => p.startsWith(problem)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('refuses two stacks with one id', () => {
    expect(problemsOf(withStacks([good, good]))).toContain('promotion_stacks[1].id: duplicate id stack_AB');
  });
});
