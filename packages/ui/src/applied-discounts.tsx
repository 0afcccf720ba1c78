import type { Applied } from '@promokit/core';
import { type ReactNode, useId } from 'react';

import { useMessages } from './messages/use-messages.js';

/** Props of {@link AppliedDiscounts}. */
export interface AppliedDiscountsProps {
  applied: readonly Applied[];
  /** Removes a code; without it the chips are not removable. */
  onRemove?: (code: string) => void;
  /** Level of the section heading, to fit the page's outline; default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** The codes and promotions applied to the cart, each with what it takes off. */
export function AppliedDiscounts({ applied, onRemove, headingLevel = 2 }: AppliedDiscountsProps): ReactNode {
  const { t, money } = useMessages();
  const headingId = useId();
  if (!applied.length) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section data-scope="applied-discounts" data-part="root" aria-labelledby={headingId}>
      <Heading data-scope="applied-discounts" data-part="heading" id={headingId}>
        {t('applied.heading')}
      </Heading>
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
