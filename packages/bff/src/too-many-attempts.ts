import type { Rejection } from '@promokit/core';

/**
 * The 429 answer to a caller who failed too many code attempts: a `rate_limited` error body with
 * `retryAfter`, the `Retry-After` header, and `rejected` giving each code the `too_many_attempts`
 * reason so the code input can say why.
 */
export function tooManyAttempts(codes: readonly string[], retryAfter: number): Response {
  const rejected: Rejection[] = codes.map((code) => ({ reason: 'too_many_attempts', code }));
  return Response.json(
    {
      error: { code: 'rate_limited', message: 'Too many failed code attempts; try again later', retryAfter },
      rejected,
    },
    { status: 429, headers: { 'retry-after': String(retryAfter) } },
  );
}
