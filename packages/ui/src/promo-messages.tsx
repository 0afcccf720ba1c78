import type { ReactNode } from 'react';

import type { Catalogue } from './messages/catalogue.js';
import { MessagesContext } from './messages/use-messages.js';

/** Sets the message catalogue for the components below it. */
export function PromoMessages({
  catalogue,
  children,
}: {
  catalogue: Catalogue;
  children?: ReactNode;
}): ReactNode {
  return <MessagesContext.Provider value={catalogue}>{children}</MessagesContext.Provider>;
}
