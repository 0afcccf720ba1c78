import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { promoHarness, serverAnswer } from './test-support/recording-client.js';
import { useValidateCode } from './use-validate-code.js';

const cart = { lines: [{ productId: 'cap', quantity: 1 }] };

describe('useValidateCode', () => {
  it('sends nothing on render and validates on demand', async () => {
    const { wrapper, sent } = promoHarness();
    const { result } = renderHook(() => useValidateCode(), { wrapper });
    expect(sent('validate')).toHaveLength(0);

    const response = await act(() => result.current.mutateAsync({ cart, codes: ['SAVE5', 'NOPE'] }));
    expect(response).toEqual(await serverAnswer(cart, ['SAVE5', 'NOPE']));
    expect(response.rejected).toEqual([{ reason: 'not_found', code: 'NOPE' }]);
    expect(sent('validate')).toHaveLength(1);
  });
});
