import type { AnchorHTMLAttributes, ReactNode } from 'react';

import { navigate } from './router.js';

/** A link that navigates within the store without a page load. */
export function Link({
  href,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }): ReactNode {
  return (
    <a href={href} onClick={navigate} {...rest}>
      {children}
    </a>
  );
}
