import { useState } from 'react';

/**
 * An id the kit links to, such as the heading that names a section: `own` until the element's ref
 * `follow` sees the element carry another one, the id a storefront gave it, which it then answers.
 */
export function useFollowedId(own: string): [string, (element: HTMLElement | null) => void] {
  const [id, setId] = useState(own);
  return [id, (element) => element && setId(element.id)];
}
