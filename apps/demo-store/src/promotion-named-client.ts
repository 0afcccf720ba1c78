import type { PromoClient } from '@promokit/core';

/** `value` with every `label`, and every list of names under `promotions`, passed through `name`. */
function renamed<T>(value: T, name: (english: string) => string): T {
  if (Array.isArray(value)) return value.map((item: unknown) => renamed(item, name)) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]: [string, unknown]) => [
      key,
      key === 'label' && typeof field === 'string'
        ? name(field)
        : key === 'promotions' && Array.isArray(field) && field.every((item) => typeof item === 'string')
          ? field.map(name)
          : renamed(field, name),
    ]),
  ) as T;
}

/**
 * `client` answering with the store's names for campaigns and promotions: every offer, applied code
 * and promotion, wallet entry and left-out promotion has its `label` passed through `name` (the
 * shopper's language, amounts with their currency), so that every component shows the store's
 * copy, not the seed's English.
 */
export function withPromotionNames(client: PromoClient, name: (english: string) => string): PromoClient {
  return {
    ...client,
    qualifications: async (request, call) => renamed(await client.qualifications(request, call), name),
    validate: async (request, call) => renamed(await client.validate(request, call), name),
    redeem: async (request, call) => renamed(await client.redeem(request, call), name),
    wallet: async (call) => renamed(await client.wallet(call), name),
  };
}
