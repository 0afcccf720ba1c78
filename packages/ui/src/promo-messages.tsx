import { type ReactNode, useMemo } from 'react';

import type { Catalogue } from './messages/catalogue.js';
import { MessagesContext } from './messages/use-messages.js';

/** Props of {@link PromoMessages}. */
export interface PromoMessagesProps {
  /** The copy, e.g. `en`, `de` or your own catalogue. */
  catalogue: Catalogue;
  /** Names a product from its id, for missing items and free products; default the id. */
  productName?: (productId: string) => string;
  children?: ReactNode;
}

/** Sets the message catalogue, and how products are named, for the components below it. */
export function PromoMessages({ catalogue, productName, children }: PromoMessagesProps): ReactNode {
  const value = useMemo(() => ({ catalogue, productName }), [catalogue, productName]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}
