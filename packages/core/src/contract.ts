import type { z } from 'zod';

import { qualificationsResponseSchema } from './qualifications.js';
import { redeemResponseSchema, rollbackResponseSchema } from './redemption.js';
import { validateResponseSchema } from './validation.js';
import { trackResponseSchema, walletResponseSchema } from './wallet.js';

/** Response schema of every BFF route, by route name (`POST {baseUrl}/{route}`). */
export const responseSchemas = {
  qualifications: qualificationsResponseSchema,
  validate: validateResponseSchema,
  redeem: redeemResponseSchema,
  rollback: rollbackResponseSchema,
  wallet: walletResponseSchema,
  track: trackResponseSchema,
} as const;

/** A BFF route name. */
export type RouteName = keyof typeof responseSchemas;

/** The parsed response of route `R`. */
export type ResponseOf<R extends RouteName> = z.infer<(typeof responseSchemas)[R]>;

/** Checks a response body against the contract; throws a ZodError when it does not match. */
export type ResponseValidator = <R extends RouteName>(route: R, body: unknown) => ResponseOf<R>;

/**
 * Parses every response with the contract schemas. Used by default in development and tests;
 * pass it as `validateResponses` to keep checking in production (it brings zod into the bundle).
 */
export const parseResponse: ResponseValidator = <R extends RouteName>(route: R, body: unknown) =>
  responseSchemas[route].parse(body) as ResponseOf<R>;
