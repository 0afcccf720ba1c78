import { type HTMLAttributes, type ReactElement, type ReactNode, Children, cloneElement } from 'react';

type Handler = (...args: unknown[]) => void;

/**
 * Renders its only child with the part's props merged in: the `asChild` mechanism, so a part can
 * be a router link or a design-system button and keep its behaviour and `data-*` attributes. The
 * child's own props win, except handlers: where both have one, both run, the child's first.
 */
export function Slot({
  children,
  ...props
}: HTMLAttributes<HTMLElement> & { children?: ReactNode }): ReactNode {
  const child = Children.only(children) as ReactElement<Record<string, unknown>>;
  const merged: Record<string, unknown> = { ...props, ...child.props };
  for (const [name, handler] of Object.entries(props)) {
    const own = child.props[name];
    if (typeof handler === 'function' && typeof own === 'function') {
      merged[name] = (...args: unknown[]) => {
        (own as Handler)(...args);
        (handler as Handler)(...args);
      };
    }
  }
  return cloneElement(child, merged);
}
