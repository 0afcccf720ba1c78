import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { promoHarness, signIn } from './test-support/recording-client.js';
import { useWallet } from './use-wallet.js';

describe('useWallet', () => {
  it('is empty for a guest', async () => {
    const { wrapper } = promoHarness();
    const { result } = renderHook(() => useWallet(), { wrapper });
    await waitFor(() => expect(result.current.data).toEqual({ signedIn: false, entries: [] }));
  });

  it('reads the signed-in shopper’s wallet', async () => {
    const { wrapper, sent } = promoHarness({}, { headers: { cookie: await signIn('loyalty-member') } });
    const { result } = renderHook(() => useWallet(), { wrapper });
    await waitFor(() => expect(result.current.data?.signedIn).toBe(true));
    expect(sent('wallet')).toHaveLength(1);
  });
});
