import type { Cart } from '@promokit/core';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { promoHarness } from './test-support/recording-client.js';
import { useQualifications } from './use-qualifications.js';

const cart: Cart = { lines: [{ productId: 'cap', quantity: 1 }] };

/** A badge on a product tile: each asks for the cart stage's offers on its own. */
function OfferCount({ label }: { label: string }): ReactNode {
  const { data, isPending, error } = useQualifications({ stage: 'cart', cart });
  const text = isPending ? 'loading' : error ? error.code : String(data.offers.length);
  return <p aria-label={label}>{text}</p>;
}

describe('useQualifications', () => {
  it('makes one request for five components asking for the same stage and cart', async () => {
    const { wrapper, sent } = promoHarness();
    const labels = ['one', 'two', 'three', 'four', 'five'];
    render(
      <>
        {labels.map((label) => (
          <OfferCount key={label} label={label} />
        ))}
      </>,
      { wrapper },
    );
    for (const label of labels) {
      await waitFor(() => expect(screen.getByLabelText(label).textContent).not.toBe('loading'));
    }
    expect(sent('qualifications')).toHaveLength(1);
    expect(sent('qualifications')[0]?.body).toEqual({ stage: 'cart', cart });
  });

  it('asks again for another stage', async () => {
    const { wrapper, sent } = promoHarness();
    const { rerender, result } = renderHook(({ stage }) => useQualifications({ stage, cart }), {
      wrapper,
      initialProps: { stage: 'cart' as const },
    });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    rerender({ stage: 'checkout' as never });
    await waitFor(() => expect(sent('qualifications')).toHaveLength(2));
    expect(sent('qualifications').map((request) => request.body.stage)).toEqual(['cart', 'checkout']);
  });
});
