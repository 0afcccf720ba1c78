import { PromoError, promoErrorBody } from '@promokit/core';

export function tooManyAttempts(): Response {
  const error = new PromoError('rate_limited', 'Too many attempts', { status: 429, retryAfter: 30 });
  return Response.json(promoErrorBody(error), { status: 429, headers: { 'retry-after': '30' } });
}
