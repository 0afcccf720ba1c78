import { PromoError } from '@promokit/core';
import type { z } from 'zod';

/** `cart.lines[0].quantity` from a zod issue path. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`))
    .join('');
}

/** A 400 naming the first offending field of a failed parse. */
export function badRequest(error: z.ZodError): PromoError {
  const issue = error.issues[0];
  const path = issue ? issuePath(issue.path) : '';
  return new PromoError(
    'bad_request',
    path ? `${path}: ${issue?.message}` : (issue?.message ?? 'Invalid body'),
    {
      status: 400,
      path,
    },
  );
}

const STATUS: Partial<Record<PromoError['code'], number>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

/** The HTTP status the BFF answers a {@link PromoError} with. */
export function statusOf(error: PromoError): number {
  return error.status ?? STATUS[error.code] ?? 500;
}
