import type { ComponentPropsWithoutRef, ComponentRef, JSX, Ref } from 'react';

/**
 * The props a storefront may give an element the kit renders, or pass to a prop getter for it:
 * the intrinsic props of the element `E` (`className`, `style`, `id`, `aria-*`, event handlers...),
 * its `ref` (React 19's ref as a prop) and `data-*` attributes, less `Owned`, the props the kit sets
 * itself and does not let a storefront replace (a field's `value`, a label's `htmlFor`...). They
 * are merged with the kit's own by {@link mergeProps}.
 */
export type ElementProps<E extends keyof JSX.IntrinsicElements, Owned extends PropertyKey = never> = Omit<
  ComponentPropsWithoutRef<E>,
  Owned
> & { ref?: Ref<ComponentRef<E>> } & { [data: `data-${string}`]: string | number | boolean | undefined };

/**
 * What a prop getter takes: `P` as given, with every key `Allowed` lacks typed `never`, so a prop
 * the element does not take (or one the kit owns) is refused. `data-*` attributes are allowed.
 */
export type Only<P, Allowed> = P & { [K in Exclude<keyof P, keyof Allowed>]: never };

/** A prop getter's answer: the kit's props with the storefront's `P` merged in by `mergeProps`. */
export type MergedProps<Kit, P> = Omit<Kit, keyof NoInfer<P>> & NoInfer<P>;
