import { type QualificationsRequest, createPromoClient, promoKeys } from '@promokit/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, inject, it } from 'vitest';

import { PromoProvider } from './promo-provider.js';
import { usePromoContext } from './promo-context.js';
import { useQualifications } from './use-qualifications.js';

const client = createPromoClient({ baseUrl: inject('promoBffUrl') });
const request: QualificationsRequest = { stage: 'listing', cart: { lines: [] } };

describe('PromoProvider', () => {
  it('shares its settings, with defaults', () => {
    const { result } = renderHook(() => usePromoContext('test'), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <PromoProvider client={client}>{children}</PromoProvider>
      ),
    });
    expect(result.current).toMatchObject({ client, locale: 'en-US', currency: 'USD' });
  });

  it('caches in the QueryClient of an enclosing QueryClientProvider', async () => {
    const ambient = new QueryClient();
    const { result } = renderHook(() => useQualifications(request), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={ambient}>
          <PromoProvider client={client}>{children}</PromoProvider>
        </QueryClientProvider>
      ),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(ambient.getQueryData(promoKeys.qualification('listing', request.cart))).toEqual(
      result.current.data,
    );
  });

  it('caches in the QueryClient it is given over an enclosing one', async () => {
    const ambient = new QueryClient();
    const given = new QueryClient();
    const { result } = renderHook(() => useQualifications(request), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={ambient}>
          <PromoProvider client={client} queryClient={given}>
            {children}
          </PromoProvider>
        </QueryClientProvider>
      ),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(given.getQueryData(promoKeys.qualification('listing', request.cart))).toBeDefined();
    expect(ambient.getQueryCache().getAll()).toEqual([]);
  });
});
