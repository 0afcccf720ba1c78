import { mergeProps } from '@promokit/react';
import { type ReactElement, type ReactNode, Children, cloneElement } from 'react';

/**
 * Renders its only child with the part's props merged in: the `asChild` mechanism, so a part can
 * be a router link or a design-system button and keep its behaviour and `data-*` attributes. The
 * child's props are merged as a storefront's are (`mergeProps`): its own win, except handlers,
 * which both run, the child's first (the part's is skipped when the child's prevents the default),
 * class names and descriptions, which are joined, styles, merged, and refs, which both get the
 * element.
 */
export function Slot({ children, ...props }: { children?: ReactNode; [prop: string]: unknown }): ReactNode {
  const child = Children.only(children) as ReactElement<object>;
  return cloneElement(child, mergeProps(props, child.props));
}
