import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { LoyaltyTierDefinition } from '../model/catalog.js';
import { loyaltyTierOf } from './loyalty-tier-of.js';

const tiers: LoyaltyTierDefinition[] = [
  { id: 'ltr_Gold', name: 'Gold', from: 500, to: undefined },
  { id: 'ltr_Bronze', name: 'Bronze', from: 0, to: 100 },
  { id: 'ltr_Silver', name: 'Silver', from: 100, to: 500 },
];

describe('loyaltyTierOf', () => {
  it.each<[number, string, string | undefined, number | undefined]>([
    [0, 'Bronze', 'Silver', 100],
    [99, 'Bronze', 'Silver', 1],
    [100, 'Silver', 'Gold', 400],
    [499, 'Silver', 'Gold', 1],
    [500, 'Gold', undefined, undefined],
    [12_345, 'Gold', undefined, undefined],
  ])('puts %i points in %s, the next tier %s %s points away', (points, name, next, toGo) => {
    const standing = loyaltyTierOf(tiers, points);
    expect(standing?.name).toBe(name);
    expect(standing?.next?.name).toBe(next);
    expect(standing?.next?.points_to_go).toBe(toGo);
  });

  it('says nothing for a program without tiers, or points no tier holds', () => {
    expect(loyaltyTierOf([], 50)).toBeUndefined();
    expect(
      loyaltyTierOf([{ id: 'ltr_Silver', name: 'Silver', from: 100, to: undefined }], 50),
    ).toBeUndefined();
  });

  it('always names a next tier that the points to go reach exactly, and none below', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2_000 }), (points) => {
        const standing = loyaltyTierOf(tiers, points);
        const next = standing?.next;
        if (next == null) return;
        expect(loyaltyTierOf(tiers, points + next.points_to_go)?.id).toBe(next.id);
        expect(loyaltyTierOf(tiers, points + next.points_to_go - 1)?.id).toBe(standing?.id);
      }),
    );
  });
});
