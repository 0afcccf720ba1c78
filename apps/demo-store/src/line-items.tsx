import type { Cart } from '@promokit/core';
import type { ReactNode } from 'react';

import { productById } from './catalog.js';
import { useCopy } from './i18n.js';
import { Money } from './money.js';
import { ProductArt } from './product-art.js';

/** A cart's lines as a compact list: picture, quantity and name, line price. */
export function LineItems({ lines, label }: { lines: Cart['lines']; label?: string }): ReactNode {
  const { t, productName } = useCopy();
  return (
    <ul className="line-items" aria-label={label ?? t('Items')}>
      {lines.map((line) => {
        const product = productById(line.productId);
        const name = product ? productName(product.id, product.name) : line.productId;
        return (
          <li key={line.productId} className="line-item">
            {product && <ProductArt product={product} size={48} label="" />}
            <span className="line-item-name">
              <span className="line-item-quantity">{t('{count} ×', { count: line.quantity })}</span> {name}
            </span>
            <span className="line-item-price">
              {product && <Money amount={product.price * line.quantity} />}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
