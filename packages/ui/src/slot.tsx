import {
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  Children,
  cloneElement,
  isValidElement,
} from 'react';

type AnyProps = Record<string, unknown>;

/** Props that compose rather than override: both handlers run, class names join, styles merge. */
function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const [name, slotValue] of Object.entries(slotProps)) {
    const childValue = childProps[name];
    if (/^on[A-Z]/.test(name) && typeof slotValue === 'function' && typeof childValue === 'function') {
      merged[name] = (...args: unknown[]) => {
        (childValue as (...a: unknown[]) => void)(...args);
        (slotValue as (...a: unknown[]) => void)(...args);
      };
    } else if (name === 'className' && childValue) {
      merged[name] = `${String(slotValue)} ${String(childValue)}`;
    } else if (name === 'style' && childValue) {
      merged[name] = { ...(slotValue as object), ...(childValue as object) };
    }
  }
  return merged;
}

/**
 * Renders its only child with the part's props merged in: the `asChild` mechanism, so a part can
 * be a router link or a design-system button and keep its behaviour and `data-*` attributes.
 */
export function Slot({
  children,
  ...props
}: HTMLAttributes<HTMLElement> & { children?: ReactNode }): ReactNode {
  const child = Children.only(children);
  if (!isValidElement(child)) throw new Error('asChild expects a single element child.');
  const element = child as ReactElement<AnyProps>;
  return cloneElement(element, mergeProps(props as AnyProps, element.props));
}
