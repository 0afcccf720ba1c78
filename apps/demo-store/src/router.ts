import { type MouseEvent, useSyncExternalStore } from 'react';

/** The pages of the store, parsed from the location. */
export type Route =
  | { page: 'listing'; category: string | null }
  | { page: 'product'; productId: string }
  | { page: 'cart' }
  | { page: 'checkout' }
  | { page: 'confirmation'; orderId: string }
  | { page: 'sales' }
  | { page: 'not-found' };

/** Parses a pathname and search string into a {@link Route}. */
export function parseRoute(pathname: string, search = ''): Route {
  const [first, second] = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (!first) return { page: 'listing', category: new URLSearchParams(search).get('category') };
  if (first === 'product' && second) return { page: 'product', productId: second };
  if (first === 'cart' && !second) return { page: 'cart' };
  if (first === 'checkout' && !second) return { page: 'checkout' };
  if (first === 'sales' && !second) return { page: 'sales' };
  if (first === 'confirmation' && second) return { page: 'confirmation', orderId: second };
  return { page: 'not-found' };
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

const location = () => `${window.location.pathname}${window.location.search}`;

/** The current path and search, updated on navigation. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, location, () => '/');
}

/** Goes to `href` within the store, without a page load. */
export function goTo(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** Client-side navigation for same-origin links. */
export function navigate(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  goTo(event.currentTarget.getAttribute('href') ?? '/');
}
