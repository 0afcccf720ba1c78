import type { Applied, Cart, Rejection, Totals, ValidateResponse } from '@promokit/core';
import { normalizeCode } from '@promokit/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

import { usePromoContext } from './promo-context.js';
import { useValidateCode } from './use-validate-code.js';
import { validationOptions } from './validation-options.js';

/** What applying a code led to. */
export type ApplyOutcome =
  { status: 'applied'; applied: Applied } | { status: 'rejected'; rejection: Rejection };

/** The applied codes of a cart and what they do. */
export interface PromoCart {
  /** Codes that apply to the cart, in the order they were added. */
  codes: readonly string[];
  /** What each applied code takes off. Empty until the first answer for this cart. */
  applied: readonly Applied[];
  /** Server-priced totals for this cart and these codes; `undefined` while loading. */
  totals: Totals | undefined;
  /** Whether the totals for the current cart are still loading. */
  isLoading: boolean;
  /** Applies a code on top of the others; resolves with the outcome, rejects on a service failure. */
  apply(code: string): Promise<ApplyOutcome>;
  /** Removes an applied code. */
  remove(code: string): void;
}

/**
 * The applied codes of a cart. Totals come from the server, priced from its catalog. Changing the
 * cart revalidates the codes; an answer for an older cart is never shown for the new one.
 */
export function usePromoCart(cart: Cart): PromoCart {
  const { client, onEvent } = usePromoContext('usePromoCart');
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<readonly string[]>([]);
  const query = useQuery(validationOptions(client, cart, codes));
  const { mutateAsync: validate } = useValidateCode();

  const apply = useCallback(
    async (typed: string): Promise<ApplyOutcome> => {
      const code = normalizeCode(typed);
      onEvent({ name: 'Coupon Entered', properties: { coupon_id: code } });
      const next = codes.includes(code) ? codes : [...codes, code];
      const response: ValidateResponse = await validate({ cart, codes: [...next] });
      const applied = response.applied.find((item) => item.code === code);
      if (applied) {
        queryClient.setQueryData(validationOptions(client, cart, next).queryKey, response);
        setCodes(next);
        onEvent({ name: 'Coupon Applied', properties: { coupon_id: code, discount: applied.discount } });
        return { status: 'applied', applied };
      }
      const rejection = response.rejected.find((item) => item.code === code) ?? { reason: 'not_found', code };
      onEvent({ name: 'Coupon Denied', properties: { coupon_id: code, reason: rejection.reason } });
      return { status: 'rejected', rejection };
    },
    [cart, client, codes, onEvent, queryClient, validate],
  );

  const remove = useCallback(
    (code: string) => {
      setCodes((current) => current.filter((item) => item !== code));
      onEvent({ name: 'Coupon Removed', properties: { coupon_id: code } });
    },
    [onEvent],
  );

  return {
    codes,
    applied: query.data?.applied ?? [],
    totals: query.data?.totals,
    isLoading: query.isPending,
    apply,
    remove,
  };
}
