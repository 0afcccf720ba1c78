import { z } from 'zod';

import { codeKindSchema } from './applied.js';
import { effectSchema } from './effect.js';
import { loyaltyRewardSchema } from './loyalty-reward.js';
import { codeSchema } from './validation.js';

/** A code held by the signed-in shopper. */
export const walletEntrySchema = z.object({
  code: z.string(),
  kind: codeKindSchema,
  label: z.string(),
  effect: effectSchema,
  /** ISO date after which the code no longer works. */
  expiresAt: z.string().optional(),
  /** Gift card balance, in minor units. */
  balance: z.number().int().nonnegative().optional(),
  /** Loyalty points on the card. */
  points: z.number().int().nonnegative().optional(),
  /**
   * What one point of a loyalty card pays, in minor units of the store currency (Voucherify's
   * loyalty card `exchange_ratio` over its `points_ratio`, DIGEST §9): `LoyaltyPoints`' `pointValue`.
   */
  pointValue: z.number().positive().optional(),
  /**
   * What a loyalty card's points buy besides paying for the order (products, coupons), each with
   * its cost; absent when there is none.
   */
  rewards: z.array(loyaltyRewardSchema).optional(),
  /** The shopper's own referral code, to share rather than redeem. */
  ownReferral: z.boolean().optional(),
  /**
   * A loyalty card's tier: the one its holder is in by the points earned in all, and the next one
   * with the points still to earn for it (absent at the top tier). Absent when upstream tells none.
   */
  tier: z
    .object({
      name: z.string(),
      next: z.object({ name: z.string(), pointsToGo: z.number().int().positive() }).optional(),
    })
    .optional(),
});

/** A code held by the shopper. */
export type WalletEntry = z.infer<typeof walletEntrySchema>;

/** Response of `POST /wallet`: the shopper's codes, cards and balances; empty for a guest. */
export const walletResponseSchema = z.object({
  signedIn: z.boolean(),
  entries: z.array(walletEntrySchema),
});

/** Response of `POST /wallet`. */
export type WalletResponse = z.infer<typeof walletResponseSchema>;

/**
 * Body of `POST /track`: a custom event for the shopper (Voucherify `/v1/events`). With
 * `referral.code`, the referral code the shopper came with: when the event is its program's
 * conversion event, its referrer is rewarded (DIGEST §9, §14).
 */
export const trackRequestSchema = z.object({
  event: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[\w .:-]+$/),
  metadata: z.record(z.string(), z.union([z.string().max(256), z.number(), z.boolean()])).optional(),
  referral: z.object({ code: codeSchema }).optional(),
});

/** Body of `POST /track`. */
export type TrackRequest = z.input<typeof trackRequestSchema>;

/** Response of `POST /track`. */
export const trackResponseSchema = z.object({ accepted: z.literal(true) });

/** Response of `POST /track`. */
export type TrackResponse = z.infer<typeof trackResponseSchema>;
