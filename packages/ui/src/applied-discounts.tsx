import type { Applied } from '@promokit/core';
import { type ReactNode, useId } from 'react';

import { useMessages } from './messages/use-messages.js';

/** Props of {@link AppliedDiscounts}. */
export interface AppliedDiscountsProps {
  applied: readonly Applied[];
  /** Removes a code; without it the chips are not removable. */
  onRemove?: (code: string) => void;
}

/** The codes and promotions applied to the cart, each with what it takes off. */
export function AppliedDiscounts({ applied, onRemove }: AppliedDiscountsProps): ReactNode {
  const { t, money } = useMessages();
  const headingId = useId();
  if (!applied.length) return null;
  return (
    <section data-scope="applied-discounts" data-part="root" aria-labelledby={headingId}>
      <h3 data-scope="applied-discounts" data-part="heading" id={headingId}>
        {t('applied.heading')}
      </h3>
      <ul data-scope="applied-discounts" data-part="list">
        {applied.map((item) => (
          <li key={item.code} data-scope="applied-discounts" data-part="item" data-effect={item.effect.type}>
            <span data-scope="applied-discounts" data-part="label">
              {t('applied.chip', { code: item.code, amount: money(item.discount) })}
            </span>
            {onRemove && (
              <button
                type="button"
                data-scope="applied-discounts"
                data-part="remove"
                aria-label={t('applied.remove', { code: item.code })}
                onClick={() => onRemove(item.code)}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
