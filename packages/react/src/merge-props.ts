import type { Ref } from 'react';

type Handler = (event?: { defaultPrevented?: boolean }, ...rest: unknown[]) => unknown;
type Cleanup = () => void;

/** Points `ref` at `element`; answers how to point it away again (a callback ref's cleanup). */
const attach = (ref: Ref<unknown> | undefined, element: unknown): Cleanup => {
  if (typeof ref === 'function') {
    const cleanup = ref(element);
    return typeof cleanup === 'function' ? cleanup : () => ref(null);
  }
  if (ref) ref.current = element;
  return () => ref && (ref.current = null);
};

/**
 * The kit's props for an element merged with a storefront's, as Radix and Downshift merge them:
 *
 * - event handlers (`on` and a capital) both run, the storefront's first; when it calls
 *   `event.preventDefault()` the kit's is skipped (Radix's `composeEventHandlers`);
 * - `className` and `aria-describedby` are joined, the kit's first;
 * - `style` objects are merged, the storefront's declarations winning;
 * - refs both receive the element (React 19's ref as a prop; a callback ref's cleanup is kept);
 * - any other prop the storefront gives (not `undefined`) replaces the kit's: an `id` a storefront
 *   gives is the element's id, which the kit's labelling then follows.
 */
export function mergeProps<Kit extends object, Own extends object>(
  kit: Kit,
  own: Own,
): Omit<Kit, keyof Own> & Own {
  const merged = { ...kit } as Record<string, unknown>;
  for (const [name, value] of Object.entries(own)) {
    const theirs = merged[name];
    merged[name] =
      value === undefined || theirs === undefined || theirs === null
        ? (value ?? theirs)
        : name === 'ref'
          ? (element: unknown) => {
              const cleanups = [
                attach(value as Ref<unknown>, element),
                attach(theirs as Ref<unknown>, element),
              ];
              return () => cleanups.forEach((cleanup) => cleanup());
            }
          : name === 'style'
            ? { ...theirs, ...value }
            : name === 'className' || name === 'aria-describedby'
              ? `${theirs as string} ${value as string}`
              : /^on[A-Z]/.test(name) && typeof theirs === 'function'
                ? (event: Parameters<Handler>[0], ...rest: unknown[]) => {
                    (value as Handler)(event, ...rest);
                    if (!event?.defaultPrevented) (theirs as Handler)(event, ...rest);
                  }
                : value;
  }
  return merged as Omit<Kit, keyof Own> & Own;
}
