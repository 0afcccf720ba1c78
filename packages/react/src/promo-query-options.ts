import type { PromoError } from '@promokit/core';
import type { QueryKey, QueryKeyWithDataTag, UnusedSkipTokenOptions } from '@tanstack/react-query';

/**
 * What the kit's query options factories return, named rather than inferred so that declaration
 * files keep TanStack Query's own types: a storefront compiled with `exactOptionalPropertyTypes`
 * can pass them to `prefetchQuery`, `fetchQuery` and `useSuspenseQuery`.
 */
export type PromoQueryOptions<TData, TKey extends QueryKey> = UnusedSkipTokenOptions<
  TData,
  PromoError,
  TData,
  TKey
> &
  QueryKeyWithDataTag<TKey, TData, PromoError>;
